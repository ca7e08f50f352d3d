import { describe, expect, it } from 'vitest';
import { contentsList } from '../../lib/import/reading/contents';

describe("a page's contents list", () => {
  it('is the run of questions and headings that the page sets again, in order, with their answers', () => {
    const text = [
      'Help with transport',
      'Who can apply?',
      'How do I appeal?',
      '',
      'Who can apply?',
      'Any child of school age.',
      'How do I appeal?',
      'Write to us.',
    ];
    expect(contentsList(text.join('\n'))).toEqual({ start: 1, end: 3 });
  });

  it('holds the topic headings the page sets again, and blank lines between its items, but not the title above it', () => {
    const text = [
      'Calderwood SENDIASS',
      'Transport',
      'Who can apply?',
      '',
      'How do I appeal?',
      '',
      'Transport',
      'Who can apply?',
      'Any child.',
      'How do I appeal?',
      'Write to us.',
    ];
    expect(contentsList(text.join('\n'))).toEqual({ start: 1, end: 5 });
  });

  it('is not a question the page asks again, nor questions that each have their answer under them', () => {
    expect(contentsList('Can I appeal?\nYes, within two months.\n\nCan I appeal?\nYes, again.')).toBeUndefined();
    expect(contentsList('Who can apply?\nAny child.\nHow do I appeal?\nWrite to us.')).toBeUndefined();
    // Listed once but answered in another order: a list the page does not follow is not its contents.
    expect(contentsList('Who can apply?\nHow do I appeal?\n\nHow do I appeal?\nWrite to us.\nWho can apply?\nAny child.')).toBeUndefined();
  });
});
