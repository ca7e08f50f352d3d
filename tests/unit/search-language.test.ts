import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { englishWordFiles, isListed } from '../../lib/language/english-words';
import { englishWordList } from '../../lib/language/english-word-list';
import { allowedTypos, prefixMatches, typoMatches } from '../../lib/search/engine/fuzzy';
import { parseQuery } from '../../lib/search/engine/query';
import { synonymRules } from '../../lib/search/build/synonyms';
import { tokenize } from '../../lib/language/tokenize';
import { corpus, fixtureEngine } from '../helpers/search-engine';

describe('how text becomes search terms', () => {
  it.each([
    { name: 'exclude, excluded, exclusion and excluding are one term', input: 'exclude excluded exclusion excluding', same: true },
    { name: 'therapy and therapies are one term', input: 'therapy therapies', same: true },
    { name: 'behaviour and behavior are one term', input: 'behaviour behavior', same: true },
    { name: 'programme and program are one term', input: 'programme program', same: true },
    { name: 'paediatrician and pediatrician are one term', input: 'paediatrician pediatrician', same: true },
    { name: 'decision and decide are one term', input: 'decision decide', same: true },
    { name: 'case and accents fold', input: 'Café CAFE cafe', same: true },
    { name: 'sent and send stay apart', input: 'sent send', same: false },
  ])('$name', ({ input, same }) => {
    const terms = new Set(tokenize(input));
    expect(terms.size === 1).toBe(same);
  });

  it('keeps two-letter words that matter and drops words that do not', () => {
    expect(tokenize('What is an OT, EP, AP or LA?')).toEqual(['ot', 'ep', 'ap', 'la']);
  });
});

describe('glossary synonyms', () => {
  it('expand an acronym to its words and back', async () => {
    const rules = synonymRules(corpus.glossary, corpus.synonyms);
    const salt = parseQuery('salt', rules)[0]?.alternatives.map((a) => a.terms.join(' '));
    expect(salt).toEqual(expect.arrayContaining(['salt', 'speech languag therapi']));
    const words = parseQuery('speech and language therapy', rules);
    expect(words).toHaveLength(1);
    expect(words[0]?.alternatives.map((a) => a.terms.join(' '))).toContain('salt');
  });

  it('EHCP finds answers that only say "education, health and care plan"', async () => {
    const { engine } = fixtureEngine();
    const spelt = corpus.records.filter((r) => /education, health and care plan/i.test(r.response) && !/EHCP/i.test(r.response));
    const ids = (await engine.search({ q: 'EHCP', pageSize: 50 })).results.map((r) => r.id);
    expect(spelt.length).toBeGreaterThan(0);
    expect(ids).toEqual(expect.arrayContaining(spelt.map((r) => r.id)));
  });
});

describe('typos and words still being typed', () => {
  it.each([
    { word: 'ot', typos: 0 },
    { word: 'send', typos: 0 },
    { word: 'appel', typos: 1 },
    { word: 'tribnal', typos: 1 },
    { word: 'ocupational', typos: 2 },
  ])('allows $typos typos in "$word"', ({ word, typos }) => {
    expect(allowedTypos(word)).toBe(typos);
  });

  it('corrects a typo against whole words of the answers, never a cut-down word', () => {
    const vocabulary: [string, string, number][] = [
      ['tribunal', 'tribun', 12],
      ['tribe', 'tribe', 3],
      ['trial', 'trial', 1],
      ['train', 'train', 9],
      ['transition', 'transit', 7],
    ];
    expect(typoMatches('tribnal', vocabulary)).toEqual([{ word: 'tribunal', term: 'tribun' }]);
    // "transport" cut to "trans" is two letters from "train": the whole word is far from every word.
    expect(typoMatches('transport', vocabulary)).toEqual([]);
  });

  it('completes a word being typed with the commonest terms first', () => {
    expect(
      prefixMatches('thera', [
        ['therapist', 'therapist', 2],
        ['therapy', 'therapi', 9],
        ['theme', 'theme', 4],
      ]).map((m) => m.term),
    ).toEqual(['therapi', 'therapist']);
  });

  it('finds tribunal answers for "tribnal", and for "tribu" while it is being typed', async () => {
    const { engine } = fixtureEngine();
    for (const request of [{ q: 'tribnal' }, { q: 'tribu', complete: true }]) {
      const top = (await engine.search({ ...request, pageSize: 5 })).results.map((r) => r.question);
      expect(
        top.some((question) => /tribunal/i.test(question)),
        request.q,
      ).toBe(true);
    }
  });
});

describe('the English word list, split for the browser', () => {
  const files = englishWordFiles(englishWordList(), []);
  const read = async (key: string) => {
    const file = files.get(key);
    if (!file) throw new Error(`no word file ${key}`);
    return file;
  };

  it('tells English words from misspellings, in prefixes split by their third letter and not', async () => {
    expect(Array.isArray(files.get('co'))).toBe(false);
    expect(Array.isArray(files.get('in'))).toBe(false);
    expect(Array.isArray(files.get('ox'))).toBe(true);
    for (const word of ['communication', 'in', 'oxygen', 'exclusion', 'psychology']) expect(await isListed(word, read), word).toBe(true);
    for (const word of ['comunication', 'exlusion', 'pyschology', 'oxygn']) expect(await isListed(word, read), word).toBe(false);
  });

  it('keeps every file small, so that checking a word costs a few kilobytes', () => {
    const largest = Math.max(...[...files.values()].map((file) => gzipSync(JSON.stringify(file)).length));
    expect(largest).toBeLessThan(8_000);
  });
});
