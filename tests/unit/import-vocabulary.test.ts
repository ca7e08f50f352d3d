import { describe, expect, it } from 'vitest';
import { numberLabels } from '../../lib/import/reading/labels';
import {
  asksThenGivesContext,
  closesDocument,
  signsOffAfterAnswer,
  pageIntroduction,
  PROMPTS_ADVICE,
} from '../../lib/import/reading/vocabulary';

describe('the reading vocabulary', () => {
  it.each([
    ['Produced by the SEND Information Team, March 2025.', true],
    ['Produced by Ashworth SEND Partnership, January 2025.', true],
    ['Compiled by the parent carer forum.', true],
    ['The plan is produced by the council within 20 weeks.', false],
  ])("takes a document's colophon after its last answer as closing it: %s", (line, expected) => {
    expect(closesDocument(line)).toBe(expected);
  });

  it.each([
    ['Welcome to our FAQs about short breaks. Who can have a short break?', 'Welcome to our FAQs about short breaks.'],
    [
      'The SEND Information team has answered some of the questions we are asked most often. What is SEN support?',
      'The SEND Information team has answered some of the questions we are asked most often.',
    ],
    [
      'This page explains travel assistance. It is updated every term. Who can apply?',
      'This page explains travel assistance. It is updated every term.',
    ],
    ['My son is 17. Can he still use the holiday scheme?', undefined],
    ['We have already tried SEN support for two years. How long will a decision take?', undefined],
    ['What is the Local Offer?', undefined],
  ])('takes the page speaking of itself before its first question as its introduction: %s', (line, expected) => {
    expect(pageIntroduction(line)).toBe(expected);
  });

  it.each([
    ['Not sure whether your child is eligible?', true],
    ['Still have a question?', true],
    ['Looking for something to do while you wait?', true],
    ['Can I use my direct payment to pay a family member?', false],
    ['Is there help if I am not sure which school to choose?', false],
  ])('tells a page prompting its own advice from a question: %s', (line, expected) => {
    expect(PROMPTS_ADVICE.test(line)).toBe(expected);
  });

  it.each([
    ['Can parents attend the meetings? We would like to invite our parent representative.', true],
    ['Why has the place not been confirmed? We applied in January.', true],
    ['**Can the review be brought forward? We think her needs have changed.**', true],
    ['What if I am refused? You can ask for a review.', false],
    ['Can I appeal?', false],
    ['The plan was late. What can I do?', false],
  ])("tells a question's context in the asker's voice after its '?' from its answer: %s", (line, expected) => {
    expect(asksThenGivesContext(line)).toBe(expected);
  });

  it.each([
    ['You can contact the SEND Information team on 01632 960 731 or email sendinfo@westbury.gov.uk.', true],
    ['Email: localoffer@marsham.gov.uk', true],
    ['Telephone: 01632 960 415 (Monday to Friday)', true],
    ['Contact your school SENCO first, who knows your child best.', false],
    ['The team will email you within five days.', false],
  ])('knows a contact line: %s', (line, expected) => {
    expect(signsOffAfterAnswer(line)).toBe(expected);
  });
});

describe('question numbers', () => {
  it.each([
    ['1. Q: How long is the wait?', '1. Q: ', 'How long is the wait?'],
    ['2. Question: Who decides?', '2. Question: ', 'Who decides?'],
    ['3.How many pupils?', '3.', 'How many pupils?'],
    ['Q4. What is the budget?', 'Q4. ', 'What is the budget?'],
    ['5. Q4 figures were late, why?', '5. ', 'Q4 figures were late, why?'],
  ])('take the question label written after the number with it: %s', (line, consumed, rest) => {
    expect(numberLabels(line)).toMatchObject({ consumed, rest });
  });
});
