import type { Entry, Source } from '../content/schema';

/** Words shown to readers for the coded values of the content model. */
export const KIND_LABELS: Record<Entry['kind'], string> = {
  question: 'Question',
  comment: 'Comment',
  concern: 'Concern raised',
  finding: 'Inspection findings',
};

export const AUDIENCE_LABELS: Record<Source['audience'], string> = {
  parents: 'Parents and carers',
  schools: 'Schools and SENCOs',
  councillors: 'Councillors at a public meeting',
};

export const EVENT_TYPE_LABELS: Record<Source['eventType'], string> = {
  'parents-conference': "Parents' conference",
  'senco-forum': 'SENCO forum',
  webinar: 'Webinar',
  'scrutiny-minutes': 'Scrutiny panel minutes',
};

/** "Funding:" → "Funding": a heading's trailing colon belongs to the document's layout. */
export function sectionTitle(section: string): string {
  return section.replace(/:\s*$/, '');
}
