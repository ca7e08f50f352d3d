import { loadContent, type Content, type ContentIssue } from '../content';
import { lintMarkdown } from '../markdown/lint';
import { displayPath } from '../content/files';
import { nearDuplicateWarnings } from './near-duplicate-warnings';
import { withheldNameIssues } from './withheld-names';
import { checkSourceCoverage } from './source-coverage';
import { synonymPhraseIssues } from './synonym-phrases';
import { contentPaths } from '../common/content-paths';

export interface ContentCheck {
  content: Content;
  /** Every problem and warning, in the order an editor should read them. */
  issues: ContentIssue[];
  /** Each document's word coverage by its entries, one line each. */
  coverage: string[];
}

/**
 * Everything npm run check checks, as data: the content as loaded (schemas, vocabularies, ids,
 * published addresses), each document's word coverage, the answers' markdown, and questions asked
 * more than once. Reads everything under `root` and collects every problem; prints nothing.
 */
export function checkContent(root: string): ContentCheck {
  const { content, issues: loadIssues } = loadContent(root);
  const coverage = checkSourceCoverage(root, content, loadIssues);
  const answerIds = new Set([...content.entries.map((entry) => entry.id), ...Object.keys(content.permalinks.redirects)]);
  const markdownIssues = [
    ...content.entries.flatMap((entry) =>
      lintMarkdown({ file: entry.file, line: entry.responseLine, markdown: entry.response }, answerIds),
    ),
    // Preambles are rendered on document pages, so they are held to the same rules.
    ...content.sources
      .filter((source) => source.preamble !== '')
      .flatMap((source) =>
        lintMarkdown(
          { file: displayPath(contentPaths(root).document(source.id).preamble), line: 1, markdown: source.preamble, field: 'preamble' },
          answerIds,
        ),
      ),
    ...content.sources
      .filter((source) => source.closing !== '')
      .flatMap((source) =>
        lintMarkdown(
          { file: displayPath(contentPaths(root).document(source.id).closing), line: 1, markdown: source.closing, field: 'closing' },
          answerIds,
        ),
      ),
  ];
  return {
    content,
    issues: [
      ...loadIssues,
      ...coverage.issues,
      ...markdownIssues,
      ...withheldNameIssues(root, content),
      ...synonymPhraseIssues(content.synonyms),
      ...nearDuplicateWarnings(content.entries),
    ],
    coverage: coverage.lines,
  };
}
