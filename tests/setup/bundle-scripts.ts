import { bundleScripts } from '../helpers/run-script';

/** Vitest's global setup: the scripts' bundles that tests/helpers/run-script.ts runs, made afresh each run. */
export default async function setup(): Promise<void> {
  await bundleScripts();
}
