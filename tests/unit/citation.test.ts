import { describe, expect, it } from 'vitest';
import { getCouncil, getEntry, getSource } from '../../lib/content';
import { citation, VIEWED_PLACEHOLDER } from '../../lib/site/citation';
import { absoluteUrl } from '../../lib/site/config';

/** The citation of real answers, as a parent would paste it. */
function citationOf(id: string): string {
  const entry = getEntry(id);
  const source = entry && getSource(entry.source);
  if (!entry || !source) throw new Error(`${id} is not in content/`);
  return citation(entry, source, getCouncil(source.council));
}

describe('cite this answer', () => {
  it('names the council, the event, the date as precisely as known, the question and the permanent address', () => {
    expect(citationOf('kent-2024-03-countywide-senco-forum-24')).toBe(
      'Kent County Council, answer to the question "Tribunal dates are given over a year away from the parent decision to appeal, is this going to improve at all?", ' +
        'Countywide SENCO Forum, sessions on 20 and 21 March 2024 (March 2024). Countywide SENCO Forum Q&A Document. ' +
        `Published on SEND Answers: ${absoluteUrl('/answers/kent-2024-03-countywide-senco-forum-24/')} (viewed ${VIEWED_PLACEHOLDER}).`,
    );
  });

  it('gives a day when the document does, and only the year when it gives only the year', () => {
    expect(citationOf('worcestershire-2018-05-scrutiny-send-strategy-2')).toContain('(16 May 2018)');
    expect(citationOf('barnet-2019-send-conference-1')).toContain('(2019)');
  });
});
