import { readFileSync } from 'node:fs';
import { CLIENT_SCHEMA_FILE, clientTypes } from '../scripts/client-types.js';
import { startApi, type TestApi } from './support/api.js';

/** The console's typed client cannot drift from the API: its checked-in types are what the API generates now. */
describe('the console client types', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  it(`${CLIENT_SCHEMA_FILE} is what the current OpenAPI document generates (npm run console:client)`, async () => {
    const document = (await api.http.get('/docs-json').expect(200)).body;
    expect(readFileSync(CLIENT_SCHEMA_FILE, 'utf8')).toBe(await clientTypes(document));
  });
});
