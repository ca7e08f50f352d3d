import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/checks';
import { formatIssue } from '../../lib/content';
import { lintMarkdown } from '../../lib/markdown/lint';
import { renderMarkdown } from '../../lib/markdown/render';

const ids = new Set(['kent-2024-demo-1']);
const lint = (markdown: string) => lintMarkdown({ file: 'a.md', line: 10, markdown }, ids).map(formatIssue);

describe('markdown an editor writes', () => {
  it.each([
    { name: 'raw HTML', markdown: 'See <b>this</b>.', expected: "a.md:10: response: raw HTML is not allowed ('<b>'); write it as plain text or markdown" },
    { name: 'a placeholder link', markdown: 'First line.\n\nSee [the form](#).', expected: "a.md:12: response: a link has no address ('#'); give the full address, or keep only the link text" },
    { name: 'an empty link', markdown: 'See [the form]().', expected: "a.md:10: response: a link has no address ('()'); give the full address, or keep only the link text" },
    { name: 'a javascript: link', markdown: '[click](javascript:alert(1))', expected: 'a.md:10: response: javascript: links are not allowed' },
    { name: 'a link to an answer that does not exist', markdown: 'See [this](/answers/kent-2024-demo-9/).', expected: "a.md:10: response: there is no answer 'kent-2024-demo-9' to link to" },
    { name: 'an image', markdown: '![logo](https://example.org/x.png)', expected: 'a.md:10: response: images are not allowed: they would make readers’ browsers contact another website; link to the page instead' },
  ])('reports $name, on its line', ({ markdown, expected }) => {
    expect(lint(markdown)).toEqual([expected]);
  });

  it('accepts ordinary markdown with real links, including to answers that exist', () => {
    expect(lint('- one\n- two\n\nSee [DfE](https://www.gov.uk/) and [this answer](/answers/kent-2024-demo-1/).')).toEqual([]);
  });

  it('is rendered without script, event handlers, javascript: links or images whatever it says', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](https://example.org/i.png) <a href="#" onclick="alert(1)">y</a>');
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
  });

  it('fails npm run check on the line of the mistake', () => {
    const root = mkdtempSync(join(tmpdir(), 'send-md-'));
    cpSync('tests/fixtures/content', root, { recursive: true });
    const entry = join(root, 'qa/kent/kent-2024-demo/01.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('About a year.', 'About a year.\n\n<iframe src="https://example.org"></iframe>'));
    const issues = checkContent(root).issues.map(formatIssue);
    rmSync(root, { recursive: true, force: true });
    // The HTML's words are not the council's either, so the coverage check reports them too.
    expect(issues).toContainEqual(expect.stringMatching(/01\.md:12: response: raw HTML is not allowed \('<iframe/));
  });
});
