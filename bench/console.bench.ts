/// <reference lib="dom" />
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import Fastify from 'fastify';
import { serveConsole } from '../apps/api/src/console/serve-console.js';
import { CHROMIUM } from '../scripts/chromium.js';
import { envInt, log, ROOT } from './support/harness.js';
import { median, ms, percentile, round, table } from './support/stats.js';

/**
 * The console's weight and first load. Sizes: gzip of the chunks the first page loads (the entry
 * and what it imports) and of what each lazy route adds, from Vite's manifest. First load: a cold
 * browser context opening the login page until its username field exists, against a bare page
 * with the same field from the same server, both served by the API's own console route, in turn.
 */
interface Chunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const DIR = join(ROOT, 'dist/console');
const RUNS = envInt('BENCH_CONSOLE_RUNS', 15);
const REFERENCE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>参照</title></head><body><main><h1>登录</h1><input id="username"></main></body></html>';

const gz = (file: string) => gzipSync(readFileSync(join(DIR, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function closure(manifest: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const k of manifest[key]!.imports ?? []) closure(manifest, k, seen);
  return seen;
}

function files(manifest: Record<string, Chunk>, keys: Iterable<string>): string[] {
  return [...keys].flatMap((k) => [manifest[k]!.file, ...(manifest[k]!.css ?? [])]);
}

async function firstLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Stamped by the page itself, the moment the field enters the document.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.getElementById('username')) {
          (window as unknown as { ready: number }).ready = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    const ready = await page.waitForFunction(() => (window as unknown as { ready?: number }).ready, undefined, { timeout: 30_000 });
    return (await ready.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  statSync(join(DIR, 'index.html'));
  const manifest = JSON.parse(readFileSync(join(DIR, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const initial = closure(manifest, entryKey);
  const initialBytes = files(manifest, initial).reduce((s, f) => s + gz(f), 0);
  const rows = [['chunk', 'gzip', 'what it is']];
  rows.push([
    'entry (first page)',
    kb(initialBytes),
    `${files(manifest, initial).length} files: React, Ant Design, router, query, client, layout, login`,
  ]);
  const routes = Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry);
  const routeSizes: Record<string, number> = {};
  for (const key of routes) {
    const added = [...closure(manifest, key)].filter((k) => !initial.has(k));
    const bytes = files(manifest, added).reduce((s, f) => s + gz(f), 0);
    routeSizes[manifest[key]!.name ?? key] = bytes;
    rows.push([`route ${manifest[key]!.name ?? key}`, kb(bytes), `${added.length} chunk(s) loaded on first visit`]);
  }
  log(table(rows));

  const server = Fastify();
  await serveConsole(server, DIR);
  server.get('/bench/reference', (_request, reply) => reply.type('text/html; charset=utf-8').send(REFERENCE));
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch(CHROMIUM);
  const ours: number[] = [];
  const reference: number[] = [];
  try {
    // Warm-up of the browser process itself, then the two pages in turn.
    await firstLoad(browser, `${address}/bench/reference`);
    for (let i = 0; i < RUNS; i++) {
      reference.push(await firstLoad(browser, `${address}/bench/reference`));
      ours.push(await firstLoad(browser, `${address}/console/login`));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ratio = median(ours) / median(reference);
  log('');
  log(
    table([
      ['first load (cold context), median (p95) of ' + RUNS, 'ours', 'reference', 'ratio'],
      [
        'login page until the username field exists',
        `${ms(median(ours))} (${ms(percentile(ours, 95))})`,
        `${ms(median(reference))} (${ms(percentile(reference, 95))})`,
        round(ratio).toFixed(2),
      ],
    ]),
  );
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/console.json'),
    JSON.stringify({ entryGzipBytes: initialBytes, routeGzipBytes: routeSizes, firstLoadMs: { ours, reference, ratio } }, null, 2),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
