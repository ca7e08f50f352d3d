import { AUDIENCES, EVENT_TYPES, LAYOUTS } from '../content/schema';
import { LAYOUT_PARSERS } from './layouts';

/** A ready-to-fill sidecar for a new document, listing what each field allows. */
export function sidecarTemplate(id: string): string {
  const layouts = LAYOUTS.map((layout) => `#   ${layout}: ${LAYOUT_PARSERS[layout].description}`).join('\n');
  return `id: ${id}                     # the file name without .txt; permanent
title: ""                      # the document's own title, as printed on it
council: ""                    # an id from content/councils.yml
date: ""                       # only as precise as the document says: YYYY, YYYY-MM or YYYY-MM-DD
event: ""                      # the meeting or event, in words
eventType: ""                  # one of: ${EVENT_TYPES.join(', ')}
audience: ""                   # one of: ${AUDIENCES.join(', ')}
added: ""                      # today, YYYY-MM-DD: when the document was added to this site
layout: ""                     # one of the layouts below
# url: https://…               # where the council published it, if known
# redact: [ "Full Name" ]      # names of members of the public who asked (never officers)
# furniture: [ "PAGE HEADER" ] # text repeated on every page, to remove
# Layouts:
${layouts}
`;
}
