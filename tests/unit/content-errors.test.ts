import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/checks';
import { formatIssue } from '../../lib/content';
import { runScript } from '../helpers/run-script';

const FIXTURE = 'tests/fixtures/content';
const ENTRY = 'qa/kent/kent-2024-demo/01.md';
const SIDECAR = 'sources/kent-2024-demo.yml';
let roots: string[] = [];

/** A copy of the valid fixture with one file changed by `edit`. */
function brokenContent(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'send-content-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const path = join(root, file);
  writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  return root;
}

/** Changes one more file of a copy made by brokenContent. */
function alsoEdit(root: string, file: string, edit: (text: string) => string): string {
  writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
  return root;
}

function problems(root: string): string[] {
  const shown = relative(process.cwd(), root);
  return checkContent(root).issues.map((issue) => formatIssue(issue).replaceAll(shown, 'content'));
}

afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

describe('npm run check messages', () => {
  it('finds no problem in the valid fixture', () => {
    expect(problems(FIXTURE)).toEqual([]);
  });

  it('explains a synonym phrase that search would read as one word, or as none, and a set that is neither one-way nor two-way', () => {
    const root = brokenContent(
      'synonyms.yml',
      () => `- id: plans
  search: [get a plan, anything at all, wont assess]
  finds: [refusal to assess]
- id: half
  search: [sent home]
`,
    );
    expect(problems(root)).toEqual([
      'content/synonyms.yml:4: [1].finds: a one-way set needs both search: (what parents type) and finds: (what answers say)',
      'content/synonyms.yml:1: plans.search[0]: "get a plan" is read as "plan" alone, since search ignores the other words, so every search for "plan" would find what this set finds; keep a second telling word (e.g. "not"), or list "plan" on purpose as one word',
      'content/synonyms.yml:1: plans.search[1]: "anything at all" has only words search ignores; add the word that says what it is about',
    ]);
  });

  it('reports broken YAML with its line', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('question: How long is the wait?', 'question: "How long is the wait?'));
    expect(problems(root)).toEqual([
      'content/qa/kent/kent-2024-demo/01.md:3: question: this value opens a quote (") that is never closed; close it at the end of the value',
    ]);
  });

  it('refuses YAML aliases before expanding them ("billion laughs"), naming the line', () => {
    const laughs = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      ...'bcdefghi'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const root = brokenContent(ENTRY, (t) => t.replace('---\n', `---\n${laughs}\n`));
    expect(problems(root)).toEqual([
      'content/qa/kent/kent-2024-demo/01.md:3: b: YAML aliases (*name) are not allowed: write the value out in full',
    ]);
  });

  it('says a missing field is missing, with the values it may take', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('kind: question\n', ''));
    expect(problems(root)).toEqual([
      'content/qa/kent/kent-2024-demo/01.md:2: kind: is missing (allowed: question, comment, concern, finding)',
    ]);
  });

  it('says an empty frontmatter is empty, and which fields it needs', () => {
    const root = brokenContent(ENTRY, (t) => `---\n---\n${t.split('---\n')[2]}`);
    expect(problems(root)).toEqual([
      'content/qa/kent/kent-2024-demo/01.md:2: -: is empty; it needs these fields: id, question, council, date, source, theme, kind, status, order',
    ]);
  });

  it('refuses an empty document text rather than publishing a document with no answers', () => {
    const root = brokenContent('sources/kent-2024-demo.txt', () => '  \n');
    expect(problems(root)[0]).toBe(
      "content/sources/kent-2024-demo.txt:1: -: is empty: put the document's text in it, exactly as received, or delete it if the answers are entered by hand",
    );
  });

  it('holds preambles to the same rules as answers, and sidecar addresses to the link policy', () => {
    const preamble = brokenContent('sources/kent-2024-demo.preamble.md', (t) => `${t}\n[more](data:text/html,hi) <b>x</b>`);
    // (The coverage proof also notices the words the preamble added.)
    expect(problems(preamble)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^content\/sources\/kent-2024-demo\.preamble\.md:3: preamble: 'data:text\/html,hi': data: addresses are not allowed/,
        ),
        expect.stringMatching(/^content\/sources\/kent-2024-demo\.preamble\.md:3: preamble: raw HTML is not allowed/),
      ]),
    );
    const sidecar = brokenContent(SIDECAR, (t) => `${t}url: "data:text/html,<script>alert(1)</script>"\n`);
    expect(problems(sidecar)).toEqual([
      expect.stringMatching(
        /^content\/sources\/kent-2024-demo\.yml:\d+: url: use a full web address starting https:\/\/ \(or http:\/\/\)$/,
      ),
    ]);
  });

  it('reports an unknown theme, listing the themes and the closest one', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('theme: tribunals-and-appeals', 'theme: tribunals-and-appeal'));
    expect(problems(root)).toEqual([
      "content/qa/kent/kent-2024-demo/01.md:7: theme: 'tribunals-and-appeal' is not a theme in content/themes.yml (allowed: tribunals-and-appeals, therapies) Did you mean 'tribunals-and-appeals'?",
    ]);
  });

  it('reports an impossible date in a sidecar', () => {
    const root = brokenContent(SIDECAR, (t) => t.replace('date: 2024-03', 'date: 2019-02-30'));
    expect(problems(root)).toEqual([
      "content/sources/kent-2024-demo.yml:4: date: '2019-02-30' is not a real day (allowed: YYYY, YYYY-MM or YYYY-MM-DD, not in the future, or 'not stated')",
    ]);
  });

  it('accepts a document that states no date', () => {
    const root = brokenContent(SIDECAR, (t) => t.replace('date: 2024-03', 'date: not stated'));
    for (const entry of [ENTRY, ENTRY.replace('01.md', '02.md')])
      alsoEdit(root, entry, (t) => t.replace('date: 2024-03', 'date: not stated'));
    expect(problems(root)).toEqual([]);
  });

  it("reports an entry whose council or date is not its document's, naming the sidecar", () => {
    const root = brokenContent(ENTRY, (t) => t.replace('council: kent', 'council: barnet').replace('date: 2024-03', 'date: 2024-04'));
    expect(problems(root)).toEqual([
      "content/qa/kent/kent-2024-demo/01.md:4: council: 'barnet' is not what its document's sidecar content/sources/kent-2024-demo.yml says (allowed: kent)",
      "content/qa/kent/kent-2024-demo/01.md:5: date: '2024-04' is not what its document's sidecar content/sources/kent-2024-demo.yml says (allowed: 2024-03)",
    ]);
  });

  it("holds every entry to its sidecar when the sidecar's date changes", () => {
    expect(problems(brokenContent(SIDECAR, (t) => t.replace('date: 2024-03', 'date: 2024-02')))).toEqual([
      "content/qa/kent/kent-2024-demo/01.md:5: date: '2024-03' is not what its document's sidecar content/sources/kent-2024-demo.yml says (allowed: 2024-02)",
      "content/qa/kent/kent-2024-demo/02.md:5: date: '2024-03' is not what its document's sidecar content/sources/kent-2024-demo.yml says (allowed: 2024-02)",
    ]);
  });

  it('reports an event type or audience that is not in its vocabulary file', () => {
    const root = brokenContent(SIDECAR, (t) =>
      t.replace('eventType: senco-forum', 'eventType: senco-forums').replace('audience: schools', 'audience: teachers'),
    );
    expect(problems(root)).toEqual([
      "content/sources/kent-2024-demo.yml:6: eventType: 'senco-forums' is not an event type in content/event-types.yml (allowed: parents-conference, senco-forum, webinar, scrutiny-minutes, council-meeting, local-offer-feedback, faq, drop-in, information-evening) Did you mean 'senco-forum'?",
      "content/sources/kent-2024-demo.yml:7: audience: 'teachers' is not an audience in content/audiences.yml (allowed: parents, schools, councillors, young-people, public)",
    ]);
  });

  it('reports declared labels given to a layout that does not read them', () => {
    const root = brokenContent(SIDECAR, (t) => `${t}labels:\n  question: Parent question\n`);
    expect(problems(root)).toEqual([
      "content/sources/kent-2024-demo.yml:11: labels: declared labels are read by the labelled-qa layout, not 'bulleted-qa' (allowed: layout: labelled-qa)",
    ]);
  });

  it('reports a date in the future', () => {
    const root = brokenContent(SIDECAR, (t) => t.replace('date: 2024-03', 'date: 2999'));
    expect(problems(root)).toEqual([
      "content/sources/kent-2024-demo.yml:4: date: '2999' is in the future (allowed: YYYY, YYYY-MM or YYYY-MM-DD, not in the future, or 'not stated')",
    ]);
  });

  it('explains a colon inside an unquoted value', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('question: How long is the wait?', 'question: Waiting: how long is it?'));
    expect(problems(root)).toEqual([
      "content/qa/kent/kent-2024-demo/01.md:3: question: this value contains ': ' (a colon and a space), which YAML reads as a new field; put the whole value in double quotes",
    ]);
  });

  it("reports YAML that is not a quote problem with the parser's own words", () => {
    const root = brokenContent(ENTRY, (t) => t.replace('kind: question', 'kind: [question'));
    expect(problems(root)[0]).toMatch(/^content\/qa\/kent\/kent-2024-demo\/01\.md:\d+: [\w-]+: this is not valid YAML: /);
  });

  it('reports a duplicate id at the second file, naming the first', () => {
    const root = brokenContent('qa/kent/kent-2024-demo/02.md', (t) => t.replace('id: kent-2024-demo-2', 'id: kent-2024-demo-1'));
    expect(problems(root)).toEqual([
      "content/qa/kent/kent-2024-demo/02.md:2: id: 'kent-2024-demo-1' is already used at content/qa/kent/kent-2024-demo/01.md:2; each must be unique",
    ]);
  });

  it('reports an empty response unless the status says there was none', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('About a year.\n', ''));
    expect(problems(root)).toEqual([
      "content/qa/kent/kent-2024-demo/01.md:9: response: there is no response below the frontmatter, but status is 'answered'; add the response or set status to no-response",
    ]);
  });

  it('reports a misspelt field with the field it probably meant', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('theme:', 'thme:'));
    expect(problems(root)).toEqual([
      'content/qa/kent/kent-2024-demo/01.md:2: theme: is missing',
      "content/qa/kent/kent-2024-demo/01.md:7: thme: is not a field we know (allowed: id, question, council, date, source, theme, section, askedBy, answeredBy, kind, status, order) Did you mean 'theme'?",
    ]);
  });

  it('reports a value outside a fixed list', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('kind: question', 'kind: questoin'));
    expect(problems(root)).toEqual([
      "content/qa/kent/kent-2024-demo/01.md:8: kind: 'questoin' is not one of the allowed values (allowed: question, comment, concern, finding) Did you mean 'question'?",
    ]);
  });

  it('reports a file with no frontmatter', () => {
    const root = brokenContent(ENTRY, (t) => t.replace(/^---\n/, ''));
    expect(problems(root)).toEqual([
      "content/qa/kent/kent-2024-demo/01.md:1: -: the file must start with '---', the fields, then '---' and the response",
    ]);
  });

  it('reports an answer whose document does not exist', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('source: kent-2024-demo', 'source: kent-2024-dmeo'));
    expect(problems(root)[0]).toBe(
      "content/qa/kent/kent-2024-demo/01.md:6: source: 'kent-2024-dmeo' is not a document in content/sources (allowed: kent-2024-demo) Did you mean 'kent-2024-demo'?",
    );
  });

  it('reports a glossary spelling that two terms share', () => {
    const root = brokenContent(
      'glossary.yml',
      (t) => `${t}- id: slt\n  term: SLT\n  aliases: [salt]\n  definition: Speech and language therapy.\n`,
    );
    expect(problems(root)).toEqual(["content/glossary.yml:5: term: 'salt' is already used at content/glossary.yml:1; each must be unique"]);
  });

  it('warns, without failing, about a question asked twice', () => {
    const root = brokenContent('qa/kent/kent-2024-demo/02.md', (t) =>
      t.replace('question: Is there SALT?', 'question: How long is the wait?'),
    );
    const text = join(root, 'sources/kent-2024-demo.txt');
    writeFileSync(text, readFileSync(text, 'utf8').replace('Is there SALT?', 'How long is the wait?'));
    expect(problems(root)).toEqual([
      'warning: content/qa/kent/kent-2024-demo/01.md:3: question: much the same question is asked at content/qa/kent/kent-2024-demo/02.md; the site shows them together',
    ]);
  });

  it('reports an unknown council in a sidecar', () => {
    const root = brokenContent(SIDECAR, (t) => t.replace('council: kent', 'council: knet'));
    expect(problems(root)).toEqual([
      "content/sources/kent-2024-demo.yml:3: council: 'knet' is not a council in content/councils.yml (allowed: kent) Did you mean 'kent'?",
    ]);
  });

  it('refuses to drop a published answer id without a redirect, naming the fix', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('id: kent-2024-demo-1', 'id: kent-2024-demo-wait'));
    expect(problems(root)).toEqual([
      "content/published.txt:1: kent-2024-demo-1: this answer was published, so people may link to /answers/kent-2024-demo-1/, but no entry has this id now. Restore the id, or add the line 'kent-2024-demo-1: <new id>' to content/redirects.yml Did you mean 'kent-2024-demo-2'?",
      "warning: content/published.txt:3: -: 1 answer is not listed yet (kent-2024-demo-wait); run 'npm run build' and commit content/published.txt",
    ]);
    writeFileSync(join(root, 'redirects.yml'), 'kent-2024-demo-1: kent-2024-demo-wait\n');
    expect(problems(root).filter((p) => !p.startsWith('warning:'))).toEqual([]);
  });

  it('checks that redirects point at an answer and do not hide one', () => {
    const root = brokenContent('redirects.yml', () => 'kent-2024-demo-1: kent-2024-demo-9\ngone-id: kent-2024-demo-2\n');
    expect(problems(root)).toEqual([
      "content/redirects.yml:1: kent-2024-demo-1: an entry still has the id 'kent-2024-demo-1'; remove this redirect or the entry",
    ]);
  });

  it('collects every problem in one run and exits 1 from the command line', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('theme: tribunals-and-appeals', 'theme: nope').replace('order: 1', 'order: 0'));
    const { status, stderr: output } = runScript('scripts/check.ts', [root]);
    expect(status).toBe(1);
    expect(output).toContain('01.md:10: order: must be greater than 0');
    expect(output).not.toContain("'nope'"); // an entry that fails its schema is not cross-checked
    expect(output).toContain('1 problem to fix.');
  });

  it('reports entry edits that lose or invent words of the document', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('About a year.', 'About two years.'));
    expect(problems(root)).toEqual([
      expect.stringMatching(
        /^content\/sources\/kent-2024-demo\.txt:1: coverage: the entries must keep every word of the document, in order, and add none \(87\.5% of 16 words kept, 2 lost, 2 not in the source\): lost 'a' in .*; not in the source 'two' in/,
      ),
    ]);
  });
});

describe('on GitHub', () => {
  it('prints each problem as an annotation on its file and line, escaped as GitHub requires', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('theme: tribunals-and-appeals', 'theme: tribunals-and-appeal'));
    const { stdout, status } = runScript('scripts/check.ts', [root], process.cwd(), { GITHUB_ACTIONS: 'true' });
    const shown = relative(process.cwd(), root);
    expect(status).toBe(1);
    expect(
      stdout
        .split('\n')
        .filter((line) => line.startsWith('::'))
        .map((line) => line.replaceAll(shown, 'content')),
    ).toEqual([
      "::error file=content/qa/kent/kent-2024-demo/01.md,line=7,title=theme%3A unknown-theme::theme: 'tribunals-and-appeal' is not a theme in content/themes.yml (allowed: tribunals-and-appeals, therapies) Did you mean 'tribunals-and-appeals'?",
    ]);
  });

  it('prints no annotations elsewhere', () => {
    const root = brokenContent(ENTRY, (t) => t.replace('theme: tribunals-and-appeals', 'theme: tribunals-and-appeal'));
    expect(runScript('scripts/check.ts', [root], process.cwd(), { GITHUB_ACTIONS: '' }).stdout).not.toContain('::error');
  });
});
