/**
 * Word numbers a list's paragraphs on across the paragraphs between them ("1. Are there …", an
 * answer, "2. Can my child …"), but mammoth starts every run of them as a new <ol> at 1. So, in
 * mammoth's document model, each top-level numbered paragraph gets the number Word shows, written
 * into its text, counted per list (mammoth gives each list level one shared object).
 */

/** The parts of mammoth's document model this reads: a node's type, children and numbering. */
interface DocumentNode {
  [field: string]: unknown;
  type?: string;
  children?: DocumentNode[];
  numbering?: { isOrdered?: boolean; level?: string } | null;
  value?: string;
}

function run(text: string): DocumentNode {
  // The fields mammoth's writer reads from a run, all plain: the number takes no formatting.
  return {
    type: 'run',
    children: [{ type: 'text', value: text }],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: 'baseline',
    font: null,
    fontSize: null,
    highlight: null,
  };
}

/** The document with each top-level numbered paragraph numbered as Word numbers it. */
export function numberParagraphs(document: DocumentNode): DocumentNode {
  const counts = new Map<object, number>();
  const visit = (node: DocumentNode): DocumentNode => {
    const numbering = node.numbering;
    if (node.type === 'paragraph' && numbering?.isOrdered && numbering.level === '0') {
      const number = (counts.get(numbering) ?? 0) + 1;
      counts.set(numbering, number);
      return { ...node, numbering: null, children: [run(`${number}. `), ...(node.children ?? [])] };
    }
    return node.children ? { ...node, children: node.children.map(visit) } : node;
  };
  return visit(document);
}
