import { DemoSeeder } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';

describe('demo data', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('is seeded once, with generated passwords that work and a roster behind the compound', async () => {
    const seeder = api.app.get(DemoSeeder);
    const credentials = await seeder.seed();
    expect(credentials?.map((c) => c.role).sort()).toEqual(['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR']);
    expect(new Set(credentials!.map((c) => c.password)).size).toBe(4);
    expect(await seeder.seed()).toBeNull();

    const pm = credentials!.find((c) => c.role === 'DISTRICT_PM')!;
    const login = await api.http.post('/auth/login').send({ username: pm.username, password: pm.password }).expect(200);
    const projects = await api.http
      .get('/projects')
      .set({ Authorization: `Bearer ${login.body.accessToken}` })
      .expect(200);
    expect(projects.body.items).toHaveLength(1);
    const compound = await api.http
      .get(`/compounds/${projects.body.items[0].compoundId}`)
      .set({ Authorization: `Bearer ${login.body.accessToken}` })
      .expect(200);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM households WHERE compound_id = $1', [compound.body.id]);
    expect(compound.body.households).toBe(n);
    expect(n).toBe(240);
  });

  it('stores no password in clear', async () => {
    const rows: { password_hash: string }[] = await api.db.query(`SELECT password_hash FROM users WHERE username LIKE 'demo-%'`);
    expect(rows.length).toBe(4);
    for (const r of rows) expect(r.password_hash).toMatch(/^scrypt\$/);
  });
});
