import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { glossaryPath } from '../common/routes';
import type { GlossaryMatcher } from './glossary-matcher';

export interface GlossaryOptions {
  matcher: GlossaryMatcher;
  /** Term ids already explained on this page: each is explained on first use only. */
  seen: Set<string>;
}

function explained(text: string, id: string, expansion: string | undefined, definition: string): Element {
  const abbr: Element = {
    type: 'element',
    tagName: 'abbr',
    properties: { title: expansion ?? definition },
    children: [{ type: 'text', value: text }],
  };
  return { type: 'element', tagName: 'a', properties: { href: glossaryPath(id), className: ['term'] }, children: [abbr] };
}

/** Splits one text node around the first uses of glossary terms it contains. */
function markText(node: Text, { matcher, seen }: GlossaryOptions): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(matcher.pattern)) {
    const term = matcher.termFor(match[0]);
    if (!term || seen.has(term.id) || match.index === undefined) continue;
    seen.add(term.id);
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push(explained(match[0], term.id, term.expansion, term.definition));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return undefined;
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/**
 * Rehype plugin: the first use of each glossary term becomes a link to its glossary entry with an
 * `<abbr title>` explanation. It runs after sanitising, on trusted glossary data only.
 */
export function rehypeGlossary(options: GlossaryOptions) {
  return (tree: Root) => {
    visitParents(tree, 'text', (node, ancestors) => {
      if (ancestors.some((a) => a.type === 'element' && ['a', 'abbr', 'code', 'h1', 'h2', 'h3'].includes(a.tagName))) return SKIP;
      const parent = ancestors.at(-1);
      const replacement = parent && markText(node, options);
      if (!parent || !replacement) return undefined;
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
