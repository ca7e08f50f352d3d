import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withNginxExample } from '../../lib/site/deploy-doc';
import { CONTENT_SECURITY_POLICY, headersFile, nginxExample, serveConfig } from '../../lib/site/http-headers';

describe('the HTTP headers every host sends', () => {
  it('are the same list in serve.json, public/_headers and the nginx example (else: npm run headers)', () => {
    expect(readFileSync('serve.json', 'utf8')).toBe(serveConfig());
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
    const doc = readFileSync('docs/deploy.md', 'utf8');
    expect(doc).toBe(withNginxExample(doc, nginxExample()));
  });

  it('allow only the site\u2019s own files, with no inline script or style', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('repeat the security headers in each nginx location, since nginx forgets inherited ones there', () => {
    const locations = nginxExample().split('location ').slice(1);
    expect(locations).toHaveLength(2);
    for (const location of locations)
      for (const header of [
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'Referrer-Policy',
        'Permissions-Policy',
        'X-Content-Type-Options',
        'Cross-Origin-Opener-Policy',
      ])
        expect(location).toContain(`add_header ${header} `);
  });
});
