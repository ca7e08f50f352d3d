import type { ContentIssue } from './issues';

/** A markdown file split into its YAML frontmatter and its body. */
export interface SplitMarkdown {
  frontmatter: string;
  body: string;
  /** The file line on which the frontmatter's first line sits. */
  frontmatterLine: number;
  /** The file line on which the body starts. */
  bodyLine: number;
}

const OPENING = /^\uFEFF?---\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export function splitFrontmatter(text: string, file: string): { split: SplitMarkdown; issue?: undefined } | { split?: undefined; issue: ContentIssue } {
  const opening = OPENING.exec(text);
  const rest = opening ? text.slice(opening[0].length) : '';
  const closing = opening ? CLOSING.exec(rest) : null;
  if (!opening || !closing) {
    return {
      issue: {
        file,
        line: 1,
        field: '-',
        code: 'missing-frontmatter',
        message: opening
          ? "the frontmatter has no closing '---' line"
          : "the file must start with '---', the fields, then '---' and the response",
        severity: 'error',
      },
    };
  }
  const frontmatter = rest.slice(0, closing.index);
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const body = text.slice(bodyStart).replace(/^\r?\n/, '');
  const bodyLine = text.slice(0, bodyStart).split('\n').length + 1;
  return { split: { frontmatter, body, frontmatterLine: 2, bodyLine } };
}
