import { getGlossary } from '../content';
import { createGlossaryMatcher, type GlossaryMatcher } from '../markdown/glossary-matcher';
import type { GlossaryOptions } from '../markdown/glossary-plugin';

let matcher: GlossaryMatcher | undefined;

/** Glossary marking for one page: each term is explained the first time it appears on that page. */
export function pageGlossary(): GlossaryOptions {
  matcher ??= createGlossaryMatcher(getGlossary());
  return { matcher, seen: new Set() };
}
