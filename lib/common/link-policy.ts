/**
 * The one rule for addresses in content, wherever they are written (answers, preambles, sidecar
 * `url:`, councils' links): web addresses, email addresses and addresses on this site. Anything else
 * (javascript:, data:, vbscript:, file:, //other-site) is refused by the check, never silently dropped.
 */
export const ALLOWED_LINKS = ['https://…', 'http://…', 'mailto:…', '/a/page/on/this/site/', '#a-place-on-the-page'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Why `url` is not an allowed address, or undefined when it is. */
export function linkProblem(url: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so the check does too.
  const address = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  const scheme = SCHEME.exec(address)?.[1]?.toLowerCase();
  if (scheme !== undefined) return ['http', 'https', 'mailto'].includes(scheme) ? undefined : `${scheme}: addresses are not allowed`;
  if (address.startsWith('//') || address.startsWith('\\'))
    return 'an address starting // points to another site without saying how; write it in full with https://';
  if (address.startsWith('/') || address.startsWith('#')) return undefined;
  return 'a relative address breaks when the page moves; write it in full with https://, or from the site root with /';
}
