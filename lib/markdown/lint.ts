import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentIssue } from '../content/issues';

const parser = unified().use(remarkParse).use(remarkGfm);

export interface LintTarget {
  file: string;
  /** The file line on which the markdown starts. */
  line: number;
  markdown: string;
}

function walk(node: Nodes, visit: (node: Nodes) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/**
 * What an editor can get wrong in a response's markdown: raw HTML, images (they would load from
 * another site), links whose address is missing or a placeholder, javascript: links, and links to
 * answers that do not exist. The renderer drops or neutralises all of these anyway; the check makes
 * sure an editor hears about it.
 */
export function lintMarkdown(target: LintTarget, answerIds: ReadonlySet<string>): ContentIssue[] {
  const tree = parser.parse(target.markdown) as Root;
  const issues: ContentIssue[] = [];
  const report = (node: Nodes, code: string, message: string) =>
    issues.push({ file: target.file, line: target.line + (node.position?.start.line ?? 1) - 1, field: 'response', code, message, severity: 'error' });
  walk(tree, (node) => {
    if (node.type === 'html') report(node, 'raw-html', `raw HTML is not allowed ('${node.value.slice(0, 40)}'); write it as plain text or markdown`);
    else if (node.type === 'image' || node.type === 'imageReference') report(node, 'image', 'images are not allowed: they would make readers’ browsers contact another website; link to the page instead');
    else if (node.type === 'link' || node.type === 'definition') {
      const url = node.url.trim();
      const answer = /^\/answers\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url);
      if (url === '' || url === '#') report(node, 'placeholder-link', `a link has no address ('${url || '()'}'); give the full address, or keep only the link text`);
      else if (/^\s*javascript:/i.test(url)) report(node, 'unsafe-link', 'javascript: links are not allowed');
      else if (answer && !answerIds.has(answer[1] ?? '')) report(node, 'broken-answer-link', `there is no answer '${answer[1]}' to link to`);
    }
  });
  // One message per mistake and line: `<b>text</b>` is one piece of raw HTML to an editor, not two.
  return issues.filter((issue, i) => issues.findIndex((other) => other.line === issue.line && other.code === issue.code) === i);
}
