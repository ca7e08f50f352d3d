import type { Entry } from '../content/schema';

/** Words shown to readers for the coded values of the content model. */
export const KIND_LABELS: Record<Entry['kind'], string> = {
  question: 'Question',
  comment: 'Comment',
  concern: 'Concern raised',
  finding: 'Inspection findings',
};

/** "Funding:" → "Funding": a heading's trailing colon belongs to the document's layout. */
export function sectionTitle(section: string): string {
  return section.replace(/:\s*$/, '');
}
