import { describe, expect, it } from 'vitest';
import { plainText } from '../../lib/common/plain-text';
import { escapeXml } from '../../lib/common/escape-xml';
import { MARKDOWN_LIMITS, markdownLimitIssues } from '../../lib/content/markdown-limits';
import { decodeText, textIssues } from '../../lib/content/text-hygiene';
import { detectLayouts } from '../../lib/import/detect';
import { tokenize } from '../../lib/language/tokenize';
import { lintMarkdown } from '../../lib/markdown/lint';
import { renderMarkdown } from '../../lib/markdown/render';
import { findNearDuplicates } from '../../lib/site/near-duplicates';
import { findSimilarAnswers } from '../../lib/site/similar-answers';
import { hostileTexts, timed } from '../../bench/lib/hostile-text';

/**
 * Hostile text (bench/lib/hostile-text.ts) at 256 KB: the size at which the old quadratic paths took
 * tens or hundreds of seconds, so a bound of a few seconds still separates linear from quadratic by
 * orders of magnitude and noise cannot fail it. npm run bench:adversarial runs the same at 1 MB.
 */
const SIZE = 256 * 1024;
const HOSTILE = hostileTexts(SIZE);
const SECONDS = 5;

describe.each(Object.entries(HOSTILE))('256 KB of %s', (_, text) => {
  it('is measured against the markdown limits in one pass', () => {
    expect(timed(() => markdownLimitIssues(text, { file: 'x.md', line: 1, field: 'response' }))).toBeLessThan(SECONDS);
  });
  it('passes through plain text, XML escaping, search terms and the text checks quickly', () => {
    expect(timed(() => plainText(text))).toBeLessThan(SECONDS);
    expect(timed(() => escapeXml(text))).toBeLessThan(SECONDS);
    expect(timed(() => tokenize(text))).toBeLessThan(SECONDS);
    expect(timed(() => textIssues(text, 'x.md'))).toBeLessThan(SECONDS);
    expect(timed(() => decodeText(Buffer.from(text), 'x.md'))).toBeLessThan(SECONDS);
  });
  it('is read by every layout of the importer quickly', () => {
    expect(timed(() => detectLayouts({ text }))).toBeLessThan(2 * SECONDS);
  });
});

describe('markdown the limits let through', () => {
  it('refuses what the parser cannot take quickly, naming the limit', () => {
    for (const name of ['nested quotes', 'nested lists', 'numbered markers', 'emphasis runs', 'open brackets', 'unclosed links']) {
      expect(markdownLimitIssues(HOSTILE[name]!.slice(0, 64 * 1024), { file: 'x.md', line: 1, field: 'response' }), name).not.toEqual([]);
    }
  });

  it('parses and renders quickly at the largest size an answer may have', () => {
    // Just under each limit, at 64 KB (the entry file limit): the worst that reaches the parser.
    const markup = '*a* '.repeat(MARKDOWN_LIMITS.markup / 2);
    const inputs = [
      `${markup}${' word'.repeat((64 * 1024 - markup.length) / 5)}`,
      `${'> '.repeat(MARKDOWN_LIMITS.nesting)}x\n`.repeat(80),
      `${'[a](b '.repeat(MARKDOWN_LIMITS.markup / 3)}`,
    ];
    for (const markdown of inputs) {
      expect(markdownLimitIssues(markdown, { file: 'x.md', line: 1, field: 'response' })).toEqual([]);
      expect(timed(() => lintMarkdown({ file: 'x.md', line: 1, markdown }, new Set()))).toBeLessThan(SECONDS);
      expect(timed(() => renderMarkdown(markdown))).toBeLessThan(SECONDS);
    }
  });
});

describe('comparing answers with each other', () => {
  // Questions that all share their rarest words: a pairwise pass would compare 50 million pairs.
  const shapes: Record<string, (i: number) => string> = {
    identical: () => 'How long is the wait for an EHCP assessment in this area please',
    'groups at the bucket limit': (i) => `How long is the wait for assessment group${Math.floor(i / 200)} please`,
    'all different': (i) => `Question number w${i} about x${i % 97} and y${i % 89}`,
  };
  it.each(Object.entries(shapes))('finds near-duplicates and similar answers among 10,000 %s questions quickly', (_, question) => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      id: `e${i}`,
      question: question(i),
      response: question(i),
      council: `c${i % 7}`,
      theme: 't',
    }));
    expect(timed(() => findNearDuplicates(items))).toBeLessThan(SECONDS);
    expect(timed(() => findSimilarAnswers(items))).toBeLessThan(SECONDS);
  });
});
