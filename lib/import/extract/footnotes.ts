/**
 * Footnotes as markdown footnotes on the paragraph that cites them: a PDF prints a note at the foot
 * of its page and Word keeps it apart from the text, so a definition ("[^2]: The figure for …") is
 * moved to just after the first paragraph with its mark ("on time.[^2]"). The entry that cites a
 * note then carries it; no other entry does.
 */
const DEFINITION = /^\s*\[\^(\w+)\]:\s/;

export function placeFootnotes(lines: readonly string[]): string[] {
  const definitions = new Map<string, string[]>();
  const rest: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const number = DEFINITION.exec(line)?.[1];
    if (number !== undefined && !definitions.has(number)) {
      current = [line.trim()];
      definitions.set(number, current);
    } else if (current && line.trim() !== '') current.push(line.trim());
    else {
      current = undefined;
      rest.push(line);
    }
  }
  // A raised number with no note to go with it is not a note mark (m², a superscript ordinal): it stays plain.
  const out = rest.map((line) =>
    line.replace(/\[\^(\d+|[ivx]+)\](?!:)/g, (mark, number: string) => (definitions.has(number) ? mark : number)),
  );
  const nextBlank = (from: number) => {
    const index = out.findIndex((line, i) => i > from && line.trim() === '');
    return index === -1 ? out.length : index;
  };
  for (const [number, definition] of definitions) {
    const mark = `[^${number}]`;
    const cited = out.findIndex((line) => line.includes(mark) && !DEFINITION.test(line));
    // A note nothing cites stays where the file put it: at the end.
    let end = cited === -1 ? out.length : nextBlank(cited);
    // After the notes already placed there, in their order.
    while (end < out.length && DEFINITION.test(out[end + 1] ?? '')) end = nextBlank(end + 1);
    out.splice(end, 0, '', ...definition);
  }
  return out;
}
