/** A short line that does not end a sentence: how section headings look in these documents. */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 200 && !/[.?!]$/.test(trimmed);
}
