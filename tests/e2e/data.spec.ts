import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from '@playwright/test';
import { ROUTES } from '../../lib/common/routes';
import { content } from '../helpers/real-content';

// The open data files, as served, against the loader that makes the pages.

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

test('answers.json holds every answer with its document\u2019s facts, and validates against its JSON Schema', async ({ request }) => {
  const schema = await (await request.get(ROUTES.dataSchema)).json();
  const response = await request.get(ROUTES.dataJson);
  expect(response.headers()['content-type']).toContain('application/json');
  const data = await response.json();
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  expect(validate(data) ? [] : validate.errors).toEqual([]);
  expect(data.count).toBe(content.entries.length);
  expect(data.answers.map((answer: { id: string }) => answer.id)).toEqual(content.entries.map((entry) => entry.id));
  const salt = data.answers.find((answer: { id: string }) => answer.id === 'kent-2024-03-countywide-senco-forum-24');
  expect(salt).toMatchObject({
    council: 'kent',
    councilName: 'Kent County Council',
    date: '2024-03',
    document: 'kent-2024-03-countywide-senco-forum',
  });
  expect(salt.url).toMatch(/\/answers\/kent-2024-03-countywide-senco-forum-24\/$/);
  // Names of members of the public are withheld in the data as on the pages.
  expect(JSON.stringify(data)).not.toMatch(new RegExp(content.sources.flatMap((source) => source.redact ?? []).join('|') || '(?!)'));
});

test('answers.csv has the same records, one row each, readable by a spreadsheet', async ({ request }) => {
  const json = await (await request.get(ROUTES.dataJson)).json();
  const response = await request.get(ROUTES.dataCsv);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(rows).toHaveLength(json.count);
  for (const [index, row] of rows.entries()) {
    const record = json.answers[index];
    expect(row).toHaveLength(header!.length);
    header!.forEach((name, column) => {
      const value = record[name] === null ? '' : String(record[name]);
      // Formula-like cells are the one documented change: a leading apostrophe.
      expect(row[column], `${record.id} ${name}`).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    });
  }
  expect(rows.some((row) => row.some((cell) => cell.includes('\n') && cell.includes(',')))).toBe(true);
});

test('the Data page explains every field and links the files', async ({ page }) => {
  await page.goto(ROUTES.data);
  const schema = await (await page.request.get(ROUTES.dataSchema)).json();
  const fields = Object.keys(schema.properties.answers.items.properties);
  await expect(page.locator('table.data-fields tbody th')).toHaveText(fields);
  for (const file of [ROUTES.dataJson, ROUTES.dataCsv, ROUTES.dataSchema])
    await expect(page.locator(`main a[href="${file}"]`)).toBeVisible();
  await page.goto(ROUTES.home);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
  await expect(page).toHaveURL(new RegExp(`${ROUTES.data}$`));
});
