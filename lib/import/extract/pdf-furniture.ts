import { lineText, type TextLine } from './pdf-lines';

/**
 * The page headers and footers of an untagged PDF, found by where they stand: lines at the top or
 * bottom of the pages, set apart from the body, that come back on the pages (numbers aside); on a
 * single page, lines set in its margin or shaped as headers are; and protective markings
 * ("OFFICIAL", "NOT PROTECTIVELY MARKED") wherever a page begins or ends. Geometry on plain data.
 */

/** Running headers and footers are short, part by part (a council's name, a tab, the title); a longer line is body text, however often it repeats. */
const MAX_RUNNING = 70;
/** How far into the page, top or bottom, a header or footer sits when it is in the margin for certain. */
const MARGIN_SHARE = 0.08;
/** A later part of a line starting this near a column of the body is a table's header row, not a page header. */
const COLUMN_TOLERANCE = 4;
/** A header's right part ends this near the text's right edge: set there by a right tab. */
const RIGHT_TAB_TOLERANCE = 3;

/** The Government Security Classifications' markings, which templates print at the head and foot of every page. */
const PROTECTIVE_MARKING =
  /^(?:OFFICIAL(?:\s*[-–—]\s*|\s+)SENSITIVE|OFFICIAL|NOT PROTECTIVELY MARKED|UNCLASSIFIED|PROTECT|RESTRICTED)(?:\s*[-–—:]\s*[A-Z][A-Z ]*)?$/;
/** A page number as furnitureKey writes it: "#", "Page #", "Page # of #", "# / #". */
const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$/i;

/** A line's text with each number written '#', as a sidecar declares furniture. */
export function furnitureKey(line: TextLine): string {
  return lineText(line).replace(/\d+/g, '#').trim();
}

const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/gi;

/** What makes two lines one running header or footer: their text with numbers, and the names of months and days, aside. */
const runningKey = (line: TextLine) => furnitureKey(line).replace(DATE_WORDS, '#');

/**
 * The first two and last two lines of a page, where they stand apart from the body: a running
 * header or footer sits in the margin, further from the text than one of its own lines is from
 * the next (measured in its own size: a large heading below a header is no nearer for its size).
 */
export function edgeLines(lines: readonly TextLine[]): TextLine[] {
  const apart = (edge: TextLine | undefined, other: TextLine | undefined) =>
    edge !== undefined && other !== undefined && Math.abs(edge.y - other.y) > edge.size * 1.75;
  const top = lines.slice(0, 2).filter((line, index) => apart(line, lines[index + 1]) || (index === 0 && apart(lines[1], lines[2])));
  const n = lines.length;
  const bottom = lines.slice(-2).filter((line, offset) => {
    const index = n - 2 + offset;
    return apart(line, lines[index - 1]) || (index === n - 1 && apart(lines[n - 2], lines[n - 3]));
  });
  return [...new Set([...top, ...bottom])];
}

/** A protective marking among a page's first two or last two lines, apart from the body or not. */
const markings = (lines: readonly TextLine[]) =>
  [...lines.slice(0, 2), ...lines.slice(-2)].filter((line) => PROTECTIVE_MARKING.test(lineText(line)));

const inMargin = (line: TextLine, height: number) => line.y > height * (1 - MARGIN_SHARE) || line.y < height * MARGIN_SHARE;
const short = (line: TextLine) => line.segments.every((segment) => segment.text.length <= MAX_RUNNING);
/** A footnote at the foot of a page ("[^3]: …") is the document's, however alike the notes of its pages are. */
const isNote = (line: TextLine) => /^\[\^\w+\]:/.test(line.segments[0]?.text ?? '');
/** Two parts or more and no number: a page header's "Council | Title", or a table's header row "Question | Answer". */
const partsWithoutNumber = (line: TextLine) => line.segments.length > 1 && !/\d/.test(lineText(line));

export interface PageFurniture {
  /** Their texts, numbers written '#', for the sidecar's `furniture:`. */
  keys: Set<string>;
  /** Per page: whether a line of it is furniture, to leave out of the text. */
  isFurniture: ((line: TextLine) => boolean)[];
}

/** A line (or each part of it) is furniture the sidecar declares: its text with each number '#', as the sidecar writes it. */
function declaredIn(phrases: readonly string[]): (line: TextLine) => boolean {
  const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const declared = new Set(phrases.map(key));
  return (line) => declared.has(key(lineText(line))) || line.segments.every((segment) => declared.has(key(segment.text)));
}

/** The running headers and footers of a PDF's pages (each page's body lines, top to bottom), and the furniture a sidecar declares. */
export function pageFurniture(pages: readonly TextLine[][], height: number, declared: readonly string[] = []): PageFurniture {
  const isDeclared = declaredIn(declared);
  const usable = (line: TextLine) => short(line) && !isNote(line);
  const edges = pages.map((lines) => new Set([...edgeLines(lines), ...markings(lines)].filter(usable)));
  // With several pages, a page's first two and last two lines are weighed, apart from the body or not: a footer the body comes close to on a full page is the footer still.
  const candidates =
    pages.length > 1
      ? pages.map((lines) => [...new Set([...lines.slice(0, 2), ...lines.slice(-2)])].filter(usable))
      : edges.map((set) => [...set]);
  const found =
    pages.length > 1 ? runningKeys(pages, candidates, edges, height) : singlePageKeys(pages[0] ?? [], candidates[0] ?? [], height);
  for (const lines of candidates) for (const line of lines) if (PROTECTIVE_MARKING.test(lineText(line))) found.add(runningKey(line));
  // A title page's own header repeats a part of the running header ("Council" of "Council | Title"): it is furniture too.
  const parts = new Set(
    candidates.flatMap((lines) =>
      lines
        .filter((line) => line.segments.length > 1 && found.has(runningKey(line)))
        .flatMap((line) => line.segments.map((segment) => segment.text)),
    ),
  );
  const isPart = (line: TextLine) => line.segments.every((segment) => parts.has(segment.text));
  const isFurniture = candidates.map((lines) => {
    const set = new Set(lines);
    return (line: TextLine) => (set.has(line) && (found.has(runningKey(line)) || isPart(line))) || isDeclared(line);
  });
  // Each as the page prints it, numbers aside: a header whose date changes is listed once a date.
  const keys = new Set(candidates.flatMap((lines, index) => lines.filter((line) => isFurniture[index]?.(line)).map(furnitureKey)));
  return { keys, isFurniture };
}

/**
 * Lines at the page edges that come back, numbers and dates aside, at the same height on at least half of
 * the pages (and on two at least), set apart from the body on one of them at least. A line of parts without a number may be a borderless table's
 * header row repeated on each page: it is furniture when it is set in the page's margin, or when
 * no column of the body starts under its later parts (a header's title is set against the right
 * margin, a table's heading over its column).
 */
function runningKeys(
  pages: readonly TextLine[][],
  candidates: readonly TextLine[][],
  edges: readonly ReadonlySet<TextLine>[],
  height: number,
): Set<string> {
  const counts = new Map<string, { pages: number; margin: boolean; apart: boolean; line: TextLine }>();
  candidates.forEach((lines, index) => {
    for (const line of new Map(lines.map((line) => [`${Math.round(line.y / 3)}|${runningKey(line)}`, line]))) {
      const [key, found] = line;
      const count = counts.get(key);
      counts.set(key, {
        pages: (count?.pages ?? 0) + 1,
        margin: (count?.margin ?? false) || inMargin(found, height),
        apart: (count?.apart ?? false) || (edges[index]?.has(found) ?? false),
        line: found,
      });
    }
  });
  // Where the later parts of the other lines start: a table's columns. Lines of the same text (the candidate on other pages) are not evidence.
  const starts = pages.flat().map((line) => ({ key: runningKey(line), xs: line.segments.slice(1).map((segment) => segment.x) }));
  const underColumn = (line: TextLine) => {
    const key = runningKey(line);
    const columns = starts.filter((other) => other.key !== key).flatMap((other) => other.xs);
    return line.segments.slice(1).some((segment) => columns.some((x) => Math.abs(x - segment.x) <= COLUMN_TOLERANCE));
  };
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const found = new Set<string>();
  for (const [key, { pages: count, margin, apart, line }] of counts) {
    const text = key.slice(key.indexOf('|') + 1);
    // Set apart from the body on one page at least, or in the margin.
    if (count < needed || !/\S/.test(text) || !(apart || margin)) continue;
    if (!partsWithoutNumber(line) || margin || !underColumn(line)) found.add(text);
  }
  return found;
}

/**
 * A one-page document's header and footer: nothing repeats, so where a line sits and its shape
 * are the evidence. An edge line in the page's margin; a page number at the foot; or a first line
 * no larger than the text, in parts from the left margin to the right (a council's name, a tab,
 * the title).
 */
function singlePageKeys(lines: readonly TextLine[], candidates: readonly TextLine[], height: number): Set<string> {
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const left = Math.min(...lines.map((line) => line.segments[0]?.x ?? Infinity));
  // The text's right margin, as the body's longest line shows it: a right tab sets a header's last part there.
  const right = (header: TextLine) =>
    Math.max(...lines.filter((line) => line !== header).map((line) => line.segments.at(-1)?.end ?? -Infinity));
  const edges = new Set(edgeLines(lines));
  // The first line below any protective marking.
  const first = lines.find((line) => !PROTECTIVE_MARKING.test(lineText(line)));
  const headerShaped = (line: TextLine) =>
    line === first &&
    line.size <= body &&
    line.segments.length > 1 &&
    Math.abs((line.segments[0]?.x ?? 0) - left) <= RIGHT_TAB_TOLERANCE &&
    Math.abs((line.segments.at(-1)?.end ?? 0) - right(line)) <= RIGHT_TAB_TOLERANCE;
  const footerShaped = (line: TextLine) => line === lines.at(-1) && PAGE_NUMBER.test(furnitureKey(line));
  return new Set(
    candidates.filter((line) => edges.has(line) && (inMargin(line, height) || headerShaped(line) || footerShaped(line))).map(runningKey),
  );
}
