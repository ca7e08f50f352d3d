import { ImportError, IncompleteImportError } from '../../lib/import/errors';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { html, find } from 'property-information';
import { defaultSchema } from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../lib/content/schema';
import { importDocument } from '../../lib/import/import-document';
import { normaliseText } from '../../lib/import/reading/normalise';

import { renderMarkdown } from '../../lib/markdown/render';

/**
 * Properties that must hold for any input, not only the documents we have seen: fast-check
 * generates hundreds of texts from the characters real documents and hostile pull requests bring.
 */
const RUNS = { numRuns: 300, seed: 20261129 };

/** Text made of the pieces that matter: words, labels, list markers, odd spaces and invisible characters. */
const documentText = fc
  .array(
    fc.constantFrom(
      'Question',
      'Answer',
      'Q:',
      'A:',
      'Q1.',
      'Response:',
      '1.',
      '2)',
      '(3)',
      '•',
      '-',
      'o',
      'EHCP',
      'school',
      'SALT?',
      'speech-',
      'language',
      'ﬁnance',
      'off-\u2010rolling',
      'Mrs',
      'Smith',
      'said',
      'that',
      'Page 3 of 7',
      '\u00a0',
      '\u200b',
      '\u00ad',
      '\f',
      '\t',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '\r\n',
      ':',
      '?',
      '.',
    ),
    { maxLength: 120 },
  )
  .map((pieces) => pieces.join(' '));

const INVISIBLE = /[\ufeff\u200b\u200c\u2060\u00ad\f]/g;
const words = (text: string) =>
  text
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

describe('layout repair', () => {
  it('never changes, adds or drops a word, and keeps every line where it was', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const repaired = normaliseText(text);
        expect(words(repaired)).toEqual(words(text));
        expect(repaired.split('\n')).toHaveLength(text.replace(/\r\n?/g, '\n').split('\n').length);
      }),
      RUNS,
    );
  });
});

describe('the importer', () => {
  it('reads any text with any layout, or says why not: never an unhandled error, never a lost or invented word', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom(...LAYOUTS), (text, layout) => {
        try {
          // importDocument measures coverage itself and throws IncompleteImportError rather than lose a word.
          importDocument(
            {
              id: 'generated',
              title: 'Generated',
              council: 'x',
              date: '2024',
              event: 'x',
              eventType: 'x',
              audience: 'x',
              added: '2026-11-29',
              layout,
              text,
            },
            '/nonexistent',
          );
        } catch (error) {
          if (!(error instanceof ImportError || error instanceof IncompleteImportError)) throw error;
        }
      }),
      { ...RUNS, numRuns: 400 },
    );
  });
});

/**
 * The tags and attributes the renderer may emit: GitHub's sanitising schema, without media; and
 * <wbr>, which the renderer itself puts (without attributes) inside long web addresses.
 */
const ALLOWED_TAGS = new Set([
  ...(defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'video', 'audio', 'iframe'].includes(tag)),
  'wbr',
]);
// The schema names properties as hast does (className); HTML names them as attributes (class).
const allowedAttributes = (tag: string) =>
  new Set(
    [...(defaultSchema.attributes?.['*'] ?? []), ...(defaultSchema.attributes?.[tag] ?? [])].map(
      (attribute) => find(html, String(Array.isArray(attribute) ? attribute[0] : attribute)).attribute,
    ),
  );

const hostileMarkdown = fc
  .array(
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html,hi)',
      '[x](vbscript:msgbox)',
      '[x][r]',
      '[r]: javascript:alert(1)',
      '<https://example.org>',
      '<javascript:alert(1)>',
      '![i](https://example.org/i.png)',
      '<div onclick="x">',
      '</div>',
      '<iframe src=//evil>',
      '<style>body{}</style>',
      '<svg onload=alert(1)>',
      '&lt;script&gt;',
      '&#106;avascript:',
      '**bold**',
      '_em_',
      '`code`',
      '> quote',
      '- item',
      '1. item',
      '| a | b |\n|---|---|\n| c | d |',
      'text[^1]',
      '[^1]: note',
      '\n',
      '\n\n',
      ' ',
      'word',
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('the renderer', () => {
  it('never emits a tag or attribute outside its allow-list, nor a script address', () => {
    fc.assert(
      fc.property(hostileMarkdown, (markdown) => {
        const { document } = parseHTML(`<!doctype html><html><body>${renderMarkdown(markdown)}</body></html>`);
        for (const element of document.body.querySelectorAll('*')) {
          const tag = element.tagName.toLowerCase();
          expect(ALLOWED_TAGS, tag).toContain(tag);
          for (const { name, value } of element.attributes) {
            expect(name.startsWith('on'), `${tag} ${name}`).toBe(false);
            expect(allowedAttributes(tag).has(name), `${tag} ${name}`).toBe(true);
            if (name === 'href') expect(value.replace(/[\u0000-\u0020]/g, ''), value).not.toMatch(/^(?:javascript|data|vbscript):/i);
          }
        }
      }),
      { ...RUNS, examples: [['text[^1]\n\n[^1]: [x](javascript:alert(1))\n\n| a |\n|---|\n| <b onclick=x>b</b> |']] },
    );
  });
});
