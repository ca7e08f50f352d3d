import { detectLayouts } from './lib/import/detect';
for (const size of [1048576]) {
  for (const [name, input] of Object.entries({ brackets: '['.repeat(size), word: 'a'.repeat(size), qa: 'Q: a\nA: b\n'.repeat(size / 10), lines: 'a\n'.repeat(size / 2), words: 'word '.repeat(size / 5) })) {
    const t = performance.now(); detectLayouts({ text: input }); console.log(size, name, (performance.now() - t).toFixed(0), 'ms');
  }
}
