import { describe, expect, it } from 'vitest';
import { questionHeading } from '../../lib/site/question-heading';

const long = (start: string) => `${start} ${'And then there is more to say about it, at some length. '.repeat(3).trim()}`;

describe("a long question's heading", () => {
  it('keeps a short question whole', () => {
    expect(questionHeading('Is there a waiting list for speech and language therapy?')).toEqual({
      lead: 'Is there a waiting list for speech and language therapy?',
      rest: '',
    });
  });

  it('leads with the first sentence of a long one and keeps every word', () => {
    const question = long('I was told my son had to fail at mainstream first.');
    const { lead, rest } = questionHeading(question);
    expect(lead).toBe('I was told my son had to fail at mainstream first.');
    expect(`${lead} ${rest}`).toBe(question);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(questionHeading(long('We asked about it, e.g. Speech and language, more than once.')).lead).toBe(
      'We asked about it, e.g. Speech and language, more than once.',
    );
    expect(questionHeading(long('We spoke to Dr. Patel about the plan.')).lead).toBe('We spoke to Dr. Patel about the plan.');
  });

  it('keeps a long question whole when its first sentence is itself too long to lead', () => {
    const question = `${'word '.repeat(60).trim()}. Then a second sentence that is here. ${'x '.repeat(20)}`;
    expect(questionHeading(question).rest).toBe('');
  });
});
