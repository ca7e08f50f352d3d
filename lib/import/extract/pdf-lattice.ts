import type { Ruling } from './pdf-rulings';

/**
 * Tables found from their ruling lines (the "lattice" method): the lines that touch one another
 * make a grid; a border missing inside it merges the places on either side into one cell, so a
 * merged cell spans its columns or rows and never shifts its neighbours. Geometry on plain data.
 */
export interface LatticeCell {
  left: number;
  right: number;
  bottom: number;
  top: number;
  /** Grid place of the cell's top-left corner, and how many places it covers. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface Lattice {
  left: number;
  right: number;
  bottom: number;
  top: number;
  /** Column boundaries, left to right: a table continued on the next page draws the same ones. */
  xs: number[];
  /** Cells in reading order: by row, then left to right. */
  cells: LatticeCell[];
}

/** Rulings closer than this are one line; a line ending this near another meets it. */
const SNAP = 2;
/** A border covers this share of a cell's side to close it. */
const COVERED = 0.8;

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  parent[i] = root;
  return root;
}
const union = (parent: number[], a: number, b: number) => {
  parent[find(parent, a)] = find(parent, b);
};

/** Positions within SNAP of each other, as one position each (their mean). */
function cluster(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const value of sorted) {
    const group = groups.at(-1);
    if (group && value - (group.at(-1) ?? value) <= SNAP) group.push(value);
    else groups.push([value]);
  }
  return groups.map((group) => group.reduce((a, b) => a + b, 0) / group.length);
}

const meets = (h: Ruling, v: Ruling) => v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;

/** How much of [from, to] the rulings at `at` (on `axis`) cover. */
function coverage(rulings: readonly Ruling[], axis: Ruling['axis'], at: number, from: number, to: number): number {
  let covered = 0;
  for (const ruling of rulings) {
    if (ruling.axis !== axis || Math.abs(ruling.at - at) > SNAP) continue;
    covered += Math.max(0, Math.min(to, ruling.to) - Math.max(from, ruling.from));
  }
  return to > from ? covered / (to - from) : 0;
}

/** The grid of one group of touching rulings, its places merged where a border is missing. */
function latticeOf(rulings: readonly Ruling[]): Lattice | undefined {
  const xs = cluster(rulings.filter((r) => r.axis === 'v').map((r) => r.at));
  const ys = cluster(rulings.filter((r) => r.axis === 'h').map((r) => r.at)).reverse();
  if (xs.length < 2 || ys.length < 2) return undefined;
  const rows = ys.length - 1;
  const columns = xs.length - 1;
  const parent = Array.from({ length: rows * columns }, (_, i) => i);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const [top = 0, bottom = 0, left = 0, right = 0] = [ys[r], ys[r + 1], xs[c], xs[c + 1]];
      if (c + 1 < columns && coverage(rulings, 'v', right, bottom, top) < COVERED) union(parent, r * columns + c, r * columns + c + 1);
      if (r + 1 < rows && coverage(rulings, 'h', bottom, left, right) < COVERED) union(parent, r * columns + c, (r + 1) * columns + c);
    }
  }
  const groups = new Map<number, { r: number; c: number }[]>();
  for (let i = 0; i < rows * columns; i++) {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), { r: Math.floor(i / columns), c: i % columns }]);
  }
  const cells = [...groups.values()].map((places): LatticeCell => {
    const [row, lastRow, column, lastColumn] = [
      Math.min(...places.map((p) => p.r)),
      Math.max(...places.map((p) => p.r)),
      Math.min(...places.map((p) => p.c)),
      Math.max(...places.map((p) => p.c)),
    ];
    return {
      row,
      column,
      rows: lastRow - row + 1,
      columns: lastColumn - column + 1,
      top: ys[row] ?? 0,
      bottom: ys[lastRow + 1] ?? 0,
      left: xs[column] ?? 0,
      right: xs[lastColumn + 1] ?? 0,
    };
  });
  cells.sort((a, b) => a.row - b.row || a.column - b.column);
  return { left: xs[0] ?? 0, right: xs.at(-1) ?? 0, top: ys[0] ?? 0, bottom: ys.at(-1) ?? 0, xs, cells };
}

/** The tables a page's rulings draw, top to bottom. Lines that meet no other line are not tables. */
export function latticesOf(rulings: readonly Ruling[]): Lattice[] {
  const parent = rulings.map((_, i) => i);
  rulings.forEach((a, i) => {
    rulings.forEach((b, j) => {
      if (j <= i) return;
      const touch =
        a.axis !== b.axis
          ? meets(a.axis === 'h' ? a : b, a.axis === 'h' ? b : a)
          : Math.abs(a.at - b.at) <= SNAP && a.from <= b.to + SNAP && b.from <= a.to + SNAP;
      if (touch) union(parent, i, j);
    });
  });
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((ruling, i) => groups.set(find(parent, i), [...(groups.get(find(parent, i)) ?? []), ruling]));
  return [...groups.values()]
    .map(latticeOf)
    .filter((lattice): lattice is Lattice => lattice !== undefined)
    .sort((a, b) => b.top - a.top);
}

/** The cell a point falls in, if any. */
export function cellAt(lattice: Lattice, x: number, y: number): LatticeCell | undefined {
  return lattice.cells.find((cell) => x >= cell.left && x <= cell.right && y >= cell.bottom && y <= cell.top);
}
