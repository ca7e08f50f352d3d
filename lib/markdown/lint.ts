import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ALLOWED_LINKS, linkProblem } from '../common/link-policy';
import type { ContentIssue } from '../content/issues';

const parser = unified().use(remarkParse).use(remarkGfm);

export interface LintTarget {
  file: string;
  /** The file line on which the markdown starts. */
  line: number;
  markdown: string;
  /** What the markdown is, for messages: an answer's response or a document's preamble. */
  field?: 'response' | 'preamble' | 'closing';
}

/**
 * What an editor can get wrong in markdown: raw HTML, images (they would load from another site),
 * links whose address is missing or a placeholder, addresses outside the link policy, links to
 * answers that do not exist. The renderer drops or neutralises the unsafe ones anyway; the check
 * makes sure an editor hears about it. (Markdown too deep or too marked-up to parse quickly never
 * gets here: the loader refuses it, lib/content/markdown-limits.ts.)
 */
export function lintMarkdown(target: LintTarget, answerIds: ReadonlySet<string>): ContentIssue[] {
  const tree = parser.parse(target.markdown) as Root;
  const field = target.field ?? 'response';
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  const report = (node: Nodes, code: string, message: string, allowed?: readonly string[]) => {
    const line = target.line + (node.position?.start.line ?? 1) - 1;
    // One message per mistake and line: `<b>text</b>` is one piece of raw HTML to an editor, not two.
    if (seen.has(`${line} ${code}`)) return;
    seen.add(`${line} ${code}`);
    issues.push({ file: target.file, line, field, code, message, ...(allowed ? { allowed } : {}), severity: 'error' });
  };
  // The loader has refused markdown nested deeper than MARKDOWN_LIMITS allows, so walking it recursively is safe.
  visit(tree, (node: Nodes) => {
    if (node.type === 'html')
      report(node, 'raw-html', `raw HTML is not allowed ('${node.value.slice(0, 40)}'); write it as plain text or markdown`);
    else if (node.type === 'image' || node.type === 'imageReference')
      report(node, 'image', 'images are not allowed: they would make readers’ browsers contact another website; link to the page instead');
    else if (node.type === 'link' || node.type === 'definition') {
      const url = node.url.trim();
      const answer = /^\/answers\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url);
      const problem = linkProblem(url);
      if (url === '' || url === '#')
        report(node, 'placeholder-link', `a link has no address ('${url || '()'}'); give the full address, or keep only the link text`);
      else if (problem) report(node, 'unsafe-link', `'${url.slice(0, 60)}': ${problem}`, ALLOWED_LINKS);
      else if (answer && !answerIds.has(answer[1] ?? ''))
        report(node, 'broken-answer-link', `there is no answer '${answer[1]}' to link to`);
    }
  });
  return issues;
}
