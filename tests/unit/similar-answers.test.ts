import { describe, expect, it } from 'vitest';
import { getEntry, type Entry } from '../../lib/content';
import { findSimilarAnswers, MAX_SIMILAR, type AnswerLike } from '../../lib/site/similar-answers';
import { alsoAsked, otherCouncilsAnswers, sourceOf } from '../../lib/site/views';

const entry = (id: string): Entry => {
  const found = getEntry(id);
  if (!found) throw new Error(`${id} is not in content/`);
  return found;
};
const THERAPY_WORDS = /therap|speech|salt\b|\bot\b|occupational|physio/i;

describe('how other councils answered (real answers)', () => {
  it('an answer about speech and language therapy lists therapy answers from other councils, not tribunal ones', () => {
    const salt = entry('barnet-2019-send-conference-8');
    expect(salt.question).toMatch(/SALT/);
    const listed = otherCouncilsAnswers(salt);
    expect(listed.length).toBeGreaterThan(0);
    for (const other of listed) {
      expect(sourceOf(other).council, other.id).not.toBe(sourceOf(salt).council);
      expect(other.theme, other.id).toBe('therapies');
      expect(`${other.question} ${other.response}`, other.id).toMatch(THERAPY_WORDS);
      expect(other.question, other.id).not.toMatch(/tribunal/i);
      expect(other.response, other.id).not.toBe('');
    }
  });

  it('a tribunal answer lists tribunal answers, and never the same question shown under "Also asked"', () => {
    const tribunal = entry('kent-2024-03-countywide-senco-forum-24');
    const listed = otherCouncilsAnswers(tribunal);
    expect(listed.length).toBeGreaterThan(0);
    for (const other of listed) expect(other.theme).toBe('tribunals-appeals-and-mediation');
    const repeats = new Set(alsoAsked(tribunal).map((each) => each.id));
    expect(listed.filter((other) => repeats.has(other.id))).toEqual([]);
  });
});

describe('findSimilarAnswers', () => {
  const answer = (id: string, council: string, theme: string, text: string, response = text): AnswerLike => ({ id, council, theme, question: text, response });

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
    const items = Array.from({ length: 40 }, (_, n) => answer(`x${n}`, `council-${n}`, 'therapies', `Speech therapy waiting list number ${n % 3}`));
    items.push(...Array.from({ length: 40 }, (_, n) => answer(`y${n}`, `council-${n}`, 'other', `Transport bus ${n}`)));
    for (const list of findSimilarAnswers(items).values()) expect(list.length).toBeLessThanOrEqual(MAX_SIMILAR);
    expect(findSimilarAnswers(items).get('x0')).toHaveLength(MAX_SIMILAR);
  });
});
