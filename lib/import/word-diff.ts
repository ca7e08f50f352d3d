/**
 * Which words of one list are missing from another and which are extra, in order: Myers' O(ND)
 * difference algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986). A reading that
 * keeps its document's words costs one pass (D = 0); the old table of every pair of words cost
 * 9.6 s and 1.7 GB at 20,000 words, and detection runs it once per layout.
 */
export interface WordDiff {
  /** Indices into `expected` of words the other list does not have there. */
  lost: number[];
  /** Indices into `actual` of words `expected` does not have there. */
  invented: number[];
}

/**
 * Past this many edits a reading is far from its document and ranked last anyway; the trace the
 * exact answer needs grows with the square of the edits (MAX_EDITS² four-byte cells, 36 MB), so
 * the words are then counted instead (see countedDiff).
 */
const MAX_EDITS = 3000;

export function diffWords(expected: readonly string[], actual: readonly string[]): WordDiff {
  let start = 0;
  while (start < expected.length && start < actual.length && expected[start] === actual[start]) start += 1;
  let endE = expected.length;
  let endA = actual.length;
  while (endE > start && endA > start && expected[endE - 1] === actual[endA - 1]) {
    endE -= 1;
    endA -= 1;
  }
  // Words as numbers, so that the inner loop compares integers.
  const ids = new Map<string, number>();
  const id = (word: string) => ids.get(word) ?? (ids.set(word, ids.size), ids.size - 1);
  const a = Int32Array.from(expected.slice(start, endE), id);
  const b = Int32Array.from(actual.slice(start, endA), id);
  const found = myers(a, b);
  const shift = (diff: WordDiff): WordDiff => ({ lost: diff.lost.map((i) => i + start), invented: diff.invented.map((j) => j + start) });
  return shift(found ?? countedDiff(a, b));
}

/** The shortest edit script between a and b, or undefined past MAX_EDITS. */
function myers(a: Int32Array, b: Int32Array): WordDiff | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[k] for k in -d..d as it stood before step d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], edits: number, n: number, m: number): WordDiff {
  const lost: number[] = [];
  const invented: number[] = [];
  let x = n;
  let y = m;
  for (let d = edits; d > 0; d--) {
    const before = trace[d]!;
    const at = (k: number) => before[k + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    // The snake walked back over is words both lists share; the step before it is one edit.
    x = previousX;
    y = previousY;
    if (down) invented.push(y);
    else lost.push(x);
  }
  return { lost: lost.reverse(), invented: invented.reverse() };
}

/**
 * For readings too far from their document to align: each word counted against the other list's
 * words. A reading that only reorders words would count as complete, so the first word where the
 * lists part is then reported lost: the reading is incomplete, and says where it went wrong.
 */
function countedDiff(a: Int32Array, b: Int32Array): WordDiff {
  const unmatched = (from: Int32Array, against: Int32Array) => {
    const counts = new Map<number, number>();
    for (const word of against) counts.set(word, (counts.get(word) ?? 0) + 1);
    const left: number[] = [];
    from.forEach((word, index) => {
      const count = counts.get(word) ?? 0;
      if (count === 0) left.push(index);
      else counts.set(word, count - 1);
    });
    return left;
  };
  const lost = unmatched(a, b);
  const invented = unmatched(b, a);
  return lost.length === 0 && invented.length === 0 ? { lost: [0], invented } : { lost, invented };
}
