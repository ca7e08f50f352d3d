import { describe, expect, it } from 'vitest';
import { placeDoubts } from '../../lib/import/extract/doubt-lines';

const TEXT = ['Forum questions', '', 'Question:', 'Who pays for', 'transport to college?', '', 'Answer:', 'The council pays.', ''].join(
  '\n',
);

describe('the lines of extraction doubts', () => {
  it('gives a doubt the line where the words it quotes stand, across a wrap and with the quote cut short', () => {
    expect(placeDoubts(TEXT, [{ reason: 'page 2: "Who pays for transport to coll" starts a new row after a page break' }])).toEqual([
      { line: 4, reason: 'page 2: "Who pays for transport to coll" starts a new row after a page break' },
    ]);
    expect(placeDoubts(TEXT, [{ reason: 'row 1 of a table has 1 of its 2 cells ("The council pays.")' }])[0]?.line).toBe(8);
  });

  it('gives no line to a doubt that quotes nothing, or words the text does not hold, and keeps a line already given', () => {
    expect(
      placeDoubts(TEXT, [
        { reason: 'the tags give no reading order' },
        { reason: '"Nowhere in this text" is doubtful' },
        { line: 3, reason: '"The council"' },
      ]),
    ).toEqual([
      { reason: 'the tags give no reading order' },
      { reason: '"Nowhere in this text" is doubtful' },
      { line: 3, reason: '"The council"' },
    ]);
  });
});
