import type { ParsedDocument } from './types';

/** A text's first line, without a list marker, cut to `max` characters: enough to recognise it. */
export function firstLine(text: string, max = 70): string {
  const line = (text.split('\n').find((each) => each.trim() !== '') ?? '').trim().replace(/^[-*]\s+/, '');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Each proposed entry on one line, `N. question → answer`, so that a person sees the split at a glance. */
export function formatPreview(parsed: ParsedDocument): string[] {
  return parsed.entries.map(
    (entry, index) =>
      `${index + 1}. ${firstLine(entry.question)} → ${entry.response.trim() === '' ? '(no answer)' : firstLine(entry.response)}`,
  );
}
