/** What stands where the name of a member of the public was, in the text and on the site. */
export const REDACTION_MARKER = '[name withheld]';
