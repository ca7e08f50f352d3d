import type { SearchCorpus, SearchRecord } from '../../lib/search/build/records';

/** A small seeded random generator, so every benchmark run builds the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ash',
  'ford',
  'bury',
  'ton',
  'ley',
  'wick',
  'ham',
  'field',
  'brook',
  'mere',
  'stow',
  'worth',
  'cliffe',
  'dale',
  'holm',
  'by',
];
const ANSWERS_PER_DOCUMENT = 25;
const COUNCILS = 150;

/**
 * A corpus of `size` answers made from the real ones: sentences recombined, spread over 150
 * councils and ten years, with made-up place names so that the vocabulary grows as real content
 * would. For benchmarks only; never committed.
 */
export function syntheticCorpus(real: SearchCorpus, size: number, seed = 1): SearchCorpus {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => s.length > 0);
  // Made-up place names, about one for every 40 answers: new words, as new councils' documents bring.
  const placeName = () =>
    `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}${Math.floor(next() * Math.max(1, size / 40)).toString(36)}`;
  const councils = Array.from({ length: COUNCILS }, (_, i) => ({ id: `council-${i}`, name: `Council ${i}` }));
  const sources: SearchCorpus['sources'] = [];
  const records: SearchRecord[] = [];
  for (let i = 0; i < size; i++) {
    if (i % ANSWERS_PER_DOCUMENT === 0) {
      const year = 2015 + Math.floor(next() * 11);
      sources.push({
        id: `doc-${sources.length}`,
        council: pick(councils).id,
        audience: pick(real.audiences).id,
        eventType: pick(real.eventTypes).id,
        date: String(year),
      });
    }
    const base = pick(real.records);
    const other = pick(real.records);
    const response = [...sentences(base.response), ...sentences(other.response).slice(0, 2)].join(' ');
    records.push({
      id: `synthetic-${i}`,
      question: `${base.question} (${placeName()})`,
      response: `${response} ${placeName()} ${placeName()}`,
      section: base.section,
      source: sources.at(-1)?.id ?? '',
      theme: base.theme,
    });
  }
  return { ...real, records, sources, councils };
}
