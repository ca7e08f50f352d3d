import { escapeXml } from '../../lib/common/escape-xml';
import { describe, expect, it } from 'vitest';
import { sitemapFiles } from '../../lib/site/sitemaps';

describe('sitemaps', () => {
  it('splits the addresses into files within the limit, listed by an index', () => {
    const files = sitemapFiles(['/', '/a/', '/b/', '/c/', '/d/'], 2);
    expect(files.map((file) => file.path)).toEqual(['/sitemap.xml', '/sitemaps/1.xml', '/sitemaps/2.xml', '/sitemaps/3.xml']);
    expect(files[0]?.xml.match(/<sitemap>/g)).toHaveLength(3);
    expect(files.slice(1).map((file) => file.xml.match(/<url>/g)?.length)).toEqual([2, 2, 1]);
  });

  it('escapes what XML needs escaped', () => {
    expect(sitemapFiles(['/search/?q=a&b'])[1]?.xml).toContain('/search/?q=a&amp;b</loc>');
  });
});

describe('escapeXml', () => {
  it('drops the characters XML cannot hold even escaped, so any accepted text keeps feeds and sitemaps well-formed', () => {
    expect(escapeXml('a\u0000b\u0007c\u000Bd\uD800e\uFFFF <&>"')).toBe('abcde &lt;&amp;&gt;&quot;');
    expect(escapeXml('emoji 🙂 and tab\tand line\nstay')).toBe('emoji 🙂 and tab\tand line\nstay');
  });
});
