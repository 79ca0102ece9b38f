import { PROJECT_STATES } from '@app/domain';
import { DemoSeeder } from '@app/workflow';
import { DemoStory } from '../libs/workflow/src/identity/demo-story.js';
import { startApi, type TestApi } from './support/api.js';

const TABLES = [
  'districts',
  'users',
  'compounds',
  'households',
  'projects',
  'consultation_rounds',
  'votes',
  'vote_ledger',
  'plan_versions',
  'deadlines',
  'outbox',
  'archive_documents',
  'audit_log',
];

describe('demo seeding that dies halfway', () => {
  let api: TestApi;
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, (await api.db.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n as number])),
    );

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('leaves nothing behind, and the next start seeds the whole demo', async () => {
    const before = await counts();
    const tell = DemoStory.prototype.tell;
    let told = 0;
    DemoStory.prototype.tell = async function (this: DemoStory, ...args: Parameters<DemoStory['tell']>) {
      if (++told === 8) throw new Error('power cut');
      return tell.apply(this, args);
    };
    try {
      await expect(api.app.get(DemoSeeder).seed()).rejects.toThrow('power cut');
    } finally {
      DemoStory.prototype.tell = tell;
    }
    // Seven projects were told before the crash, all in the transaction that rolled back.
    expect(told).toBe(8);
    expect(await counts()).toEqual(before);

    const credentials = await api.app.get(DemoSeeder).seed();
    expect(credentials).toHaveLength(4);
    const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM projects`);
    expect(n).toBe(PROJECT_STATES.length);
    expect(await api.app.get(DemoSeeder).seed()).toBeNull();
  });
});
