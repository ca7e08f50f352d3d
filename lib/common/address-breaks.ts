/**
 * Where a long web address may wrap on a narrow screen: after a slash, hyphen, underscore, & or =,
 * and before a dot, ? or #, as style guides break addresses. A page puts <wbr> between the pieces,
 * so an address never scrolls the page sideways and the words inside it are not cut in two (copying
 * it still gives the address, as <wbr> adds no character).
 */
const BREAK = /(?<=[/\-_&=])(?=[^/])|(?<=[^/])(?=[.?#])/u;

/** Text that reads as a web address: a scheme, or www. at the start. */
export const looksLikeAddress = (text: string): boolean => /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S{8,}$/i.test(text.trim());

/** The address in pieces, to be joined with <wbr>: `addressPieces(a).join('') === a`. */
export function addressPieces(address: string): string[] {
  return address.split(BREAK).filter((piece) => piece !== '');
}
