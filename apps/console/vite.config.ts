import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The console is served by the API under /console/ (same origin, no CORS), built into dist/console.
 * `npm run build:console`; during development `vite --config apps/console/vite.config.ts` proxies
 * the API's routes to a started API (CONSOLE_API, default http://127.0.0.1:3000).
 */
export default defineConfig({
  root: here('.'),
  base: '/console/',
  plugins: [react()],
  resolve: { alias: { '@domain': here('../../libs/domain/src') } },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // ECharts alone is about 1 MB before compression; it sits in the project page's chunk, loaded on demand.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // Everything but the console itself goes to the API.
    proxy: { '^/(?!console(/|$)|@|src/|node_modules/)': process.env.CONSOLE_API ?? 'http://127.0.0.1:3000' },
  },
});
