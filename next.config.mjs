// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A folder of static files (out/) that any static host or CDN can serve: no server at run time.
  output: 'export',
  // /answers/<id>/ is written as answers/<id>/index.html, which every static host serves as is.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
};

export default nextConfig;
