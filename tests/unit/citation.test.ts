import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { citation, VIEWED_PLACEHOLDER } from '../../lib/site/citation';
import { absoluteUrl } from '../../lib/site/config';
import { createSiteModel } from '../../lib/site/site-model';

const site = createSiteModel(loadContent('tests/fixtures/collection').content);

/** The citation of a fixture answer, as a parent would paste it. */
function citationOf(id: string): string {
  const entry = site.entry(id);
  if (!entry) throw new Error(`${id} is not in tests/fixtures/collection/`);
  const source = site.sourceOf(entry);
  return citation(entry, source, site.council(source.council));
}

describe('cite this answer', () => {
  it('names the council, the event, the date as precisely as known, the question and the permanent address', () => {
    expect(citationOf('northshire-2024-03-parent-forum-1')).toBe(
      'Northshire County Council, answer to the question "How long do families wait for a tribunal hearing?", Northshire parent forum, March 2024 (March 2024). ' +
        `Parent forum questions and answers. Published on SEND Answers: ${absoluteUrl('/answers/northshire-2024-03-parent-forum-1/')} (viewed ${VIEWED_PLACEHOLDER}).`,
    );
  });

  it('gives only the year when the document gives only the year, and says when it gives none', () => {
    expect(citationOf('southvale-2022-send-webinar-2')).toContain('Southvale SEND webinar (2022).');
    expect(citationOf('southvale-2021-drop-in-1')).toContain('Southvale drop-in session (date not stated).');
  });
});
