import { describe, expect, it } from 'vitest';
import { addressPieces, looksLikeAddress } from '../../lib/common/address-breaks';
import { renderMarkdown } from '../../lib/markdown/render';

const ADDRESS = 'https://assets.publishing.service.gov.uk/government/uploads/attachment_data/file/690495/La_Guidance_March_2018.pdf';

describe('long web addresses', () => {
  it('come apart only after / - _ and before a dot, never inside a word, and join back whole', () => {
    const pieces = addressPieces(ADDRESS);
    expect(pieces.join('')).toBe(ADDRESS);
    expect(pieces).toContain('government/');
    expect(pieces).toContain('attachment_');
    expect(pieces).toContain('.publishing');
    expect(pieces[0]).toBe('https://');
  });

  it('are told from other text', () => {
    expect(looksLikeAddress(ADDRESS)).toBe(true);
    expect(looksLikeAddress('www.ipsea.org.uk')).toBe(true);
    expect(looksLikeAddress('the council')).toBe(false);
  });

  it('in an answer, may wrap at <wbr> between their parts; the link and its text are unchanged', () => {
    const html = renderMarkdown(`See ${ADDRESS} or [the guidance](${ADDRESS}).`);
    expect(html).toContain(`href="${ADDRESS}"`);
    expect(html).toContain('https://<wbr>assets<wbr>.publishing');
    expect(html).toContain('>the guidance</a>');
    expect(html.replace(/<wbr>/g, '')).toContain(`>${ADDRESS}</a>`);
  });
});
