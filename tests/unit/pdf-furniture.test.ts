import { describe, expect, it } from 'vitest';
import { pageFurniture } from '../../lib/import/extract/pdf-furniture';
import type { TextLine } from '../../lib/import/extract/pdf-lines';

/** A line of parts, each [x, text], set at height y; parts end 6 points per letter after they start. */
const line = (y: number, ...parts: [number, string][]): TextLine => ({
  y,
  size: 11,
  segments: parts.map(([x, text]) => ({ x, end: x + text.length * 6, text })),
});
const body = (y: number, text = 'The council replies within twenty working days of the request.') => line(y, [58, text]);
/** A landscape page (595 high) whose header sits inside its margins, well below the top 8 %. */
const HEIGHT = 595;
const header = () => line(506, [58, 'Moorbank Borough Council'], [500, 'Board questions and responses']);

describe('page furniture of an untagged PDF', () => {
  it('finds a two-part page header without a number on every page, though it sits inside the margins', () => {
    const pages = [1, 2, 3].map((n) => [line(527, [390, 'OFFICIAL']), header(), body(480), body(466), line(60, [390, `Page ${n} of 3`])]);
    const { keys, isFurniture } = pageFurniture(pages, HEIGHT);
    expect([...keys].sort()).toEqual(['Moorbank Borough Council Board questions and responses', 'OFFICIAL', 'Page # of #']);
    expect(pages[1]?.filter((l) => isFurniture[1]?.(l)).length).toBe(3);
  });

  it("finds a two-part header missing from a title page, and takes the title page's own header, a part of it, as furniture too", () => {
    const first = [line(506, [58, 'Moorbank Borough Council']), body(480, 'Questions to the board'), body(466)];
    const later = (text: string) => [header(), body(480, text), body(466, `${text} More follows.`)];
    const pages = [first, later('The panel meets monthly.'), later('Reviews are held each year.')];
    const { keys, isFurniture } = pageFurniture(pages, HEIGHT);
    expect([...keys].sort()).toEqual(['Moorbank Borough Council', 'Moorbank Borough Council Board questions and responses']);
    expect(isFurniture[0]?.(first[0] as TextLine)).toBe(true);
  });

  it("leaves a borderless table's header row repeated at the top of the later pages, where the first page sets it lower", () => {
    const row = (y: number) => line(y, [58, 'Question'], [300, 'Answer']);
    const cells = (y: number) => line(y, [58, 'Is it free?'], [300, 'Yes, for every family.']);
    const pages = [
      [body(540, 'Questions from the forum'), row(500), cells(480)],
      [row(540), cells(500)],
      [row(540), cells(500)],
    ];
    expect([...pageFurniture(pages, HEIGHT).keys]).toEqual([]);
  });

  it('finds a running header whose page number and date change from page to page, and lists it as each page prints it', () => {
    const dates = ['Monday 3 June', 'Monday 3 June', 'Tuesday 8 July'];
    const said = ['Parents asked about transport.', 'The panel meets monthly.', 'Reviews are held each year.'];
    const pages = dates.map((date, n) => [
      line(540, [58, `Forum minutes, ${date} – page ${n + 1}`]),
      body(500, said[n]),
      body(486, said[2 - n]),
    ]);
    const { keys, isFurniture } = pageFurniture(pages, HEIGHT);
    expect([...keys]).toEqual(['Forum minutes, Monday # June – page #', 'Forum minutes, Tuesday # July – page #']);
    expect(pages.map((lines, index) => lines.filter((l) => isFurniture[index]?.(l)).length)).toEqual([1, 1, 1]);
  });

  it('takes a protective marking at the edge of a page as furniture, on a single page too, close to the text or not', () => {
    const { keys } = pageFurniture([[line(540, [390, 'OFFICIAL-SENSITIVE']), body(528), body(514), body(500)]], HEIGHT);
    expect([...keys]).toEqual(['OFFICIAL-SENSITIVE']);
  });

  it("takes a one-page document's first line as its header when it runs from margin to margin in parts, apart from the text", () => {
    // Its last part ends where the text's longest line does: set there by a right tab.
    const page = [line(506, [58, 'Kestrel Borough Council'], [268, 'Family hub open day, 3 June']), body(480), body(466)];
    expect([...pageFurniture([page], HEIGHT).keys]).toEqual(['Kestrel Borough Council Family hub open day, # June']);
    // A title alone on the first line is the document's, not furniture.
    expect([...pageFurniture([[line(506, [58, 'Family hub open day']), body(480), body(466)]], HEIGHT).keys]).toEqual([]);
  });
});
