/**
 * Characters XML 1.0 cannot hold at all, even escaped: control characters and lone surrogates. The
 * check refuses them in content; dropping them here keeps every feed and sitemap well-formed anyway.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside XML elements and attribute values (feeds, sitemaps). */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
