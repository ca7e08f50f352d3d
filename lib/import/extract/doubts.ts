import type { ExtractionDoubt } from './types';

/**
 * An extraction's doubts as lines for the import's output, after its summary: a reading the
 * extraction cannot vouch for is said to be doubtful, never reported as whole.
 */
export function formatDoubts(textFile: string, doubts: readonly ExtractionDoubt[]): string[] {
  if (doubts.length === 0) return [];
  return [`${textFile}: check the reading against the file, which the extraction doubts:`, ...doubts.map((doubt) => `  ${doubt.line === undefined ? '' : `line ${doubt.line}: `}${doubt.reason}`)];
}
