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
    {
      name: 'raw HTML',
      markdown: 'See <b>this</b>.',
      expected: "a.md:10: response: raw HTML is not allowed ('<b>'); write it as plain text or markdown",
    },
    {
      name: 'a placeholder link',
      markdown: 'First line.\n\nSee [the form](#).',
      expected: "a.md:12: response: a link has no address ('#'); give the full address, or keep only the link text",
    },
    {
      name: 'an empty link',
      markdown: 'See [the form]().',
      expected: "a.md:10: response: a link has no address ('()'); give the full address, or keep only the link text",
    },
    {
      name: 'a javascript: link',
      markdown: '[click](javascript:alert(1))',
      expected:
        "a.md:10: response: 'javascript:alert(1)': javascript: addresses are not allowed (allowed: https://…, http://…, mailto:…, /a/page/on/this/site/, #a-place-on-the-page)",
    },
    {
      name: 'a data: link',
      markdown: '[x](data:text/html,hi)',
      expected:
        "a.md:10: response: 'data:text/html,hi': data: addresses are not allowed (allowed: https://…, http://…, mailto:…, /a/page/on/this/site/, #a-place-on-the-page)",
    },
    {
      name: 'a vbscript: link in a reference',
      markdown: '[x][1]\n\n[1]: VBScript:msgbox',
      expected:
        "a.md:12: response: 'VBScript:msgbox': vbscript: addresses are not allowed (allowed: https://…, http://…, mailto:…, /a/page/on/this/site/, #a-place-on-the-page)",
    },
    {
      name: 'a scheme hidden by a tab',
      markdown: '[x](java&#9;script:alert(1))',
      expected:
        "a.md:10: response: 'java\tscript:alert(1)': javascript: addresses are not allowed (allowed: https://…, http://…, mailto:…, /a/page/on/this/site/, #a-place-on-the-page)",
    },
    {
      name: 'an address on another site without a scheme',
      markdown: '[x](//evil.example/)',
      expected:
        "a.md:10: response: '//evil.example/': an address starting // points to another site without saying how; write it in full with https:// (allowed: https://…, http://…, mailto:…, /a/page/on/this/site/, #a-place-on-the-page)",
    },
    {
      name: 'a relative address',
      markdown: '[x](answers/other)',
      expected:
        "a.md:10: response: 'answers/other': a relative address breaks when the page moves; write it in full with https://, or from the site root with / (allowed: https://…, http://…, mailto:…, /a/page/on/this/site/, #a-place-on-the-page)",
    },
    {
      name: 'a link to an answer that does not exist',
      markdown: 'See [this](/answers/kent-2024-demo-9/).',
      expected: "a.md:10: response: there is no answer 'kent-2024-demo-9' to link to",
    },
    {
      name: 'an image',
      markdown: '![logo](https://example.org/x.png)',
      expected:
        'a.md:10: response: images are not allowed: they would make readers’ browsers contact another website; link to the page instead',
    },
  ])('reports $name, on its line', ({ markdown, expected }) => {
    expect(lint(markdown)).toEqual([expected]);
  });

  it('accepts ordinary markdown with real links, including to answers that exist', () => {
    expect(lint('- one\n- two\n\nSee [DfE](https://www.gov.uk/) and [this answer](/answers/kent-2024-demo-1/).')).toEqual([]);
    expect(lint('Write to [the team](mailto:send@council.gov.uk), see [below](#q2) or <http://example.org/>.')).toEqual([]);
  });

  it('renders footnotes whose links reach their notes, with ids kept apart per answer', () => {
    const html = renderMarkdown('Text[^1].\n\n[^1]: Note.', undefined, 'q3-note-');
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const targets = [...html.matchAll(/(?:href="#|aria-describedby=")([^"]+)"/g)].map((match) => match[1]);
    expect(targets.length).toBeGreaterThan(2);
    for (const target of targets) expect(ids, target).toContain(target);
    for (const id of ids) expect(id).toMatch(/^q3-note-/);
  });

  it('is rendered without script, event handlers, javascript: links or images whatever it says', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](https://example.org/i.png) <a href="#" onclick="alert(1)">y</a>',
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
  });

  it('fails npm run check on the line of the mistake', () => {
    const root = mkdtempSync(join(tmpdir(), 'send-md-'));
    cpSync('tests/fixtures/content', root, { recursive: true });
    const entry = join(root, 'qa/kent/kent-2024-demo/01.md');
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8').replace('About a year.', 'About a year.\n\n<iframe src="https://example.org"></iframe>'),
    );
    const issues = checkContent(root).issues.map(formatIssue);
    rmSync(root, { recursive: true, force: true });
    // The HTML's words are not the council's either, so the coverage check reports them too.
    expect(issues).toContainEqual(expect.stringMatching(/01\.md:14: response: raw HTML is not allowed \('<iframe/));
  });
});
