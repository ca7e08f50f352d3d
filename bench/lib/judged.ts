/**
 * The judged queries (bench/judged/): searches in five kinds, each with graded judgments by answer
 * id, split before tuning into a half to tune on and a held-out half, and a second held-out set. Scores any search that says,
 * for a query, which links the page shows first and whether it claims them as answers or says
 * there is no answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = ['paraphrase', 'typo', 'short', 'long', 'uncovered'] as const;
export type Kind = (typeof KINDS)[number];
/**
 * `test2` and `test3`: further held-out sets (queries-c.json, queries-d.json), each written after
 * the tuning that the set before it was measured against.
 */
export type Split = 'tune' | 'test' | 'test2' | 'test3';

export interface JudgedQuery {
  query: string;
  kind: Kind;
  split: Split;
  /** The answer the reviewer wrote the query from; null for an uncovered topic. */
  from: string | null;
  /** Answer id → 2 (answers it directly) or 1 (relevant). Empty for an uncovered topic. */
  judgments: Record<string, 1 | 2>;
}

/** What a search page shows for a query, as a person reading it would count it. */
export interface PageReading {
  /** The answer links shown, in order: the matches, or else the labelled closest answers. */
  links: string[];
  /** The page presents answers as matches (not as "closest answers" that may not answer). */
  claimed: boolean;
  /** The page says that no answer covers the query. */
  saysNoAnswer: boolean;
}

export type Reader = (query: string) => Promise<PageReading>;

const FOLDER = join(import.meta.dirname, '..', 'judged');

export function judgedQueries(): JudgedQuery[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as JudgedQuery[]);
}

export interface KindScore {
  kind: Kind | 'all covered';
  queries: number;
  mrrAt10: number;
  hitAt1: number;
  hitAt5: number;
  ndcgAt10: number;
  /** Covered queries: share on which the page said there is no answer. Uncovered: share with answers claimed. */
  noAnswerOnCovered: number;
  claimedOnUncovered: number;
}

/** nDCG@10 with gains 2^grade − 1 against the ideal order of the judgments. */
function ndcg(links: readonly string[], judgments: Record<string, number>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = links.slice(0, 10).reduce((sum, id, i) => sum + gain(judgments[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(judgments)
    .sort((a, b) => b - a)
    .slice(0, 10)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Reads every query once and scores each kind, and all covered kinds together. */
export async function scoreReader(
  read: Reader,
  queries: readonly JudgedQuery[],
): Promise<{ rows: KindScore[]; noAnswerPrecision: number; saidNoAnswer: number }> {
  const readings = await Promise.all(queries.map(async (q) => ({ q, page: await read(q.query) })));
  let said = 0;
  let saidRightly = 0;
  for (const { q, page } of readings) {
    if (!page.saysNoAnswer) continue;
    said += 1;
    if (q.kind === 'uncovered') saidRightly += 1;
  }
  const score = (kind: KindScore['kind'], group: typeof readings): KindScore => {
    const covered = group.filter(({ q }) => q.kind !== 'uncovered');
    const uncovered = group.filter(({ q }) => q.kind === 'uncovered');
    const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
    const rank = ({ q, page }: (typeof readings)[number]) => page.links.slice(0, 10).findIndex((id) => (q.judgments[id] ?? 0) > 0);
    return {
      kind,
      queries: group.length,
      mrrAt10: mean(covered.map((r) => (rank(r) === -1 ? 0 : 1 / (rank(r) + 1)))),
      hitAt1: mean(covered.map((r) => Number(rank(r) === 0))),
      hitAt5: mean(covered.map((r) => Number(rank(r) !== -1 && rank(r) < 5))),
      ndcgAt10: mean(covered.map(({ q, page }) => ndcg(page.links, q.judgments))),
      noAnswerOnCovered: mean(covered.map(({ page }) => Number(page.saysNoAnswer))),
      claimedOnUncovered: mean(uncovered.map(({ page }) => Number(page.claimed))),
    };
  };
  const rows = KINDS.map((kind) =>
    score(
      kind,
      readings.filter(({ q }) => q.kind === kind),
    ),
  );
  rows.push(
    score(
      'all covered',
      readings.filter(({ q }) => q.kind !== 'uncovered'),
    ),
  );
  return { rows, noAnswerPrecision: said === 0 ? 1 : saidRightly / said, saidNoAnswer: said };
}

const f = (n: number) => n.toFixed(2);
const pct = (n: number) => `${Math.round(100 * n)}%`;

/** One markdown table: each search's scores per kind. */
export function judgedTable(results: readonly { name: string; score: Awaited<ReturnType<typeof scoreReader>> }[]): string {
  const lines = [
    '| search | kind | queries | MRR@10 | hit@1 | hit@5 | nDCG@10 | "no answer" on covered | answers claimed on uncovered |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { name, score } of results) {
    for (const row of score.rows) {
      const uncovered = row.kind === 'uncovered';
      lines.push(
        `| ${name} | ${row.kind} | ${row.queries} | ${uncovered ? '' : f(row.mrrAt10)} | ${uncovered ? '' : f(row.hitAt1)} | ${uncovered ? '' : f(row.hitAt5)} | ${uncovered ? '' : f(row.ndcgAt10)} | ${uncovered ? '' : pct(row.noAnswerOnCovered)} | ${uncovered ? pct(row.claimedOnUncovered) : ''} |`,
      );
    }
    // Said no times, it was never right or wrong: a percentage would claim a precision nobody measured.
    const precision = score.saidNoAnswer === 0 ? 'never said' : `right ${pct(score.noAnswerPrecision)} of the times`;
    lines.push(`| ${name} | "no answer" said | ${score.saidNoAnswer} | ${precision} | | | | | |`);
  }
  return lines.join('\n');
}
