import { DeadlineRunner } from '@app/workflow';
import pg from 'pg';
import { startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound } from './support/fixtures.js';

/**
 * A worker that dies in the middle of a job dies in the middle of a transaction: nothing it did
 * stays, the deadline is still pending, and the next delivery acts exactly once.
 */
describe('a deadline job killed half way', () => {
  let api: TestApi;
  let roundId: string;
  let deadlineId: string;

  beforeAll(async () => {
    api = await startApi();
    const place = await districtWithCompound(api, 'crash');
    const pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from('楼栋,单元,房号,面积\n1,1,101,80'), 'r.csv')
      .expect(200);
    const projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '改造' }).expect(201)).body
      .id;
    roundId = (
      await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'WILLINGNESS', title: '改不改', publicityDays: 1 })
        .expect(201)
    ).body.id;
    await confirmRoster(api, place.compoundId, committee);
    for (const event of ['OPEN', 'CLOSE', 'START_PUBLICITY'])
      await api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event }).expect(200);
    deadlineId = (await api.db.query('SELECT id FROM deadlines WHERE subject_id = $1', [roundId]))[0].id;
    api.clock.advance(24 * 3600 * 1000 + 1);
  });

  afterAll(() => api.close());

  it('leaves nothing behind when its connection dies mid-transaction, and the retry acts once', async () => {
    // Hold the round so the job stops inside its transaction, then kill the job's connection there.
    const blocker = new pg.Client({ connectionString: api.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM consultation_rounds WHERE id = $1 FOR UPDATE', [roundId]);
    const runner = api.app.get(DeadlineRunner);
    const job = runner.fire(deadlineId, api.clock.now());
    let victim: number | undefined;
    for (let i = 0; i < 100 && !victim; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const rows = await blocker.query(
        `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%consultation_rounds%' AND pid <> pg_backend_pid()`,
      );
      victim = rows.rows[0]?.pid;
    }
    expect(victim).toBeDefined();
    await blocker.query('SELECT pg_terminate_backend($1)', [victim]);
    await expect(job).rejects.toThrow();
    await blocker.query('ROLLBACK');
    await blocker.end();

    const state = async () =>
      (
        await api.db.query('SELECT r.state, d.state AS deadline FROM consultation_rounds r, deadlines d WHERE r.id = $1 AND d.id = $2', [
          roundId,
          deadlineId,
        ])
      )[0];
    expect(await state()).toEqual({ state: 'PUBLICITY', deadline: 'PENDING' });

    expect(await runner.fire(deadlineId, api.clock.now())).toBe('ACTED');
    expect(await runner.fire(deadlineId, api.clock.now())).toBe('ALREADY_SETTLED');
    expect(await state()).toEqual({ state: 'CONCLUDED', deadline: 'DONE' });
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'round.END_PUBLICITY'`,
      [roundId],
    );
    expect(n).toBe(1);
  });
});
