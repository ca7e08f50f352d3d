/**
 * npm run fixtures:office: writes each document of bench/lib/office-documents.ts as a Word file,
 * has LibreOffice (Debian's libreoffice-writer-nogui) export it to PDF, tagged or not as the
 * document says, and writes the entries a person reads in it beside them. The files are committed,
 * so tests and CI read them without LibreOffice; run this again only when a document changes.
 * `npm run fixtures:office -- <name> …` writes only the documents named, leaving the others' files
 * (whose PDFs carry the time they were made) as they are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { makeOfficeDocx } from './lib/office-docx';
import { OFFICE_DOCUMENTS } from './lib/office-documents';
import { OFFICE_FIXTURES, renderExpected } from './lib/office-fixtures';

/** LibreOffice's PDF export filter, with its Tagged PDF option set as JSON (LibreOffice 7.4 and later). */
const exportFilter = (tagged: boolean) =>
  `pdf:writer_pdf_Export:${JSON.stringify({ UseTaggedPDF: { type: 'boolean', value: String(tagged) } })}`;

mkdirSync(OFFICE_FIXTURES, { recursive: true });
// A profile of its own, so that an office suite the user has open is neither used nor changed.
const profile = mkdtempSync(join(tmpdir(), 'send-office-profile-'));
const out = mkdtempSync(join(tmpdir(), 'send-office-pdf-'));
try {
  const named = process.argv.slice(2);
  const unknown = named.filter((name) => !OFFICE_DOCUMENTS.some((document) => document.name === name));
  if (unknown.length > 0) throw new Error(`no office document is called ${unknown.join(', ')}`);
  for (const document of OFFICE_DOCUMENTS.filter(({ name }) => named.length === 0 || named.includes(name))) {
    const docx = join(OFFICE_FIXTURES, `${document.name}.docx`);
    writeFileSync(docx, await makeOfficeDocx(document.spec));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', exportFilter(document.tagged), '--outdir', out, docx],
      { stdio: 'pipe' },
    );
    const pdf = readFileSync(join(out, `${document.name}.pdf`));
    if (pdf.includes('/StructTreeRoot') !== document.tagged)
      throw new Error(
        `${document.name}.pdf: LibreOffice ${document.tagged ? 'did not tag it' : 'tagged it'}; check the export filter options`,
      );
    writeFileSync(join(OFFICE_FIXTURES, `${document.name}.pdf`), pdf);
    writeFileSync(join(OFFICE_FIXTURES, `${document.name}.expected.md`), renderExpected(document.entries));
    writeFileSync(
      join(OFFICE_FIXTURES, `${document.name}.case.yml`),
      stringify({
        description: document.description,
        ...document.sidecar,
        absent: document.furniture,
        ...(document.readsWrong ? { reads_wrong: document.readsWrong } : {}),
      }),
    );
    console.log(`${document.name}: ${(pdf.length / 1024).toFixed(0)} KB PDF${document.tagged ? ', tagged' : ''}`);
  }
} finally {
  rmSync(profile, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
