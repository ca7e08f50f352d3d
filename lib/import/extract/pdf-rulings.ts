/**
 * The ruling lines of a PDF page: the straight horizontal and vertical strokes (and thin filled
 * bars) that office suites draw as table borders, taken from pdf.js's operator list. Tables are
 * then found from these lines, as Tabula's and Camelot's "lattice" method does, rather than
 * guessed from white space.
 */

/** A horizontal (`y` fixed) or vertical (`x` fixed) ruling, in page coordinates, y up. */
export interface Ruling {
  axis: 'h' | 'v';
  /** The fixed coordinate. */
  at: number;
  from: number;
  to: number;
}

/** The pdf.js operator codes this reading needs (pdfjs.OPS), passed in so that it runs on plain data. */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** pdf.js's path drawing codes inside constructPath (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUADRATIC = 3;
const CLOSE = 4;
/** A filled box thinner than this is a drawn line. */
const THIN = 2;
/** Shorter strokes are underlines, bullets or glyph parts, not borders. */
const MIN_LENGTH = 8;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A segment from (x1, y1) to (x2, y2) as a ruling, if it is straight across or straight down. */
function rulingOf(x1: number, y1: number, x2: number, y2: number): Ruling | undefined {
  if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= MIN_LENGTH)
    return { axis: 'h', at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) };
  if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= MIN_LENGTH)
    return { axis: 'v', at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) };
  return undefined;
}

/** The straight pieces of one path, each subpath as its points. */
function subpaths(data: ArrayLike<number>, matrix: Matrix): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length;) {
    const code = data[i] ?? -1;
    if (code === MOVE || code === LINE) {
      const point = apply(matrix, data[i + 1] ?? 0, data[i + 2] ?? 0);
      if (code === MOVE && current.length > 0) {
        out.push(current);
        current = [];
      }
      current.push(point);
      i += 3;
    } else if (code === CURVE || code === QUADRATIC) {
      // A curve is no border: end the straight run here.
      if (current.length > 0) out.push(current);
      const steps = code === CURVE ? 6 : 4;
      current = [apply(matrix, data[i + steps - 1] ?? 0, data[i + steps] ?? 0)];
      i += steps + 1;
    } else if (code === CLOSE) {
      const first = current[0];
      if (first) current.push(first);
      i += 1;
    } else break;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A thin filled box as the line it draws. */
function barOf(points: readonly [number, number][]): Ruling | undefined {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (top - bottom < THIN && right - left >= MIN_LENGTH) return { axis: 'h', at: (top + bottom) / 2, from: left, to: right };
  if (right - left < THIN && top - bottom >= MIN_LENGTH) return { axis: 'v', at: (left + right) / 2, from: bottom, to: top };
  return undefined;
}

/** Every ruling a page draws, from its operator list. */
export function rulingsOf(fnArray: readonly number[], argsArray: readonly unknown[], ops: OperatorCodes): Ruling[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const stack: Matrix[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const out: Ruling[] = [];
  fnArray.forEach((fn, index) => {
    const args = argsArray[index];
    if (fn === ops.save) stack.push(matrix);
    else if (fn === ops.restore) matrix = stack.pop() ?? matrix;
    else if (fn === ops.transform && Array.isArray(args) && args.length === 6) matrix = multiply(args.map(Number) as Matrix, matrix);
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, paths] = args as [number, ArrayLike<number>[] | undefined];
      const data = paths?.[0];
      if (!data || !(strokes.has(paint) || fills.has(paint))) return;
      for (const points of subpaths(data, matrix)) {
        if (fills.has(paint)) {
          const bar = barOf(points);
          if (bar) out.push(bar);
          continue;
        }
        for (let i = 1; i < points.length; i++) {
          const [x1 = 0, y1 = 0] = points[i - 1] ?? [];
          const [x2 = 0, y2 = 0] = points[i] ?? [];
          const ruling = rulingOf(x1, y1, x2, y2);
          if (ruling) out.push(ruling);
        }
      }
    }
  });
  return out;
}
