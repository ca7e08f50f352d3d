import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LAYOUTS, sourceSchema, type Layout } from '../../lib/content/schema';
import type { DetectSource } from '../../lib/import/detect';
import { readDocument, type ReadableSource } from '../../lib/import/import-document';
import type { ParsedDocument } from '../../lib/import/types';
import type { JudgedReading } from './judge-reading';

export const FIXTURES = 'tests/fixtures/import';

/** The reading instructions a fixture's sidecar may give: labels, furniture, names to withhold, where questions and answers start. */
const readingSchema = sourceSchema.pick({ labels: true, furniture: true, redact: true, questions: true, answers: true });

export interface ImportFixture {
  layout: Layout;
  name: string;
  file: string;
  source: ReadableSource;
}

const readingOf = (file: string) => {
  const sidecar = file.replace(/\.txt$/, '.yml');
  return existsSync(sidecar) ? readingSchema.parse(parse(readFileSync(sidecar, 'utf8'))) : {};
};

/** Every fixture document: `tests/fixtures/import/<layout>/<case>.txt`, with `<case>.yml` if it has reading instructions. */
export function importFixtures(): ImportFixture[] {
  return readdirSync(FIXTURES)
    .filter((dir): dir is Layout => (LAYOUTS as readonly string[]).includes(dir))
    .flatMap((layout) =>
      readdirSync(join(FIXTURES, layout))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => {
          const file = join(FIXTURES, layout, name);
          return {
            layout,
            name: name.replace(/\.txt$/, ''),
            file,
            source: { ...readingOf(file), layout, text: readFileSync(file, 'utf8') },
          };
        }),
    );
}

/** A parsed document as text a person can check: the expected half of each fixture pair. */
export function renderParsed(parsed: ParsedDocument): string {
  const parts = [`# Preamble\n\n${parsed.preamble}`];
  parsed.entries.forEach((entry, i) => {
    const who = [entry.askedBy && `asked by ${entry.askedBy}`, entry.answeredBy && `answered by ${entry.answeredBy}`]
      .filter(Boolean)
      .join(', ');
    parts.push(
      `## ${i + 1} (${entry.kind})${entry.section ? ` under "${entry.section}"` : ''}${who ? ` ${who}` : ''}\n\nQ: ${entry.question}\n\n${entry.response || '(no response)'}`,
    );
  });
  if (parsed.closing) parts.push(`# Closing\n\n${parsed.closing}`);
  return `${parts.join('\n\n')}\n`;
}

/**
 * What copying a document out of a PDF, a Word file or a web page does to its text. Each keeps
 * every word; a reader must give the same entries after any of them.
 */
export const PERTURBATIONS: { name: string; apply: (text: string) => string; skip?: readonly Layout[] }[] = [
  // Line numbers in a sidecar's `questions:` name lines of the text as it is.
  { name: 'extra blank lines', apply: (text) => text.replace(/\n\n/g, '\n\n\n'), skip: ['listed-questions'] },
  { name: 'leading spaces', apply: (text) => text.replace(/^(?=\S)/gm, '  ') },
  { name: 'Windows line endings', apply: (text) => text.replace(/\n/g, '\r\n') },
  // A two-column table's cell boundaries are its NBSP lines: it cannot tell these apart.
  { name: 'blank lines holding non-breaking spaces', apply: (text) => text.replace(/\n\n/g, '\n\u00a0 \n'), skip: ['two-column-table'] },
  { name: 'another bullet glyph', apply: (text) => text.replace(/^([ \t]*)- /gm, '$1• ').replace(/^([ \t]*)[•▪*] /gm, '$1- ') },
  { name: 'a page footer in the middle of an answer', apply: insertFooter, skip: ['listed-questions'] },
];

/** "Page 3 of 7" on its own line after the middle line of the longest paragraph. */
function insertFooter(text: string): string {
  const lines = text.split('\n');
  let best = { start: 0, length: 0 };
  let start = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') start = index + 1;
    else if (index - start + 1 > best.length) best = { start, length: index - start + 1 };
  });
  const at = best.start + Math.max(1, Math.floor(best.length / 2));
  return [...lines.slice(0, at), 'Page 3 of 7', ...lines.slice(at)].join('\n');
}

/** The same entries, whatever spacing and paragraph breaks the copy left. */
export function comparable(rendered: string): string {
  return rendered.replace(/\s+/g, ' ').trim();
}

export const DOCUMENTS = join(FIXTURES, 'documents');
/** A second held-out set, written after the tuning the first was measured against (its INDEX.md says how). */
/** Held-out sets written later, each after the tuning the one before it was scored against, by the split they are reported under. */
export const LATER_HELD_OUT = {
  test2: join(FIXTURES, 'held-out-2'),
  test3: join(FIXTURES, 'held-out-3'),
  test4: join(FIXTURES, 'held-out-4'),
} as const;
type LaterSplit = keyof typeof LATER_HELD_OUT;

/** `tests/fixtures/import/documents/<case>.json`: how a careful person reads `<case>.txt`, written before any reader saw it. */
const judgedSchema = z.strictObject({
  /** The family of document it stands for ("reported-speech-minutes", "faq-no-blank-lines" …). */
  shape: z.string().min(1),
  /** What varies from the others of its shape. */
  variation: z.string().optional(),
  source_kind: z.string().optional(),
  /** The public page whose layout the document imitates, in the second held-out set. */
  modelled_on: z.string().optional(),
  /** Why the reading is as it is, where a person might hesitate. */
  note: z.string().optional(),
  /** tune: may be looked at when tuning weights, rules and thresholds; test: held out, only ever scored. */
  split: z.enum(['tune', 'test']),
  preamble: z.string(),
  entries: z
    .array(
      z.strictObject({
        question: z.string().min(1),
        answer: z.string().nullable(),
        label: z.string().optional(),
        section: z.string().optional(),
      }),
    )
    .min(1),
  trailing: z.string(),
});

const laterSplit = (folder: string) => (Object.keys(LATER_HELD_OUT) as LaterSplit[]).find((split) => LATER_HELD_OUT[split] === folder);

export interface JudgedFixture {
  name: string;
  shape: string;
  /** test2, test3, test4: the second, third and fourth held-out sets. */
  split: 'tune' | 'test' | LaterSplit;
  file: string;
  /** The document as `--detect` receives it: no layout. */
  source: DetectSource;
  judged: JudgedReading;
}

/**
 * Every fixture as judged after detection: the documents written for judging, and each layout
 * fixture, judged by its reviewed reading (`.expected.md`), which was made with its layout and
 * so counts as tuned.
 */
export function judgedFixtures(): JudgedFixture[] {
  const judgedIn = (folder: string): JudgedFixture[] =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name): JudgedFixture => {
        const file = join(folder, name);
        const judged = judgedSchema.parse(JSON.parse(readFileSync(file.replace(/\.txt$/, '.json'), 'utf8')));
        return {
          name: name.replace(/\.txt$/, ''),
          shape: judged.shape,
          split: laterSplit(folder) ?? judged.split,
          file,
          source: { ...readingOf(file), text: readFileSync(file, 'utf8') },
          judged,
        };
      });
  const documents = [DOCUMENTS, ...Object.values(LATER_HELD_OUT)].flatMap(judgedIn);
  const layouts = importFixtures().map(({ layout, name, file, source }): JudgedFixture => {
    const parsed = readDocument(source);
    const { layout: _, ...detectable } = source;
    const judged = {
      preamble: parsed.preamble,
      trailing: parsed.closing ?? '',
      entries: parsed.entries.map((entry) => ({
        question: entry.question,
        answer: entry.response === '' ? null : entry.response,
        section: entry.section,
      })),
    };
    return { name: `${layout}/${name}`, shape: layout, split: 'tune', file, source: detectable, judged };
  });
  return [...documents, ...layouts];
}
