/**
 * npm run headers: writes the site's HTTP headers, from the one list in lib/site/http-headers.ts,
 * into serve.json, public/_headers and the nginx example in docs/deploy.md. A test fails when any
 * of them differs from the list, saying to run this.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { headersFile, nginxExample, serveConfig } from '../lib/site/http-headers';
import { withNginxExample } from '../lib/site/deploy-doc';

writeFileSync('serve.json', serveConfig());
writeFileSync('public/_headers', headersFile());
writeFileSync('docs/deploy.md', withNginxExample(readFileSync('docs/deploy.md', 'utf8'), nginxExample()));
console.log('Wrote serve.json, public/_headers and the nginx example in docs/deploy.md.');
