import type { ContentIssue } from './issues';

/**
 * What the bytes of a content file may be. Everything under content/ comes from pull requests, so
 * bytes that are not text, or characters that hide what text says, are refused with the line.
 */

/** The offset of the first byte that does not belong to valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    let codePoint = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    const shortest = [0, 0, 0x80, 0x800, 0x10000][length]!;
    if (codePoint < shortest || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
};

const STRICT = new TextDecoder('utf-8', { fatal: true });

/**
 * The file's text, with a byte order mark dropped and Windows (CRLF) or old Mac (CR) line ends made
 * plain newlines; or the issue that says where it is not UTF-8.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; issue?: undefined } | { text?: undefined; issue: ContentIssue } {
  let text: string;
  try {
    text = STRICT.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = lineAt(new TextDecoder('utf-8').decode(bytes.subarray(0, offset)), offset);
    const shown = [...bytes.subarray(offset, offset + 2)].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    return {
      issue: { file, line, field: '-', code: 'not-utf-8', message: `byte ${shown} is not UTF-8 text, so letters such as ’ é £ would be garbled: save the file as UTF-8 (in Word or Notepad: Save As, Encoding: UTF-8) and commit it again`, severity: 'error' },
    };
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** Control characters other than tab and newline: they are invisible, and they make feeds and data files invalid. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Form feeds mark page breaks in text taken from PDFs; the importer reads them there, and only there. */
const CONTROL_BUT_FORM_FEED = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
/** Bidirectional overrides and isolates make text display in a different order from how it reads ("Trojan Source"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
/** Invisible characters inside a word ("EH\u200BCP") make it unfindable by search and unreadable by screen readers. */
const INVISIBLE_IN_WORD = /(?<=\p{L})[\u00AD\u200B-\u200F\u2060\uFEFF]+(?=\p{L})/gu;
/** A few of each are enough for an editor to see the pattern; a binary file would otherwise give thousands. */
const MAX_REPORTED = 3;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Characters a content file must not contain, each reported with its line. */
export function textIssues(text: string, file: string, { pageBreaks = false } = {}): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (pattern: RegExp, code: string, explain: (match: RegExpMatchArray) => string) => {
    let count = 0;
    for (const match of text.matchAll(pattern)) {
      if (count++ === MAX_REPORTED) break;
      issues.push({ file, line: lineAt(text, match.index), field: '-', code, message: explain(match), severity: 'error' });
    }
  };
  report(pageBreaks ? CONTROL_BUT_FORM_FEED : CONTROL, 'control-character', ([char]) => `contains the control character ${codePoint(char!)}, which is invisible and not text: delete it (only tabs and line breaks are allowed)`);
  report(BIDI_CONTROL, 'bidi-control', ([char]) => `contains the invisible direction control ${codePoint(char!)}, which makes text show in a different order from how it is stored: delete it`);
  report(INVISIBLE_IN_WORD, 'invisible-in-word', (match) => {
    const end = match.index! + match[0].length;
    const word = `${/\p{L}+$/u.exec(text.slice(Math.max(0, match.index! - 40), match.index))?.[0] ?? ''}${/^\p{L}+/u.exec(text.slice(end, end + 40))?.[0] ?? ''}`;
    return `contains the invisible character ${codePoint(match[0])} inside the word '${word}', so search cannot find the word: delete it`;
  });
  return issues;
}
