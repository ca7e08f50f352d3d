import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Workflow = { on: { pull_request: { paths: string[] } }; jobs: Record<string, { steps: { run?: string; if?: string }[] }> };

describe('the pull-request workflow for uploaded files', () => {
  const workflow = parse(readFileSync('.github/workflows/import-inbox.yml', 'utf8')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('runs on pull requests that upload into content/inbox, with the command editors run', () => {
    expect(workflow.on.pull_request.paths).toEqual(['content/inbox/**']);
    expect(steps.map((step) => step.run)).toContain('npm run -s import -- content/inbox --report "$GITHUB_STEP_SUMMARY"');
  });

  it('commits back only to branches of this repository, and never the uploaded originals', () => {
    const commit = steps.find((step) => step.run?.includes('git push'));
    expect(commit?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
    expect(commit?.run).toMatch(
      /^git ls-files content\/inbox \| grep -v '\^content\/inbox\/README\.md\$' \| xargs -r -d '\\n' git rm --quiet\n/,
    );
  });
});

describe('the check-and-test workflow for every pull request', () => {
  const workflow = parse(readFileSync('.github/workflows/check.yml', 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { container?: string; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
  };
  const [job] = Object.values(workflow.jobs);

  it('runs on every pull request what CI runs, in Debian as .ci/run expects', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(job?.container).toMatch(/^node:20-bookworm/);
    expect(job?.steps.map((step) => step.run)).toContain('bash .ci/run');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/npm run -s check\n[\s\S]*npm test\n$/);
  });

  it('gives untrusted pull requests read access only, and keeps no credentials in the checkout', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(job?.steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with).toEqual({ 'persist-credentials': false });
  });
});
