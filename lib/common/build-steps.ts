/**
 * The steps that turn checked content into out/, in order: the one list that npm run build:site
 * (scripts/build-site.ts), the tests' project copies and npm run bench:site all run. A step is a
 * project script (run with tsx) or Next's own build.
 */
export const BUILD_STEPS = [
  { name: 'publish-ids', what: 'adds new answer ids to content/published.txt', script: 'scripts/publish-ids.ts' },
  { name: 'search-index', what: 'writes the static search index into public/', script: 'scripts/build-search.ts' },
  { name: 'islands', what: "bundles the site's two scripts into public/", script: 'scripts/build-islands.ts' },
  { name: 'pages', what: 'renders every page into out/', next: 'build' },
  { name: 'strip-runtime', what: "removes Next's client runtime from out/", script: 'scripts/strip-runtime.ts' },
  { name: 'sitemaps', what: 'writes the split sitemaps into out/', script: 'scripts/write-sitemaps.ts' },
] as const;

/** What the build reads besides content/: a copy of the project that builds needs these (and node_modules). */
export const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'scripts',
  'public',
  'next.config.mjs',
  'package.json',
  'tsconfig.json',
  'serve.json',
] as const;

export type BuildStep = (typeof BUILD_STEPS)[number];

/**
 * The program and arguments that run `step` from the project's folder. A copy of the project that
 * links node_modules builds with webpack, since Turbopack will not follow the link.
 */
export function buildStepCommand(
  step: BuildStep,
  { nodePath, webpack = false }: { nodePath: string; webpack?: boolean },
): { command: string; args: string[] } {
  if ('next' in step) return { command: 'node_modules/.bin/next', args: [step.next, ...(webpack ? ['--webpack'] : [])] };
  return { command: nodePath, args: ['--import', 'tsx', step.script] };
}
