import { gzipSync } from 'node:zlib';
import { englishWordFiles, wordListKey } from '../../language/english-words';
import {
  DOC_CHUNK,
  INDEX_VERSION,
  MANIFEST_PATH,
  SUGGESTIONS_PATH,
  THEMES_PATH,
  docChunkPath,
  englishWordsPath,
  relatedPath,
  shardOf,
  shardPath,
  vocabularyPath,
  type DocDetails,
  type Manifest,
  type RelatedShard,
  type Shard,
  type SourceRow,
  type Suggestions,
  type Vocabulary,
} from '../format';
import { englishWordList } from '../../language/english-word-list';
import type { SearchCorpus, SearchRecord } from './records';
import { relatedTerms } from './related-words';
import { searchSuggestions, synonymRules } from './synonyms';
import { spelledOneWay, termOf, tokenize, wordsOf } from '../../language/tokenize';

export interface IndexFile {
  path: string;
  data: string | Uint8Array;
}

export interface BuildOptions {
  /**
   * Raw bytes of postings to aim for in one shard; the shard count is the next power of two. Small
   * (4 KB), since a query's words and their other forms land in up to 30 different shards: at
   * 10,000 answers, 16 KB shards made "work experience after school" fetch 131 KB of postings, 4 KB
   * shards 53 KB.
   */
  targetShardBytes?: number;
  /** Postings kept for one term, the highest-scoring; a term in more answers than this says little. */
  maxPostings?: number;
  /** Force one shard: the unsplit index that tests compare the split one with. */
  shardCount?: number;
  /**
   * Raw bytes of related terms (word forms and synonym rules) to aim for in one file: small, since a
   * query fetches one per word. 2,000 rather than 4,000 once the thesaurus passed 350 sets: the
   * everyday queries' first fetch went from 35.8 KB median, 60.1 KB max to 32.5 and 51.1 KB.
   */
  targetRelatedBytes?: number;
}

/**
 * How much a match in each field counts: a question that matches says more than a response, but
 * not so much that a parent's paraphrase, which shares words with the answer rather than the
 * question, is buried (tune half of bench/judged: question 3 → 2 took hit@5 0.826 → 0.848; the
 * everyday queries 0.921 → 0.939).
 */
const FIELD_WEIGHTS = { question: 2, section: 1, response: 1 };
const K1 = 1.2;
const B = 0.75;
const SNIPPET_SOURCE_CHARS = 400;

function termFrequencies(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));

/** Builds every file of the static search index from the same records the pages use. */
export function buildSearchIndex(corpus: SearchCorpus, options: BuildOptions = {}): { files: IndexFile[]; manifest: Manifest } {
  const { targetShardBytes = 4_000, maxPostings = 1_000, targetRelatedBytes = 2_000 } = options;
  const index = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item, i) => [item.id, i]));
  const sourceIndex = index(corpus.sources);
  // Number answers document by document (stable), so that each document is one run of numbers.
  const records = [...corpus.records].sort((a, b) => (sourceIndex.get(a.source) ?? 0) - (sourceIndex.get(b.source) ?? 0));
  const themeIndex = index(corpus.themes);
  const councilIndex = index(corpus.councils);
  const audienceIndex = index(corpus.audiences);
  const eventTypeIndex = index(corpus.eventTypes);

  // BM25 over three fields, the question weighted above the response. Two passes over the text
  // (counting, then scoring) keep memory flat: nothing is held per answer between them.
  const fieldsOf = (record: SearchRecord) => ({
    question: termFrequencies(tokenize(record.question)),
    section: termFrequencies(tokenize(record.section)),
    response: termFrequencies(tokenize(record.response)),
  });
  const termsOf = (f: ReturnType<typeof fieldsOf>) => new Set([...f.question.keys(), ...f.section.keys(), ...f.response.keys()]);
  const lengthOf = (f: ReturnType<typeof fieldsOf>) => [...f.response.values()].reduce((sum, tf) => sum + tf, 0);
  const documentFrequency = new Map<string, number>();
  // Each word as the answers spell it (one way for British and American forms), and its term.
  const wordTerms = new Map<string, string>();
  let totalLength = 0;
  for (const record of records) {
    const f = fieldsOf(record);
    totalLength += lengthOf(f);
    for (const term of termsOf(f)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    for (const word of wordsOf(`${record.question} ${record.section} ${record.response}`)) {
      if (wordTerms.has(spelledOneWay(word))) continue;
      const term = termOf(word);
      if (term !== '') wordTerms.set(spelledOneWay(word), term);
    }
  }
  const n = records.length;
  const averageLength = totalLength / Math.max(1, n) || 1;
  const saturate = (tf: number, norm = 1) => (tf * (K1 + 1)) / (tf + K1 * norm);
  // Postings as flat [answer, score, answer, score, …] arrays: far less memory than pairs.
  const postings = new Map<string, number[]>();
  let maxScore = 0;
  records.forEach((record, docId) => {
    const f = fieldsOf(record);
    const norm = 1 - B + (B * lengthOf(f)) / averageLength;
    for (const term of termsOf(f)) {
      const df = documentFrequency.get(term) ?? 1;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const score =
        idf *
        (FIELD_WEIGHTS.question * saturate(f.question.get(term) ?? 0) +
          FIELD_WEIGHTS.section * saturate(f.section.get(term) ?? 0) +
          FIELD_WEIGHTS.response * saturate(f.response.get(term) ?? 0, norm));
      maxScore = Math.max(maxScore, score);
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(docId, score);
    }
  });

  // Scores become whole numbers 1–255, and very common terms keep only their best answers.
  const quantised = new Map<string, number[]>();
  let rawBytes = 0;
  for (const term of [...postings.keys()].sort()) {
    const list = postings.get(term) ?? [];
    postings.delete(term);
    let order = Array.from({ length: list.length / 2 }, (_, i) => i);
    if (order.length > maxPostings) {
      order = order
        .sort((a, b) => (list[2 * b + 1] ?? 0) - (list[2 * a + 1] ?? 0) || a - b)
        .slice(0, maxPostings)
        .sort((a, b) => a - b);
    }
    const flat: number[] = [];
    let previous = 0;
    for (const i of order) {
      const docId = list[2 * i] ?? 0;
      flat.push(docId - previous, Math.max(1, Math.round((255 * (list[2 * i + 1] ?? 0)) / maxScore)));
      previous = docId;
    }
    quantised.set(term, flat);
    rawBytes += term.length + 6 + flat.length * 3;
  }

  const shardCount = options.shardCount ?? nextPowerOfTwo(Math.ceil(rawBytes / targetShardBytes));
  const shards: Shard[] = Array.from({ length: shardCount }, () => ({}));
  for (const [term, flat] of quantised) (shards[shardOf(term, shardCount)] as Shard)[term] = flat;
  const vocabularies = new Map<string, Vocabulary>();
  for (const [word, term] of [...wordTerms].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = vocabularyPath(word);
    const vocabulary = vocabularies.get(path) ?? [];
    vocabulary.push([word, term, documentFrequency.get(term) ?? 0]);
    vocabularies.set(path, vocabulary);
  }

  const files: IndexFile[] = shards.map((shard, i) => ({ path: shardPath(i), data: JSON.stringify(shard) }));

  const englishWords = englishWordList();
  const related = relatedTerms(wordTerms.keys(), new Set(documentFrequency.keys()));
  const rules = synonymRules(corpus.glossary, corpus.synonyms);
  let relatedBytes = 0;
  for (const [term, entry] of [...related, ...rules]) relatedBytes += term.length + JSON.stringify(entry).length + 4;
  const relatedShardCount = options.shardCount ?? nextPowerOfTwo(Math.ceil(relatedBytes / targetRelatedBytes));
  const relatedShards: RelatedShard[] = Array.from({ length: relatedShardCount }, () => ({ forms: {}, rules: {} }));
  const shardFor = (term: string) => relatedShards[shardOf(term, relatedShardCount)] as RelatedShard;
  for (const term of [...related.keys()].sort()) shardFor(term).forms[term] = related.get(term) ?? [[], []];
  for (const term of [...rules.keys()].sort()) shardFor(term).rules[term] = rules.get(term) ?? [];
  relatedShards.forEach((shard, i) => files.push({ path: relatedPath(i), data: JSON.stringify(shard) }));
  for (const [path, vocabulary] of [...vocabularies].sort(([a], [b]) => a.localeCompare(b)))
    files.push({ path, data: JSON.stringify(vocabulary) });

  for (const [key, file] of englishWordFiles(englishWords, [...wordTerms.keys()].map(wordListKey)))
    files.push({ path: englishWordsPath(key), data: JSON.stringify(file) });

  for (let start = 0; start < records.length; start += DOC_CHUNK) {
    const chunk: DocDetails[] = records.slice(start, start + DOC_CHUNK).map((record) => ({
      id: record.id,
      q: record.question,
      x: record.response.length > SNIPPET_SOURCE_CHARS ? `${record.response.slice(0, SNIPPET_SOURCE_CHARS)}…` : record.response,
    }));
    files.push({ path: docChunkPath(start), data: JSON.stringify(chunk) });
  }
  files.push({ path: THEMES_PATH, data: Uint8Array.from(records, (record) => themeIndex.get(record.theme) ?? 0) });

  // Each document's first answer number: the answers of the documents before it, counted.
  const answersPerSource = new Map<string, number>();
  for (const record of records) answersPerSource.set(record.source, (answersPerSource.get(record.source) ?? 0) + 1);
  let counted = 0;
  const firstAnswer = corpus.sources.map((s) => {
    const first = counted;
    counted += answersPerSource.get(s.id) ?? 0;
    return first;
  });

  const manifest: Manifest = {
    version: INDEX_VERSION,
    docCount: n,
    shardCount,
    relatedShardCount,
    themes: corpus.themes.map(({ id, name }) => ({ id, name })),
    councils: corpus.councils,
    audiences: corpus.audiences,
    eventTypes: corpus.eventTypes,
    sources: corpus.sources.map((s, i): SourceRow => [
      councilIndex.get(s.council) ?? 0,
      audienceIndex.get(s.audience) ?? 0,
      eventTypeIndex.get(s.eventType) ?? 0,
      s.date,
      firstAnswer[i] ?? n,
    ]),
  };
  files.push({ path: MANIFEST_PATH, data: JSON.stringify(manifest) });
  files.push({ path: SUGGESTIONS_PATH, data: JSON.stringify(searchSuggestions(corpus.glossary, corpus.themes) satisfies Suggestions) });
  return { files, manifest };
}

/** Raw and gzip bytes of a set of index files. */
export function measureFiles(files: readonly IndexFile[]): { raw: number; gzip: number } {
  return files.reduce(
    (sum, file) => {
      const bytes = typeof file.data === 'string' ? Buffer.from(file.data) : file.data;
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes).length };
    },
    { raw: 0, gzip: 0 },
  );
}
