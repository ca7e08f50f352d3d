import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { ROUTES } from '@/lib/common/routes';
import { DATA_FIELDS } from '@/lib/site/data-export';
import { getSite } from '@/lib/site/site';
import { pageMetadata } from '@/lib/site/page-metadata';
import { count } from '@/lib/common/plural';

export const metadata: Metadata = pageMetadata({
  title: 'Data',
  description: 'Every answer on the site as open data: a JSON file, a CSV file for spreadsheets, and what each field means.',
  path: ROUTES.data,
});

const ORIGIN = {
  document: 'The council\u2019s document',
  editor: 'An editor of this site',
  site: 'This site',
} as const;

export default function DataPage() {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: ROUTES.home }]} current="Data" />
      <h1>Every answer as data</h1>
      <p>
        For research, journalism or your own tools: all {count(getSite().content.entries.length, 'answer')}, with the facts of the document
        each comes from, in two files made from the same content as the pages, every time the site is built.
      </p>
      <ul>
        <li>
          <a href={ROUTES.dataJson} type="application/json">
            answers.json
          </a>
          : one JSON object whose <code>answers</code> list holds one record per answer, described by its{' '}
          <a href={ROUTES.dataSchema} type="application/schema+json">
            JSON Schema
          </a>
          .
        </li>
        <li>
          <a href={ROUTES.dataCsv} type="text/csv">
            answers.csv
          </a>
          : the same records, one row each, for a spreadsheet. It is UTF-8 with a byte order mark, so Excel shows accents and symbols
          correctly.
        </li>
      </ul>
      <h2>Where the words come from</h2>
      <p>
        Questions and answers are the council&rsquo;s words as published, with only the layout tidied (page furniture, broken lines and
        hyphenation) and the names of members of the public replaced by &ldquo;[name withheld]&rdquo;. Themes, kinds and statuses are an
        editor&rsquo;s reading of the document. A CSV cell that would start with <code>=</code>, <code>+</code>, <code>-</code> or{' '}
        <code>@</code> starts with an apostrophe instead, so that a spreadsheet never runs it as a formula.
      </p>
      <p>
        Answers are what a council said at the time, not legal advice. If you publish from them, link to each answer&rsquo;s{' '}
        <code>url</code>: it will not change. See <Link href={ROUTES.about}>About</Link> for what the site is.
      </p>
      <h2>The fields</h2>
      <table className="data-fields">
        <caption className="visually-hidden">Fields of each answer record</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">What it means</th>
            <th scope="col">Comes from</th>
          </tr>
        </thead>
        <tbody>
          {DATA_FIELDS.map((field) => (
            <tr key={field.name}>
              <th scope="row">
                <code>{field.name}</code>
              </th>
              <td>{field.description}</td>
              <td>{ORIGIN[field.origin]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
