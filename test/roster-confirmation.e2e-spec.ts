import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

/** A round opens only on a roster the committee (or the PM) confirmed complete against the survey, and still as confirmed. */
describe('roster confirmation before a round opens', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let otherCommittee: User;
  let projectId: string;
  let roundId: string;

  const confirmation = (who: User = committee) => api.http.get(`/compounds/${place.compoundId}/roster/confirmation`).set(who.auth);
  const confirm = (body: object, who: User = committee) =>
    api.http.post(`/compounds/${place.compoundId}/roster/confirmation`).set(who.auth).send(body);
  const open = () => api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event: 'OPEN' });
  const openCodes = async () => (await open().expect(422)).body.errors.map((e: { code: string }) => e.code);
  const roster = (rows: string[]) =>
    api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(['楼栋,单元,房号,面积', ...rows].join('\n')), 'r.csv')
      .expect(200);
  const householdId = async (room: string) =>
    (await api.db.query('SELECT id FROM households WHERE compound_id = $1 AND room = $2', [place.compoundId, room]))[0].id as string;
  const confirmations = async () =>
    (await api.db.query('SELECT count(*)::int AS n FROM roster_confirmations WHERE compound_id = $1', [place.compoundId]))[0].n;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'confirm');
    const other = await districtWithCompound(api, 'confirm-other');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    otherCommittee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [other.compoundId] });
    await roster(['1,1,101,80', '1,1,102,80', '1,1,103,80', '1,1,104,80']);
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
    // The survey counted five households; the roster holds four.
    await api.http
      .put(`/projects/${projectId}/survey`)
      .set(pm.auth)
      .send({ baseData: { ...COMPLETE_SURVEY.baseData, households: 5 } })
      .expect(200);
    roundId = (
      await api.http.post(`/projects/${projectId}/rounds`).set(committee.auth).send({ subject: 'WILLINGNESS', title: '改不改' }).expect(201)
    ).body.id;
  });

  afterAll(() => api?.close());

  it('a roster never confirmed: the status says so and OPEN is refused with the code, both languages and the practices', async () => {
    expect((await confirmation().expect(200)).body).toMatchObject({
      compoundId: place.compoundId,
      state: 'UNCONFIRMED',
      households: 4,
      surveyHouseholds: 5,
      confirmation: null,
    });
    const res = await open().expect(422);
    expect(res.body).toMatchObject({ code: 'MACHINE.GUARD_FAILED' });
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        code: 'ROUND.ROSTER_UNCONFIRMED',
        message: { zh: expect.stringMatching(/摸底调查户数/), en: expect.stringMatching(/survey/) },
        practices: expect.arrayContaining(['xiangtan-three-fold-survey', 'changsha-two-80']),
      }),
    ]);
    const [{ state }] = await api.db.query('SELECT state FROM consultation_rounds WHERE id = $1', [roundId]);
    expect(state).toBe('DRAFT');
  });

  it('refuses a confirmation of four households against the survey\u2019s five without a reason, and writes nothing', async () => {
    for (const body of [{}, { reason: '   ' }]) {
      const res = await confirm(body).expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'DIFFERENCE_NEEDS_REASON' })]);
      expect(res.body.errors[0].message).toMatch(/4 households, the survey counted 5/);
    }
    expect(await confirmations()).toBe(0);
  });

  it('refuses a supervisor (403), and a committee of another compound as if the compound did not exist (404)', async () => {
    await confirm({ reason: 'x' }, supervisor).expect(403);
    const foreign = await confirm({ reason: 'x' }, otherCommittee).expect(404);
    expect(foreign.body.code).toBe('RESOURCE.NOT_FOUND');
    await confirmation(otherCommittee).expect(404);
    expect(await confirmations()).toBe(0);
  });

  it('confirms with the reason for the difference, audited, and the round opens', async () => {
    const res = await confirm({ reason: '5号为单位公房，无业主，不列入名册' }).expect(201);
    expect(res.body).toMatchObject({
      state: 'CONFIRMED',
      households: 4,
      surveyHouseholds: 5,
      confirmation: { households: 4, surveyHouseholds: 5, reason: '5号为单位公房，无业主，不列入名册', confirmedBy: committee.id },
    });
    const [audit] = await api.db.query(
      `SELECT actor_id, reason, detail FROM audit_log WHERE subject_id = $1 AND action = 'roster.confirmed'`,
      [place.compoundId],
    );
    expect(audit).toMatchObject({ actor_id: committee.id, reason: '5号为单位公房，无业主，不列入名册' });
    expect(audit.detail).toMatchObject({ households: 4, surveyHouseholds: 5 });
    expect((await confirmation(supervisor).expect(200)).body.state).toBe('CONFIRMED');

    // A confirmation is history: the database refuses to rewrite it.
    await expect(api.db.query('UPDATE roster_confirmations SET households = 5')).rejects.toThrow(/append-only/);
  });

  it.each([
    [
      'an added household',
      () =>
        api.http
          .post(`/compounds/${place.compoundId}/households`)
          .set(committee.auth)
          .send({ building: '2', unit: '1', room: '201', floorArea: 60 })
          .expect(201),
    ],
    [
      'an edited household',
      async () =>
        api.http
          .patch(`/households/${await householdId('101')}`)
          .set(committee.auth)
          .send({ floorArea: 81 })
          .expect(200),
    ],
    ['an import', () => roster(['1,1,101,82'])],
    [
      'a removal',
      async () =>
        api.http
          .delete(`/households/${await householdId('201')}`)
          .set(committee.auth)
          .expect(204),
    ],
  ])('%s after the confirmation makes it stale, and OPEN is refused until the roster is confirmed again', async (_name, change) => {
    const draft = (
      await api.http.post(`/projects/${projectId}/rounds`).set(committee.auth).send({ subject: 'OTHER', title: '加装电梯' }).expect(201)
    ).body.id;
    const households = (await confirmation().expect(200)).body.households;
    await confirm(households === 5 ? {} : { reason: '单位公房不列入名册' }, pm).expect(201);
    await change();
    expect((await confirmation().expect(200)).body.state).toBe('STALE');
    const refused = await api.http.post(`/rounds/${draft}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(422);
    expect(refused.body.errors.map((e: { code: string }) => e.code)).toEqual(['ROUND.ROSTER_CONFIRMATION_STALE']);
    await api.http.post(`/rounds/${draft}/transitions`).set(pm.auth).send({ event: 'CANCEL', reason: '名册变动' }).expect(200);
  });

  it('a roster equal to the survey is confirmed by the PM without a reason; a change to the survey count makes it stale', async () => {
    await api.http
      .post(`/compounds/${place.compoundId}/households`)
      .set(committee.auth)
      .send({ building: '2', unit: '1', room: '202', floorArea: 60 })
      .expect(201);
    expect((await confirmation().expect(200)).body).toMatchObject({ households: 5, surveyHouseholds: 5 });
    expect((await confirm({}, pm).expect(201)).body).toMatchObject({ state: 'CONFIRMED', confirmation: { reason: null } });
    await api.http
      .put(`/projects/${projectId}/survey`)
      .set(pm.auth)
      .send({ baseData: { ...COMPLETE_SURVEY.baseData, households: 6 } })
      .expect(200);
    expect(await openCodes()).toEqual(['ROUND.ROSTER_CONFIRMATION_STALE']);
  });

  it('opens on the confirmed roster, snapshotting the count it confirmed; a household counted there stays on the roster', async () => {
    const [{ households }] = await api.db.query('SELECT count(*)::int AS households FROM households WHERE compound_id = $1', [
      place.compoundId,
    ]);
    await confirm({ reason: '第6户为空置公房' }).expect(201);
    expect((await open().expect(200)).body).toMatchObject({ state: 'OPEN', rosterSize: households });
    const removed = await api.http
      .delete(`/households/${await householdId('101')}`)
      .set(committee.auth)
      .expect(409);
    expect(removed.body.code).toBe('RESOURCE.IN_USE');
    await api.http
      .delete(`/households/${await householdId('101')}`)
      .set(supervisor.auth)
      .expect(403);
  });
});
