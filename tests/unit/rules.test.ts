import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { statusFor } from '../../lib/import/status-rules';
import { FALLBACK_THEME, THEME_RULES, themeFor } from '../../lib/import/theme-rules';

describe('theme rules', () => {
  it.each([
    {
      name: 'tribunal wait',
      input: { question: 'Tribunal dates are given over a year away, is this going to improve?', response: '' },
      expected: 'tribunals-appeals-and-mediation',
    },
    {
      name: 'child sent home',
      input: { question: 'My son keeps getting sent home at lunchtime', response: '' },
      expected: 'exclusions-and-behaviour',
    },
    { name: 'SALT access', input: { question: 'How do we get SALT for our child?', response: '' }, expected: 'therapies' },
    {
      name: 'refusal to assess',
      input: { question: 'What can we do if there is a refusal to assess?', response: '' },
      expected: 'ehc-needs-assessments-and-plans',
    },
    {
      name: 'one school choice beats EHCP',
      input: { question: "Why do parents of EHCP children only get one school 'choice'?", response: '' },
      expected: 'school-places-and-transition',
    },
    {
      name: 'the question outweighs a long answer',
      input: { question: 'Where are the work experience opportunities?', response: 'funding budget cost money' },
      expected: 'preparing-for-adulthood',
    },
    {
      name: 'one stray word in an answer is not enough',
      input: { question: 'Can you rerun this session?', response: 'No money is needed.' },
      expected: FALLBACK_THEME,
    },
  ])('$name → $expected', ({ input, expected }) => {
    expect(themeFor(input)).toBe(expected);
  });

  // The fixture collection's themes.yml is the site's vocabulary; an import into content/ naming a theme it lacks fails npm run check (unknown-theme).
  it('names only themes that the vocabulary defines, and gives each a rule', () => {
    const themes = loadContent('tests/fixtures/collection').content.themes.map((t) => t.id);
    expect(THEME_RULES.map((rule) => rule.theme).filter((theme) => !themes.includes(theme))).toEqual([]);
    expect(themes).toContain(FALLBACK_THEME);
    expect(themes.filter((theme) => !THEME_RULES.some((rule) => rule.theme === theme))).toEqual([]);
  });
});

describe('status rules', () => {
  it.each([
    { input: 'This will be addressed in a future forum.', expected: 'deferred' },
    { input: 'We will address this question in a follow up forum. There are many reasons for this.', expected: 'deferred' },
    { input: 'I will look into this and feedback in due course.', expected: 'deferred' },
    { input: 'These will be made available as soon as possible.', expected: 'answered' },
    { input: '', expected: 'no-response' },
  ])("'$input' → $expected", ({ input, expected }) => {
    expect(statusFor(input)).toBe(expected);
  });
});
