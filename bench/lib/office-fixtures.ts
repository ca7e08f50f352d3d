import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LAYOUTS } from '../../lib/content/schema';
import { detectLayouts } from '../../lib/import/detect';
import { extractFile, type Extraction } from '../../lib/import/extract';
import { readDocument, type ReadableSource } from '../../lib/import/import-document';
import type { ParsedDocument, ParsedEntry } from '../../lib/import/types';
import type { ExpectedEntry } from './office-documents';

/**
 * The office-suite fixtures, as tests and bench:import read them: each document's .docx and the
 * .pdf LibreOffice exported from it, the entries a person reads in it, and the text that must never
 * reach an entry.
 */
export const OFFICE_FIXTURES = 'tests/fixtures/office';

const caseSchema = z.object({
  description: z.string(),
  layout: z.enum(LAYOUTS).optional(),
  labels: z.object({ question: z.array(z.string()), answer: z.array(z.string()) }).optional(),
  /** Page headers, footers and table headings: on the page, in no entry. */
  absent: z.array(z.string()),
  /** Why the importer reads it wrongly, when it is known to: its verdict must doubt the reading. */
  reads_wrong: z.string().optional(),
});
export type OfficeCase = z.infer<typeof caseSchema> & { name: string; expected: ExpectedEntry[] };

/** One entry as the expected file writes it: what a person checks, and what "exact" compares. */
const renderEntry = (entry: Pick<ExpectedEntry, 'section' | 'question' | 'response'>) =>
  `## ${entry.section ? `under "${entry.section}"` : ''}\n\nQ: ${entry.question}\n\n${entry.response}`.trim();

export function renderExpected(entries: readonly ExpectedEntry[]): string {
  return `${entries.map(renderEntry).join('\n\n')}\n`;
}

function parseExpected(text: string): ExpectedEntry[] {
  return text
    .split(/^## /m)
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const [head = '', rest = ''] = part.split(/\n\nQ: /);
      const [question = '', ...response] = rest.split('\n\n');
      const section = /^under "(.*)"$/.exec(head.trim())?.[1];
      return { ...(section ? { section } : {}), question, response: response.join('\n\n').trim() };
    });
}

export function officeCases(): OfficeCase[] {
  return readdirSync(OFFICE_FIXTURES)
    .filter((file) => file.endsWith('.case.yml'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.case\.yml$/, '');
      const spec = caseSchema.parse(parse(readFileSync(join(OFFICE_FIXTURES, file), 'utf8')));
      return { ...spec, name, expected: parseExpected(readFileSync(join(OFFICE_FIXTURES, `${name}.expected.md`), 'utf8')) };
    });
}

/** A file read as `npm run import` reads it: extracted, then by the sidecar's layout or the one --detect ranks first. */
export async function importOffice(
  path: string,
  fixture: Pick<OfficeCase, 'layout' | 'labels'>,
): Promise<{ extraction: Extraction; source: ReadableSource; parsed: ParsedDocument; entries: ParsedEntry[] }> {
  const { extraction } = await extractFile(path);
  const text = { text: extraction.text, furniture: extraction.furniture, labels: fixture.labels ?? extraction.labels };
  const source = { ...text, layout: fixture.layout ?? detectLayouts(text)[0]?.layout ?? 'labelled-qa' };
  const parsed = readDocument(source);
  return { extraction, source, parsed, entries: parsed.entries };
}

const comparable = (entry: Pick<ExpectedEntry, 'section' | 'question' | 'response'>) =>
  renderEntry({ section: entry.section, question: entry.question, response: entry.response }).replace(/\s+/g, ' ');

/** The expected entries found exactly (section, question and response) among those read. */
export function exactPairs(expected: readonly ExpectedEntry[], entries: readonly ParsedEntry[]): ExpectedEntry[] {
  const read = new Set(entries.map(comparable));
  return expected.filter((entry) => read.has(comparable(entry)));
}

/** A header, footer or heading's words where they would stand as a leak: alone on a line or ending a label, not inside a sentence. */
const leaked = (absent: string): RegExp => new RegExp(`(?:^|\\n)(?:- )?${absent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[ :\\t]|$)`, 'm');

const entryText = (entry: Pick<ParsedEntry, 'section' | 'question' | 'response'>) =>
  `${entry.section ?? ''}\n${entry.question}\n${entry.response}`;

/**
 * Text that reached an entry although it is a page header, footer or table heading (`absent`). Words
 * that the person's reading (`expected`) itself has where a leak would stand are the document's own:
 * an answer that opens "No. The council is not …" under a "No." column says its own "No.".
 */
export function leaks(
  fixture: { absent: readonly string[]; expected: readonly Pick<ParsedEntry, 'section' | 'question' | 'response'>[] },
  entries: readonly ParsedEntry[],
): string[] {
  const read = fixture.expected.map(entryText).join('\n');
  const absent = fixture.absent.filter((words) => !leaked(words).test(read));
  return entries.flatMap((entry) =>
    absent.filter((words) => leaked(words).test(entryText(entry))).map((words) => `"${words}" in "${entry.question.slice(0, 40)}…"`),
  );
}
