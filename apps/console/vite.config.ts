import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Brotli and gzip copies of every script and style, compressed once at build time rather than per request. */
function precompress(): Plugin {
  return {
    name: 'precompress',
    apply: 'build',
    closeBundle() {
      const assets = here('../../dist/console/assets');
      for (const file of readdirSync(assets).filter((f) => /\.(js|css|svg)$/.test(f))) {
        const body = readFileSync(join(assets, file));
        writeFileSync(join(assets, `${file}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(join(assets, `${file}.gz`), gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * The console is served by the API under /console/ (same origin, no CORS), built into dist/console.
 * `npm run build:console`; during development `vite --config apps/console/vite.config.ts` proxies
 * the API's routes to a started API (CONSOLE_API, default http://127.0.0.1:3000).
 */
export default defineConfig({
  root: here('.'),
  base: '/console/',
  plugins: [react(), precompress()],
  resolve: { alias: { '@domain': here('../../libs/domain/src') } },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Read by the console benchmark: which chunks the first page loads, which each route adds.
    manifest: true,
    // ECharts alone is about 1 MB before compression; it sits in the project page's chunk, loaded on demand.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // Everything but the console itself goes to the API.
    proxy: { '^/(?!console(/|$)|@|src/|node_modules/)': process.env.CONSOLE_API ?? 'http://127.0.0.1:3000' },
  },
});
