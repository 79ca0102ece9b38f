import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { startApi, type TestApi } from './support/api.js';

/** The API serves the built console under /console/ and leaves its own routes alone. */
describe('serving the console', () => {
  let api: TestApi;
  let dir: string;
  const INDEX = '<!doctype html><title>控制台</title><script src="/console/assets/index-abc123.js"></script>';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log(1)'));
    api = await startApi({ CONSOLE_DIR: dir });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends / and /console to /console/', async () => {
    expect((await api.http.get('/').expect(302)).headers.location).toBe('/console/');
    expect((await api.http.get('/console').expect(302)).headers.location).toBe('/console/');
  });

  it('answers the console and any deep link under it with index.html, never cached', async () => {
    for (const path of ['/console/', '/console/projects/3f0c8a5e-0000-4000-8000-000000000000', '/console/inbox?x=1']) {
      const res = await api.http.get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toBe(INDEX);
    }
  });

  it('serves hashed assets for a year, and a missing one is a 404 problem rather than the page', async () => {
    const asset = await api.http.get('/console/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    expect(asset.text).toBe('console.log(1)');
    // Compressed at build time: sent as built to a browser that takes it, plain to one that does not.
    const br = await api.http.get('/console/assets/index-abc123.js').set('Accept-Encoding', 'br').expect(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.text).toBe('console.log(1)');
    const plain = await api.http.get('/console/assets/index-abc123.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const missing = await api.http.get('/console/assets/index-gone.js').expect(404);
    expect(missing.body.code).toBe('RESOURCE.NOT_FOUND');
  });

  it('leaves the API, its OpenAPI document and its errors as they were', async () => {
    expect((await api.http.get('/docs-json').expect(200)).body.openapi).toMatch(/^3\./);
    expect((await api.http.get('/projects').expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
    expect((await api.http.get('/meta/machines').expect(200)).body.length).toBeGreaterThan(0);
    expect((await api.http.get('/no-such-route').expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
  });
});

describe('serving a console that was not built', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi({ CONSOLE_DIR: join(tmpdir(), 'no-console-here') });
  });
  afterAll(() => api?.close());

  it('says how to build it, and the API still serves', async () => {
    const res = await api.http.get('/console/projects').expect(503);
    expect(res.body).toMatchObject({ code: 'SERVER.UNAVAILABLE', detail: expect.stringContaining('npm run build:console') });
    await api.http.get('/docs-json').expect(200);
  });
});
