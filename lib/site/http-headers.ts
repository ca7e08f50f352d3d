/**
 * The HTTP headers the site must be served with, in one list: scripts/write-headers.ts writes them
 * into serve.json (the local server), public/_headers (Netlify, Cloudflare Pages) and the nginx
 * example in docs/deploy.md, so no host's copy can drift from the others.
 *
 * The policy allows only this site's own files. After the build strips Next's runtime, the only
 * scripts are /search/island.js and /answer-page.js, there is no inline script or style, and JSON-LD
 * blocks are data, which a policy does not block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  // Two years, as the HSTS preload list asks; browsers ignore it over plain http (localhost).
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  // A parent's visit to an answer about their child is nobody else's business, not even the next site's.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** How long browsers and CDNs may keep files: long for files whose names change with their content, minutes for the rest. */
export const CACHE_RULES = [
  { path: '/_next/static/', value: 'public, max-age=31536000, immutable' },
  { path: '/', value: 'public, max-age=300' },
] as const;

/** serve.json for the `serve` package (npm start, the browser tests). */
export function serveConfig(): string {
  const config = {
    cleanUrls: true,
    trailingSlash: true,
    directoryListing: false,
    headers: [
      { source: '**/*', headers: SECURITY_HEADERS },
      { source: '_next/static/**', headers: [{ key: 'Cache-Control', value: CACHE_RULES[0].value }] },
    ],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/**
 * public/_headers, the format Netlify and Cloudflare Pages read. They merge every rule that matches
 * a path, so caching is set only where it differs from the host's default.
 */
export function headersFile(): string {
  const block = (path: string, headers: readonly { key: string; value: string }[]) =>
    [path, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n');
  return `# Written by scripts/write-headers.ts from lib/site/http-headers.ts: edit that list, not this file.\n${block('/*', SECURITY_HEADERS)}\n${block('/_next/static/*', [{ key: 'Cache-Control', value: CACHE_RULES[0].value }])}\n`;
}

/**
 * An nginx server block. nginx drops every inherited add_header in a location that adds its own,
 * so each location repeats the security headers.
 */
export function nginxExample(): string {
  const security = SECURITY_HEADERS.map(({ key, value }) => `    add_header ${key} "${value}" always;`).join('\n');
  const location = (path: string, cache: string, extra = '') =>
    `  location ${path} {\n${extra}${security}\n    add_header Cache-Control "${cache}" always;\n  }`;
  return [
    'server {',
    '  root /var/www/send-answers/out;',
    '  error_page 404 /404.html;',
    location('/_next/static/', CACHE_RULES[0].value),
    location('/', CACHE_RULES[1].value, '    try_files $uri $uri/index.html =404;\n'),
    '}',
  ].join('\n');
}
