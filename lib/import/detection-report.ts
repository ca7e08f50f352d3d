import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Layout } from '../content/schema';
import { detectLayouts, formatRanking, suggestFurniture, type DetectSource } from './detect';
import { extractFile } from './extract';
import { formatPreview } from './preview';
import { extractOptions, readReadingInstructions } from './sidecar-reading';
import { doubtsAbout, extractionDoubts, formatVerdict, type Doubt } from './verdict';

/**
 * A document as `--detect` and `--preview` read it, the way the import will: a PDF, Word file or
 * web page extracted to text first, and the reading instructions of its sidecar (if one is
 * beside it) applied: furniture removed, names withheld, labels declared.
 */
export async function detectSourceFor(
  path: string,
  sidecarPath: string,
): Promise<{ source: DetectSource; layout?: Layout; doubts: Doubt[] }> {
  const { layout, ...declared } = readReadingInstructions(sidecarPath);
  if (extname(path).toLowerCase() === '.txt') return { source: { ...declared, text: readFileSync(path, 'utf8') }, layout, doubts: [] };
  // The sidecar's labels may name a table's question and answer columns, and its furniture stand between a table's pages.
  const { extraction } = await extractFile(path, extractOptions(declared));
  const labels = extraction.labels ? { question: extraction.labels.question, answer: extraction.labels.answer } : undefined;
  return {
    source: { labels, ...declared, text: extraction.text, furniture: [...extraction.furniture, ...(declared.furniture ?? [])] },
    layout,
    doubts: extractionDoubts(extraction.doubts),
  };
}

/** The ranking of every layout, the first choice's entries and verdict, and what to put in the sidecar. */
export function detectionReport(source: DetectSource, file: string, extra: readonly Doubt[] = []): string[] {
  const fits = detectLayouts(source);
  const best = fits[0];
  const lines = [`Layouts tried on ${file}, best first:`, ...formatRanking(fits).map((line) => `  ${line}`)];
  if (best && best.problem === undefined && best.parsed) {
    lines.push(
      '',
      `The entries ${best.layout} reads:`,
      ...formatPreview(best.parsed).map((line) => `  ${line}`),
      ...formatVerdict(doubtsAbout(best.parsed, extra)),
      '',
    );
    lines.push(`Put this in the sidecar: layout: ${best.layout}`);
  } else {
    lines.push(
      "No layout reads every line. Say in the sidecar where each question starts (questions: [ the first words of each ]), declare the document's own labels (labels: { question: …, answer: … }), or declare repeated page text as furniture.",
    );
  }
  const furniture = suggestFurniture(source);
  if (furniture.length > 0)
    lines.push(
      `These lines repeat and look like page headers or footers; if so, list them under furniture: ${furniture.map((f) => `"${f}"`).join(', ')}`,
    );
  return lines;
}
