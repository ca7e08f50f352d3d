/**
 * Bundles the site's only scripts, each loaded by the one page type that needs it: search on
 * /search/, "Copy link" and the date on answer pages. Next copies public/ into out/.
 */
import { build } from 'esbuild';
import { ISLANDS } from '../lib/common/routes';

const SOURCES: Record<keyof typeof ISLANDS, string> = {
  search: 'components/search/island.ts',
  answerPage: 'components/answer-page/island.ts',
};

await build({
  // esbuild names each output after its key, without the .js it adds.
  entryPoints: Object.fromEntries(
    Object.entries(ISLANDS).map(([name, path]) => [path.slice(1, -'.js'.length), SOURCES[name as keyof typeof ISLANDS]]),
  ),
  outdir: 'public',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
});
