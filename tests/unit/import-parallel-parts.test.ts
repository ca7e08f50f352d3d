import { describe, expect, it } from 'vitest';
import { splitParallelParts } from '../../lib/import/reading/parallel-parts';

describe('a question in lettered parts answered part by part', () => {
  it('gives each part its reply, the stem and the words before the first reply to the first part', () => {
    expect(
      splitParallelParts('Will you say: (a) how many wait; (b) for how long?', ['The Chair replied:', '(a) Forty.', '(b) A year.']),
    ).toEqual([
      { question: 'Will you say: (a) how many wait;', replies: ['The Chair replied:', '(a) Forty.'] },
      { question: '(b) for how long?', replies: ['(b) A year.'] },
    ]);
  });

  it('finds the parts in the reply when a page break set them apart from their stem', () => {
    expect(splitParallelParts('Will you say:', ['(a) how many wait; (b) for how long? The Chair replied: (a) Forty. (b) A year.'])).toEqual(
      [
        { question: 'Will you say: (a) how many wait;', replies: ['The Chair replied:', '(a) Forty.'] },
        { question: '(b) for how long?', replies: ['(b) A year.'] },
      ],
    );
  });

  it('is no split when the replies are not lettered as the parts are', () => {
    expect(splitParallelParts('Will you say: (a) how many wait; (b) for how long?', ['Forty, for a year.'])).toBeUndefined();
    expect(splitParallelParts('Will you say: (a) how many wait; (b) for how long?', ['(b) A year.', '(a) Forty.'])).toBeUndefined();
  });
});
