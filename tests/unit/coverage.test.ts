import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { formatCoverage, isComplete } from '../../lib/import/coverage';
import { coverageOf as measureCoverage, importable } from '../../lib/import/import-document';
import { checkSourceCoverage } from '../../lib/checks/source-coverage';

const { content } = loadContent('content');
const kent = importable(content.sources.find((s) => s.id === 'kent-2024-03-countywide-senco-forum')!)!;
const kentEntries = content.entries.filter((e) => e.source === kent.id);

describe('word coverage of the committed entries', () => {
  it('keeps every word of every document and adds none', () => {
    const { lines, issues } = checkSourceCoverage('content', content);
    expect(issues).toEqual([]);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/: \d+ entries; 100% of \d+ words kept, 0 lost, 0 not in the source$/);
  });

  it('notices a word dropped from a response', () => {
    const entries = kentEntries.map((e, i) => (i === 3 ? { ...e, response: e.response.replace('gravity', '') } : e));
    const coverage = measureCoverage(kent, { preamble: kent.preamble, entries });
    expect(isComplete(coverage)).toBe(false);
    expect(coverage.lost).toEqual([expect.stringMatching(/^'gravity' in "… the question the gravity it needs/)]);
    expect(formatCoverage(coverage)).toMatch(/^99\.9% of 3394 words kept, 1 lost, 0 not in the source$/);
  });

  it('notices a word added to a question', () => {
    const entries = kentEntries.map((e, i) => (i === 0 ? { ...e, question: `Urgent: ${e.question}` } : e));
    const coverage = measureCoverage(kent, { preamble: kent.preamble, entries });
    expect(coverage.invented).toEqual([expect.stringMatching(/^'Urgent' in/)]);
    expect(coverage.lost).toEqual([]);
  });

  it('notices answers put in a different order', () => {
    const entries = [kentEntries[1]!, kentEntries[0]!, ...kentEntries.slice(2)];
    expect(isComplete(measureCoverage(kent, { preamble: kent.preamble, entries }))).toBe(false);
  });

  it('allows the redaction marker only where the committed text has it', () => {
    const barnet = importable(content.sources.find((s) => s.id === 'barnet-2019-send-conference')!)!;
    const entries = content.entries.filter((e) => e.source === barnet.id);
    // The committed text itself holds the markers now (the names never enter the repository).
    expect(barnet.text).toContain('[name withheld] said: communication via newsletter');
    expect(isComplete(measureCoverage(barnet, { preamble: barnet.preamble, entries }))).toBe(true);
    const hidden = entries.map((e) => (e.question.includes('communication via newsletter') ? { ...e, question: e.question.replace('newsletter', '[name withheld]') } : e));
    const coverage = measureCoverage(barnet, { preamble: barnet.preamble, entries: hidden });
    expect(coverage.lost.map((w) => w.split("'")[1])).toEqual(['newsletter']);
    expect(coverage.invented.map((w) => w.split("'")[1])).toEqual(['name', 'withheld']);
  });
});
