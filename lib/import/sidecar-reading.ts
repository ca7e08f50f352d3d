import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { sourceSchema } from '../content/schema';
import type { ExtractOptions } from './extract';

/**
 * The reading instructions a sidecar may give, read from the YAML itself (its other fields are
 * ignored): a sidecar still listing `redact:` names is one the content loader refuses.
 */
const readingSchema = z
  .object(sourceSchema.pick({ layout: true, labels: true, furniture: true, redact: true, questions: true, answers: true }).shape)
  .partial();

export type ReadingInstructions = z.infer<typeof readingSchema>;

/** The sidecar's reading instructions, if there is a sidecar and they are valid; none otherwise. */
export function readReadingInstructions(sidecarPath: string): ReadingInstructions {
  if (!existsSync(sidecarPath)) return {};
  const read = readingSchema.safeParse(parse(readFileSync(sidecarPath, 'utf8')));
  return read.success ? read.data : {};
}

/**
 * What of them the extraction of a PDF, Word file or web page needs: the labels that name a
 * table's question and answer columns, and the page furniture to leave out before tables are
 * read (a header between two pages of a table would part it).
 */
export function extractOptions({ labels, furniture }: ReadingInstructions): ExtractOptions {
  return {
    ...(labels?.answer ? { labels: { question: labels.question, answer: labels.answer } } : {}),
    ...(furniture ? { furniture } : {}),
  };
}
