import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-script';

const project = mkdtempSync(join(tmpdir(), 'send-new-'));
cpSync('tests/fixtures/collection', join(project, 'content'), { recursive: true });
symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run new', () => {
  it('scaffolds an answer from the schema: a fresh id, every field described, the allowed values listed', () => {
    const { status, stdout } = runScript(resolve('scripts/new-entry.ts'), ['southvale-2021-drop-in'], project);
    expect(status).toBe(0);
    expect(stdout).toContain('Created content/qa/southvale/southvale-2021-drop-in/02.md');
    const text = readFileSync(join(project, 'content/qa/southvale/southvale-2021-drop-in/02.md'), 'utf8');
    expect(text).toMatch(
      /^id: southvale-2021-drop-in-2 +# Permanent id: the answer's address is \/answers\/<id>\/\. Never change it once published\.$/m,
    );
    expect(text).toMatch(/^question: "" +# The question \(or comment or concern\) exactly as the document words it\.$/m);
    expect(text).toMatch(
      /^theme: "" +# The one theme it belongs to: an id in content\/themes\.yml\. One of: ehc-needs-assessments-and-plans, /m,
    );
    expect(text).toMatch(/^# section: "" +# The heading it sat under/m);
    expect(text).toMatch(/^status: answered +# .* One of: answered, deferred, no-response$/m);
    expect(text).toMatch(/^order: 2 /m);
    expect(text).toMatch(/^council: southvale +# The council that answered/m);
    expect(text).toMatch(/^date: not stated +# When it was answered, as the document's sidecar says/m);
  });
});
