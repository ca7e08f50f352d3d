import type { ContentIssue } from '../content/issues';
import type { Entry } from '../content/schema';
import { findNearDuplicates } from '../site/near-duplicates';

/** Questions asked more than once, as warnings: editors may want to check the answers agree. */
export function nearDuplicateWarnings(entries: readonly Entry[]): ContentIssue[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return [...findNearDuplicates(entries)].flatMap(([id, others]) => {
    const entry = byId.get(id);
    // One warning per pair: at the first of the two.
    const later = others.filter((other) => other > id);
    if (!entry || later.length === 0) return [];
    return [
      {
        file: entry.file,
        line: entry.questionLine,
        field: 'question',
        code: 'near-duplicate',
        message: `much the same question is asked at ${later.map((other) => byId.get(other)?.file ?? other).join(', ')}; the site shows them together`,
        severity: 'warning' as const,
      },
    ];
  });
}
