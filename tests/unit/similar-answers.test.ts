import { describe, expect, it } from 'vitest';
import { loadContent, type Entry } from '../../lib/content';
import { createSiteModel } from '../../lib/site/site-model';
import { findSimilarAnswers, MAX_SIMILAR, type AnswerLike } from '../../lib/site/similar-answers';

const site = createSiteModel(loadContent('tests/fixtures/collection').content);
const entry = (id: string): Entry => {
  const found = site.entry(id);
  if (!found) throw new Error(`${id} is not in tests/fixtures/collection/`);
  return found;
};

describe('how other councils answered (a fixture collection)', () => {
  it('an answer about speech and language therapy lists the other council’s therapy answer, not its tribunal one', () => {
    expect(site.otherCouncilsAnswers(entry('northshire-2024-03-parent-forum-2')).map((other) => other.id)).toEqual([
      'southvale-2021-drop-in-1',
    ]);
  });

  it('a tribunal answer lists the other council’s tribunal answer, and never one from its own council', () => {
    const listed = site.otherCouncilsAnswers(entry('northshire-2024-03-parent-forum-1'));
    expect(listed.map((other) => other.id)).toEqual(['southvale-2022-send-webinar-1']);
    expect(listed.filter((other) => other.council === 'northshire')).toEqual([]);
  });
});
describe('findSimilarAnswers', () => {
  const answer = (id: string, council: string, theme: string, text: string, response = text): AnswerLike => ({
    id,
    council,
    theme,
    question: text,
    response,
  });

  it('keeps to the theme, leaves out the same council and answers without a response, and shows at most two per council', () => {
    const items = [
      answer('asked', 'a', 'therapies', 'Speech and language therapy waiting list'),
      answer('same-council', 'a', 'therapies', 'Speech and language therapy waiting list'),
      answer('other-theme', 'b', 'tribunals', 'Speech and language therapy waiting list'),
      answer('unanswered', 'b', 'therapies', 'Speech and language therapy waiting list', ''),
      ...['b1', 'b2', 'b3'].map((id) => answer(id, 'b', 'therapies', `Speech and language therapy waiting list ${id}`)),
      answer('c1', 'c', 'therapies', 'Speech therapy waiting times'),
      answer('unrelated', 'd', 'therapies', 'Occupational assessment sensory equipment'),
      ...Array.from({ length: 20 }, (_, n) => answer(`filler-${n}`, 'e', 'other', `Transport bus route ${n}`)),
    ];
    const listed = findSimilarAnswers(items).get('asked') ?? [];
    expect(listed.filter((id) => id.startsWith('b'))).toHaveLength(2);
    expect(listed).toContain('c1');
    expect(listed).not.toContain('same-council');
    expect(listed).not.toContain('other-theme');
    expect(listed).not.toContain('unanswered');
    expect(listed).not.toContain('unrelated');
    expect(findSimilarAnswers(items, new Map([['asked', ['c1']]])).get('asked')).not.toContain('c1');
  });

  it('lists at most five, however many answers are alike', () => {
    const items = Array.from({ length: 40 }, (_, n) =>
      answer(`x${n}`, `council-${n}`, 'therapies', `Speech therapy waiting list number ${n % 3}`),
    );
    items.push(...Array.from({ length: 40 }, (_, n) => answer(`y${n}`, `council-${n}`, 'other', `Transport bus ${n}`)));
    for (const list of findSimilarAnswers(items).values()) expect(list.length).toBeLessThanOrEqual(MAX_SIMILAR);
    expect(findSimilarAnswers(items).get('x0')).toHaveLength(MAX_SIMILAR);
  });
});
