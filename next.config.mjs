// @ts-check
import { availableParallelism } from 'node:os';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A folder of static files (out/) that any static host or CDN can serve: no server at run time.
  output: 'export',
  // /answers/<id>/ is written as answers/<id>/index.html, which every static host serves as is.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  images: { unoptimized: true },
  // The same build id every time, so that two builds of one commit give the same out/, and a host
  // re-uploads only what changed.
  generateBuildId: async () => 'send-answers',
  // Next renders pages in one worker fewer than there are cores (one worker on 2 cores); the main
  // process only waits meanwhile, so a worker per core renders more pages a second (bench:site).
  experimental: { cpus: availableParallelism() },
};

export default nextConfig;
