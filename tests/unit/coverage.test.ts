import { describe, expect, it } from 'vitest';
import { loadContent, type Entry } from '../../lib/content';
import { expectedText, formatCoverage, isComplete } from '../../lib/import/coverage';
import { coverageOf as measureCoverage, importable } from '../../lib/import/import-document';
import { checkSourceCoverage } from '../../lib/checks/source-coverage';

const ROOT = 'tests/fixtures/collection';
const { content } = loadContent(ROOT);
const documentWithEntries = (id: string) => {
  const found = content.sources.find((each) => each.id === id);
  const source = found && importable(found);
  if (!source) throw new Error(`${id} is not an imported document of ${ROOT}`);
  return { source, entries: content.entries.filter((entry) => entry.source === id) };
};
const forum = documentWithEntries('northshire-2024-03-parent-forum');
const changed = (entries: readonly Entry[], index: number, change: (entry: Entry) => Entry) =>
  entries.map((entry, i) => (i === index ? change(entry) : entry));

describe('word coverage of committed entries', () => {
  it('keeps every word of every document and adds none, and says which it cannot measure', () => {
    const { lines, issues } = checkSourceCoverage(ROOT, content);
    expect(issues).toEqual([]);
    expect(lines).toEqual([
      'northshire-2024-03-parent-forum: 3 entries; 100% of 92 words kept, 0 lost, 0 not in the source',
      'southvale-2021-drop-in: answers entered by hand, with no document text to compare: not measured',
      'southvale-2022-send-webinar: 2 entries; 100% of 48 words kept, 0 lost, 0 not in the source',
    ]);
  });

  it('notices a word dropped from a response', () => {
    const entries = changed(forum.entries, 0, (entry) => ({ ...entry, response: entry.response.replace('appeal', '') }));
    const coverage = measureCoverage(forum.source, { preamble: forum.source.preamble, entries });
    expect(isComplete(coverage)).toBe(false);
    expect(coverage.lost).toEqual(['\'appeal\' in "… year from the appeal We know that …"']);
    expect(formatCoverage(coverage)).toBe('98.9% of 92 words kept, 1 lost, 0 not in the source');
  });

  it('notices a word added to a question', () => {
    const entries = changed(forum.entries, 0, (entry) => ({ ...entry, question: `Urgent: ${entry.question}` }));
    const coverage = measureCoverage(forum.source, { preamble: forum.source.preamble, entries });
    expect(coverage.invented).toEqual([expect.stringMatching(/^'Urgent' in/)]);
    expect(coverage.lost).toEqual([]);
  });

  it('notices answers put in a different order', () => {
    const [first, second, ...rest] = forum.entries;
    if (!first || !second) throw new Error('the fixture forum lost its answers');
    expect(isComplete(measureCoverage(forum.source, { preamble: forum.source.preamble, entries: [second, first, ...rest] }))).toBe(false);
  });

  it('allows the redaction marker only where the committed text has it', () => {
    const webinar = documentWithEntries('southvale-2022-send-webinar');
    // As after an import that withheld the name: the committed text itself holds the marker.
    const source = { ...webinar.source, text: webinar.source.text.replace('Jane Example', '[name withheld]') };
    const entries = changed(webinar.entries, 0, (entry) => ({
      ...entry,
      question: entry.question.replace('Jane Example', '[name withheld]'),
    }));
    expect(isComplete(measureCoverage(source, { preamble: source.preamble, entries }))).toBe(true);
    const hidden = changed(entries, 1, (entry) => ({ ...entry, question: entry.question.replace('taxi', '[name withheld]') }));
    const coverage = measureCoverage(source, { preamble: source.preamble, entries: hidden });
    expect(coverage.lost.map((word) => word.split("'")[1])).toEqual(['taxi']);
    expect(coverage.invented.map((word) => word.split("'")[1])).toEqual(['name', 'withheld']);
  });
});

describe('labels a reading consumed', () => {
  const text = '1. How many psychologists? Answer: 11.4 FTE';
  it('are dropped where they stand, inside a line too', () => {
    expect(
      expectedText({ text }, [
        { line: 1, text: '1. ' },
        { line: 1, text: 'Answer: ', column: 27 },
      ]),
    ).toBe('How many psychologists? 11.4 FTE');
  });

  it('may not be dropped where they do not stand, which would hide a lost word', () => {
    expect(() => expectedText({ text }, [{ line: 1, text: 'Answer: ', column: 3 }])).toThrow(
      "line 1 does not have the label 'Answer: ' at column 3",
    );
  });
});
