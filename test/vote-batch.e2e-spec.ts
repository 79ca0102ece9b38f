import { IdentityService, RoundService } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const VALID = 24;

/**
 * Votes arriving together for a round are written in one transaction; a vote that fails must fail
 * alone, and every other vote of its batch still be recorded, chained and answered.
 */
describe('one bad vote among concurrent ones', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let supervisor: User;
  let n = 0;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'batch');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
  });

  afterAll(() => api.close());

  /** An open round over a compound of 25 households, and its recorder. */
  async function openRound(): Promise<{ roundId: string; committee: User; households: string[] }> {
    const admin = await api.user('ADMIN');
    const compoundId = (
      await api.http
        .post('/compounds')
        .set(admin.auth)
        .send({ districtId: place.districtId, name: `批量小区${++n}`, address: '测试路', buildYear: 1990 })
        .expect(201)
    ).body.id as string;
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [compoundId] });
    const roster = ['楼栋,单元,房号,面积', ...Array.from({ length: VALID + 1 }, (_, i) => `1,1,${101 + i},80`)].join('\n');
    await api.http
      .post(`/compounds/${compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'roster.csv')
      .expect(200);
    const projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId, name: '改造' }).expect(201)).body.id;
    const roundId = (
      await api.http.post(`/projects/${projectId}/rounds`).set(committee.auth).send({ subject: 'WILLINGNESS', title: '改不改' }).expect(201)
    ).body.id as string;
    await confirmRoster(api, compoundId, committee);
    await api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);
    const rows: { id: string }[] = await api.db.query('SELECT id FROM households WHERE compound_id = $1 ORDER BY room', [compoundId]);
    return { roundId, committee, households: rows.map((r) => r.id) };
  }

  const ledger = async (roundId: string) => (await api.http.get(`/rounds/${roundId}/ledger/verify`).set(supervisor.auth).expect(200)).body;
  const votes = async (roundId: string): Promise<number> =>
    (await api.db.query('SELECT count(*)::int AS n FROM votes WHERE round_id = $1', [roundId]))[0].n;

  it('a vote the service refuses fails alone: the other 24 of its batch are recorded', async () => {
    const { roundId, committee, households } = await openRound();
    const rounds = api.app.get(RoundService);
    const actor = (await api.app.get(IdentityService).actor(committee.id))!;
    // Called together, as the HTTP layer does for concurrent requests; the bad one mid-batch.
    const results = await Promise.allSettled(
      households.map((householdId, i) =>
        rounds.recordVote(actor, roundId, {
          householdId,
          choice: 'AGREE',
          signed: true,
          channel: 'PAPER_FORM',
          formNumber: i === VALID / 2 ? 'NO.\u0000-7' : `NO.${i}`,
        }),
      ),
    );
    const refused = results.flatMap((r, i) => (r.status === 'rejected' ? [[i, (r.reason as { code?: string }).code]] : []));
    expect(refused).toEqual([[VALID / 2, 'DOMAIN.INVALID']]);
    expect(await votes(roundId)).toBe(VALID);
    expect(await ledger(roundId)).toMatchObject({ ok: true, count: VALID });
  });

  it('a vote the database refuses fails alone: 24 concurrent requests beside it get 200', async () => {
    const { roundId, committee, households } = await openRound();
    // A refusal no check before the database can foresee, as a constraint or a fault would be.
    await api.db.query(`
      CREATE FUNCTION refuse_marked_vote() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.form_number = 'REFUSED-BY-DB' THEN RAISE EXCEPTION 'refused by the test trigger'; END IF;
        RETURN NEW;
      END $$`);
    await api.db.query('CREATE TRIGGER refuse_marked_vote BEFORE INSERT ON vote_ledger FOR EACH ROW EXECUTE FUNCTION refuse_marked_vote()');
    try {
      const answers = await Promise.all(
        households.map((householdId, i) =>
          api.http
            .post(`/rounds/${roundId}/votes`)
            .set(committee.auth)
            .send({ householdId, choice: 'AGREE', signed: true, channel: 'PAPER_FORM', formNumber: i === 3 ? 'REFUSED-BY-DB' : `NO.${i}` }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(households.map((_, i) => (i === 3 ? 500 : 200)));
      expect(answers[3].body).toMatchObject({ status: 500, code: 'SERVER.ERROR' });
    } finally {
      await api.db.query('DROP TRIGGER refuse_marked_vote ON vote_ledger');
      await api.db.query('DROP FUNCTION refuse_marked_vote()');
    }
    expect(await votes(roundId)).toBe(VALID);
    expect(await ledger(roundId)).toMatchObject({ ok: true, count: VALID });
  });
});
