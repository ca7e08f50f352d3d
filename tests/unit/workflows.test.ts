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
    expect(commit?.run).toMatch(/^git ls-files content\/inbox \| grep -v '\^content\/inbox\/README\.md\$' \| xargs -r -d '\\n' git rm --quiet\n/);
  });
});
