import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../lib/content';
import { findWithheldNames } from '../../lib/content/withheld-names';
import { importable, importDocument } from '../../lib/import/import-document';

const { content } = loadContent('content');
const source = (id: string) => {
  const document = content.sources.find((s) => s.id === id);
  const found = document && importable(document);
  if (!found) throw new Error(`no importable source ${id}`);
  return found;
};
const imported = (id: string) => importDocument(source(id), 'content');
const entryText = (id: string) => imported(id).parsed.entries.map((e) => `${e.question}\n${e.response}`).join('\n');

describe('importing the five council documents', () => {
  it.each([
    ['enfield-2019-02-our-voice-conference-follow-up', 8],
    ['worcestershire-2018-05-scrutiny-send-strategy', 9],
    ['barnet-2019-send-conference', 18],
    ['kent-2024-03-countywide-senco-forum', 45],
    ['warwickshire-2021-06-parent-carer-webinar', 29],
  ])('%s gives one entry per question (%i)', (id, count) => {
    expect(imported(id).parsed.entries).toHaveLength(count);
  });

  it('reproduces every committed entry file byte for byte', () => {
    for (const document of content.sources) {
      for (const file of imported(document.id).files) {
        expect(readFileSync(file.path, 'utf8'), file.path).toBe(file.text);
      }
    }
  });

  it('pairs each parent issue in the Enfield table with the response beside it', () => {
    const [first, , , fourth] = imported('enfield-2019-02-our-voice-conference-follow-up').parsed.entries;
    expect(first?.question).toBe('Issues with EHCPs where school is not fully supportive – it seems impossible to progress properly in those circumstances.');
    expect(first?.response).toMatch(/^Discussions with the school should be encouraged/);
    expect(fourth?.response.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
  });

  it('repairs PDF hyphens, spacing and words broken across lines', () => {
    const text = entryText('enfield-2019-02-our-voice-conference-follow-up');
    expect(text).toContain('‘having a melt-down’');
    expect(text).toContain('cross-Borough');
    expect(text).toContain('“off-rolling of pupils');
    expect(text).not.toMatch(/\u00a0|\u2010| {2}/);
  });

  it('keeps a question asked twice in the Kent forum as two entries with their own answers', () => {
    const tribunal = imported('kent-2024-03-countywide-senco-forum').parsed.entries.filter((e) => e.question.startsWith('Tribunal dates are given over a year away'));
    expect(tribunal).toHaveLength(2);
    expect(tribunal[0]?.response).not.toBe(tribunal[1]?.response);
  });

  it('lets two Kent questions that share one answer share an entry', () => {
    const shared = imported('kent-2024-03-countywide-senco-forum').parsed.entries.find((e) => e.question.includes('The School letter does not include'));
    expect(shared?.question).toMatch(/^Schools are sent a decision letter/);
    expect(shared?.response).toBe('I will look into this and feedback in due course.');
  });

  it('removes the declared Kent page furniture, whole-answer bold and the stray sub-bullet "o"', () => {
    const text = entryText('kent-2024-03-countywide-senco-forum');
    expect(text).not.toContain('THE EDUCATION');
    expect(text).not.toMatch(/^\*\*|^- o /m);
    expect(text).toContain('georgette.williams@kent.gov.uk');
  });

  it('keeps the text of placeholder links but not their dead address', () => {
    const text = entryText('barnet-2019-send-conference') + entryText('kent-2024-03-countywide-senco-forum');
    expect(text).not.toContain('](#)');
    expect(text).toContain('via the Local Offer here.');
  });

  it('records the heading each Kent and Warwickshire answer sat under', () => {
    const kent = imported('kent-2024-03-countywide-senco-forum').parsed.entries;
    expect(kent[17]?.section).toMatch(/^Tribunals- What does the process involve/);
    const warwickshire = imported('warwickshire-2021-06-parent-carer-webinar').parsed.entries;
    expect(warwickshire[7]?.section).toBe('Funding:');
    expect(warwickshire.filter((e) => e.section === 'Other comments')).toHaveLength(3);
  });

  it('reads Warwickshire comment rows as comment and response', () => {
    const comment = imported('warwickshire-2021-06-parent-carer-webinar').parsed.entries.find((e) => e.question.startsWith('SENDIAS are currently overwhelmed'));
    expect(comment?.kind).toBe('comment');
    expect(comment?.response).toMatch(/^WCC along with Education Health and Social Care have jointly commissioned/);
  });

  it('splits each point in the Worcestershire minutes into the concern raised and the reply', () => {
    const points = imported('worcestershire-2018-05-scrutiny-send-strategy').parsed.entries;
    expect(points[0]?.kind).toBe('finding');
    expect(points[0]?.response.split('\n')).toHaveLength(12);
    expect(points[2]?.response).toBe('This had now been rectified and a Clinical Officer had recently been appointed');
  });

  it('redacts the names of members of the public who asked, and no officer', () => {
    const barnet = imported('barnet-2019-send-conference');
    const text = entryText('barnet-2019-send-conference');
    // The names are known here only by their fingerprints, like everywhere in the repository.
    expect(findWithheldNames(text, new Set(content.sources.find((source) => source.id === 'barnet-2019-send-conference')?.redacted))).toEqual([]);
    expect(barnet.parsed.entries[0]?.question).toMatch(/^\[name withheld\] said: communication via newsletter/);
    expect(imported('kent-2024-03-countywide-senco-forum').parsed.entries[17]?.section).toContain('Georgette Williams');
  });

  it('marks answers that only promise a later answer as deferred', () => {
    const deferred = imported('kent-2024-03-countywide-senco-forum').frontmatter.filter((f) => f.status === 'deferred');
    expect(deferred.map((f) => f.order)).toEqual([4, 5, 21]);
  });
});
