import { startApi, type TestApi } from './support/api.js';

const CSP =
  "default-src 'self';base-uri 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;connect-src 'self';object-src 'none';frame-ancestors 'none';form-action 'self'";

function expectSecurityHeaders(headers: Record<string, string>): void {
  expect(headers).toMatchObject({
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  });
  expect(headers['x-powered-by']).toBeUndefined();
}

describe('security headers', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('are on an API answer, an error and a route that does not exist', async () => {
    expectSecurityHeaders((await api.http.get('/health').expect(200)).headers);
    expectSecurityHeaders((await api.http.get('/projects').expect(401)).headers);
    expectSecurityHeaders((await api.http.get('/no/such/route').expect(404)).headers);
  });

  it('let Swagger UI at /docs run: the page and every script and style it loads are same-origin files, none inline', async () => {
    const page = await api.http.get('/docs').expect(200);
    expectSecurityHeaders(page.headers);
    const html = page.text;
    expect(html).toContain('swagger-ui');
    // Under script-src 'self' an inline script would not run: every <script> must have a src of this origin.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const assets = [...html.matchAll(/<link[^>]+href=['"]([^'"]+\.css)['"]/g)].map((m) => m[1]!);
    for (const [, attributes, body] of scripts) {
      expect(body!.trim()).toBe('');
      const src = /src=['"]([^'"]+)['"]/.exec(attributes!)?.[1];
      expect(src).toBeDefined();
      expect(src).not.toMatch(/^(https?:)?\/\//);
      assets.push(src!);
    }
    for (const asset of assets) {
      const res = await api.http.get(new URL(asset, 'http://x/docs').pathname).expect(200);
      expectSecurityHeaders(res.headers);
    }
    await api.http.get('/docs-json').expect(200);
  });
});

describe('with DOCS_ENABLED=false', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi({ DOCS_ENABLED: 'false' });
  });
  afterAll(() => api.close());

  it('serves neither Swagger UI nor the OpenAPI document', async () => {
    for (const path of ['/docs', '/docs/', '/docs-json', '/docs/swagger-ui-init.js']) {
      const res = await api.http.get(path).expect(404);
      expect(res.body.code).toBe('RESOURCE.NOT_FOUND');
    }
    await api.http.get('/health').expect(200);
  });
});
