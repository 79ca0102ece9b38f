import { ownerContact } from '@app/domain';
import ExcelJS from 'exceljs';
import { binary, startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

/**
 * Households leave the roster by moving out, merging or splitting: the roster a new round snapshots
 * changes, the snapshots of rounds already open or past never do.
 */
describe('households that move out, merge or split', () => {
  let api: TestApi;
  let place: Place;
  let other: Place;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let otherCommittee: User;
  let projectId: string;
  /** Opened on 101–106, before any move. */
  let before: string;

  const move = (id: string, body: object, who: User = committee) => api.http.post(`/households/${id}/moves`).set(who.auth).send(body);
  const householdId = async (room: string, compoundId = place.compoundId) =>
    (
      await api.db.query(`SELECT id FROM households WHERE compound_id = $1 AND room = $2 ORDER BY status <> 'CURRENT', created_at`, [
        compoundId,
        room,
      ])
    )[0].id as string;
  const roster = async (query = '', who: User = committee) =>
    (await api.http.get(`/compounds/${place.compoundId}/households${query}`).set(who.auth).expect(200)).body;
  const confirmationState = async () =>
    (await api.http.get(`/compounds/${place.compoundId}/roster/confirmation`).set(committee.auth).expect(200)).body.state;
  const opened = async (title: string) => {
    const id = (await api.http.post(`/projects/${projectId}/rounds`).set(committee.auth).send({ subject: 'OTHER', title }).expect(201)).body
      .id as string;
    await api.http
      .post(`/compounds/${place.compoundId}/roster/confirmation`)
      .set(committee.auth)
      .send({ reason: '已逐户核对' })
      .expect(201);
    await api.http.post(`/rounds/${id}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);
    return id;
  };
  const snapshot = async (roundId: string) =>
    (await api.db.query('SELECT unit_key, household_id FROM round_households WHERE round_id = $1 ORDER BY unit_key, household_id', [
      roundId,
    ])) as {
      unit_key: string;
      household_id: string;
    }[];
  const vote = (roundId: string, id: string) =>
    api.http
      .post(`/rounds/${roundId}/votes`)
      .set(committee.auth)
      .send({ householdId: id, choice: 'AGREE', signed: true, channel: 'DOOR_TO_DOOR' });
  const written = async () => {
    const [w] = await api.db.query(
      `SELECT (SELECT count(*)::int FROM household_moves) AS moves,
              (SELECT count(*)::int FROM households WHERE compound_id = $1) AS households,
              (SELECT count(*)::int FROM households WHERE compound_id = $1 AND status = 'CURRENT') AS current,
              (SELECT roster_revision FROM compounds WHERE id = $1) AS revision,
              (SELECT count(*)::int FROM audit_log WHERE subject_id = $1::text AND action LIKE 'roster.household-%') AS audited`,
      [place.compoundId],
    );
    return w;
  };

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'moves');
    other = await districtWithCompound(api, 'moves-other');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    otherCommittee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [other.compoundId] });
    const rows = ['101', '102', '103', '104', '105', '106'].map((room, i) => `1,1,${room},80,张${'一二三四五六'[i]},1380000000${i}`);
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(['楼栋,单元,房号,面积,户主姓名,联系电话', ...rows].join('\n')), 'r.csv')
      .expect(200);
    await api.http
      .post(`/compounds/${other.compoundId}/households`)
      .set(otherCommittee.auth)
      .send({ building: '9', unit: '1', room: '101', floorArea: 70 })
      .expect(201);
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
    await api.http
      .put(`/projects/${projectId}/survey`)
      .set(pm.auth)
      .send({ baseData: { ...COMPLETE_SURVEY.baseData, households: 6 } })
      .expect(200);
    before = await opened('加装电梯');
  });

  afterAll(() => api?.close());

  it('refuses a move out of scope, of another compound, on a day to come or not fitting its kind, and writes nothing', async () => {
    const h101 = await householdId('101');
    const foreign = await householdId('101', other.compoundId);
    const was = await written();
    const out = { kind: 'MOVED_OUT', reason: '房屋出售', on: '2026-06-01' };

    await move(h101, out, supervisor).expect(403);
    expect((await move(h101, out, otherCommittee).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    await move(foreign, out).expect(404);
    await move(h101, { ...out, on: '2026-02-30' }).expect(400);
    await move(h101, { ...out, kind: 'SOLD' }).expect(400);
    const cases: [object, string, string][] = [
      [{ ...out, on: '2026-06-02' }, 'on', 'IN_FUTURE'],
      [{ ...out, reason: '   ' }, 'reason', 'REQUIRED'],
      [{ ...out, kind: 'MERGED' }, 'intoHouseholdId', 'REQUIRED'],
      [{ ...out, intoHouseholdId: await householdId('102') }, 'intoHouseholdId', 'NOT_FOR_KIND'],
      [{ ...out, kind: 'MERGED', intoHouseholdId: h101 }, 'intoHouseholdId', 'SAME_HOUSEHOLD'],
      [{ ...out, kind: 'MERGED', intoHouseholdId: foreign }, 'intoHouseholdId', 'NOT_ON_ROSTER'],
      [{ ...out, kind: 'SPLIT', newHouseholds: [{ building: '1', unit: '1', room: '101', floorArea: 40 }] }, 'newHouseholds', 'TOO_FEW'],
      [{ ...out, newHouseholds: [{ building: '1', unit: '1', room: '101', floorArea: 40 }] }, 'newHouseholds', 'NOT_FOR_KIND'],
    ];
    for (const [body, field, code] of cases) {
      const res = await move(h101, body, pm).expect(422);
      expect(res.body).toMatchObject({ code: 'DOMAIN.INVALID' });
      expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
    }
    expect(await written()).toEqual(was);
    expect(await confirmationState()).toBe('CONFIRMED');
  });

  it('(a) moved out while a round is open: it keeps its place and its vote there, leaves the roster, and its unit key is free', async () => {
    const h101 = await householdId('101');
    const res = await move(h101, { kind: 'MOVED_OUT', reason: ' 房屋出售，原户主迁出 ', on: '2026-06-01' }).expect(201);
    expect(res.body).toMatchObject({
      householdId: h101,
      compoundId: place.compoundId,
      kind: 'MOVED_OUT',
      reason: '房屋出售，原户主迁出',
      on: '2026-06-01',
      intoHouseholdId: null,
      newHouseholds: [],
      recordedBy: committee.id,
    });
    expect(await confirmationState()).toBe('STALE');
    const [audit] = await api.db.query(`SELECT actor_id, reason, detail FROM audit_log WHERE action = 'roster.household-moved-out'`);
    expect(audit).toMatchObject({
      actor_id: committee.id,
      reason: '房屋出售，原户主迁出',
      detail: { householdId: h101, moveId: res.body.id },
    });

    // The owner at opening still answers in the round that counted them.
    await vote(before, h101).expect(200);
    expect((await api.http.get(`/rounds/${before}/tally`).set(pm.auth).expect(200)).body).toMatchObject({ rosterSize: 6, responded: 1 });

    const current = await roster();
    expect(current.total).toBe(5);
    expect(current.items.map((h: { room: string }) => h.room)).toEqual(['102', '103', '104', '105', '106']);
    const all = await roster('?includeDeparted=true', supervisor);
    expect(all.total).toBe(6);
    expect(all.items[5]).toEqual({
      id: h101,
      compoundId: place.compoundId,
      building: '1',
      unit: '1',
      room: '101',
      floorArea: '80.00',
      status: 'MOVED_OUT',
      leftOn: '2026-06-01',
      ...(({ name, phone }) => ({ ownerName: name, ownerPhone: phone }))(ownerContact('SUPERVISOR', '张一', '13800000000')),
    });
    expect(all.items[5].ownerName).not.toBe('张一');
    expect((await api.db.query('SELECT households FROM compounds WHERE id = $1', [place.compoundId]))[0].households).toBe(5);

    // Gone once: a second move, an edit or a removal is refused and writes nothing.
    const was = await written();
    expect((await move(h101, { kind: 'MOVED_OUT', reason: '再次迁出', on: '2026-06-01' }).expect(409)).body.code).toBe(
      'HOUSEHOLD.DEPARTED',
    );
    await api.http.patch(`/households/${h101}`).set(committee.auth).send({ floorArea: 81 }).expect(409);
    await api.http.delete(`/households/${h101}`).set(committee.auth).expect(409);
    expect(await written()).toEqual(was);

    // The flat's next owner is a new household on the same unit key.
    await api.http
      .post(`/compounds/${place.compoundId}/households`)
      .set(committee.auth)
      .send({ building: '1', unit: '1', room: '101', floorArea: 80, ownerName: '王新' })
      .expect(201);
  });

  it('(b) merged while a round is open: both keep their places there, but from the merge on only the household it merged into answers', async () => {
    const [h102, h103] = [await householdId('102'), await householdId('103')];
    await vote(before, h102).expect(200);
    const res = await move(h102, { kind: 'MERGED', reason: '两套打通为一户', on: '2026-05-30', intoHouseholdId: h103 }).expect(201);
    expect(res.body).toMatchObject({ kind: 'MERGED', intoHouseholdId: h103 });

    const again = await vote(before, h102).expect(409);
    expect(again.body).toMatchObject({ code: 'HOUSEHOLD.MERGED', detail: expect.stringMatching(/1\/1\/103/) });
    const paper = await api.http
      .post(`/rounds/${before}/votes/import`)
      .set(committee.auth)
      .attach('file', Buffer.from('楼栋,单元,房号,意见,签字\n1,1,102,不同意,否'), 't.csv')
      .expect(422);
    expect(paper.body.errors).toEqual([expect.objectContaining({ line: 2, code: 'MERGED' })]);
    await vote(before, h103).expect(200);
    // The vote given before the merge stays counted, on the snapshot of six.
    expect((await api.http.get(`/rounds/${before}/tally`).set(pm.auth).expect(200)).body).toMatchObject({ rosterSize: 6, responded: 3 });
    expect((await snapshot(before)).map((r) => r.household_id)).toContain(h102);

    // Into a household that left the roster, never.
    const departed = await householdId('102');
    expect(
      (await move(await householdId('105'), { kind: 'MERGED', reason: 'x', on: '2026-06-01', intoHouseholdId: departed }).expect(422)).body
        .errors,
    ).toEqual([expect.objectContaining({ code: 'DEPARTED' })]);
  });

  it('(c) split: the original leaves, the new households join (one may keep its key), the open round keeps its snapshot', async () => {
    const h104 = await householdId('104');
    const was = await written();
    const clash = await move(h104, {
      kind: 'SPLIT',
      reason: '分户',
      on: '2026-06-01',
      newHouseholds: [
        { building: '1', unit: '1', room: '104', floorArea: 40 },
        { building: '1', unit: '1', room: '105', floorArea: 40 },
      ],
    }).expect(409);
    expect(clash.body.code).toBe('RESOURCE.TAKEN');
    const bad = await move(h104, {
      kind: 'SPLIT',
      reason: '分户',
      on: '2026-06-01',
      newHouseholds: [
        { building: '1', unit: '1', room: '104', floorArea: 40 },
        { building: '1', unit: '1', room: '1栋/4', floorArea: 40 },
      ],
    }).expect(422);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'newHouseholds[1].room', code: 'INVALID_CHARACTER' })]);
    expect(await written()).toEqual(was);

    const before104 = await snapshot(before);
    const res = await move(h104, {
      kind: 'SPLIT',
      reason: '父子分户',
      on: '2026-06-01',
      newHouseholds: [
        { building: '1', unit: '1', room: '104', floorArea: 50, ownerName: '赵父' },
        { building: '1', unit: '1', room: '104A', floorArea: 30, ownerName: '赵子', ownerPhone: '13900000000' },
      ],
    }).expect(201);
    expect(res.body.newHouseholds).toEqual([
      expect.objectContaining({ room: '104', floorArea: '50.00', status: 'CURRENT', leftOn: null, ownerName: '赵父' }),
      expect.objectContaining({ room: '104A', floorArea: '30.00', status: 'CURRENT', leftOn: null }),
    ]);
    const [a, b] = res.body.newHouseholds.map((h: { id: string }) => h.id);
    expect(await snapshot(before)).toEqual(before104);
    await vote(before, a).expect(422);
    await vote(before, h104).expect(200);
    expect((await written()).moves).toBe(was.moves + 1);
    const [{ detail }] = await api.db.query(`SELECT detail FROM audit_log WHERE action = 'roster.household-split'`);
    expect(detail).toMatchObject({ householdId: h104, newHouseholdIds: [a, b] });
    // The households a split made are named by the move: not removable as if entered by mistake.
    await api.http.delete(`/households/${b}`).set(committee.auth).expect(409);
  });

  it('a round opened after the moves snapshots the roster as it is now', async () => {
    const after = await opened('选聘物业');
    const keys = (await snapshot(after)).map((r) => r.unit_key);
    expect(keys).toEqual(['1/1/101', '1/1/103', '1/1/104', '1/1/104A', '1/1/105', '1/1/106']);
    const ids = (await snapshot(after)).map((r) => r.household_id);
    const gone = await api.db.query(`SELECT id FROM households WHERE compound_id = $1 AND status <> 'CURRENT'`, [place.compoundId]);
    expect(gone).toHaveLength(3);
    for (const { id } of gone) expect(ids).not.toContain(id);
    // The merged-away household cannot answer in a round opened after its merge.
    expect((await vote(after, await householdId('102')).expect(422)).body.errors).toEqual([
      expect.objectContaining({ code: 'NOT_IN_SNAPSHOT' }),
    ]);
    expect((await snapshot(before)).map((r) => r.unit_key)).toEqual(['1/1/101', '1/1/102', '1/1/103', '1/1/104', '1/1/105', '1/1/106']);
  });

  it('two households merging into each other at once: one merge is recorded, the other refused, never a deadlock', async () => {
    const [h105, h106] = [await householdId('105'), await householdId('106')];
    const merge = (from: string, into: string) =>
      move(from, { kind: 'MERGED', reason: '打通合并', on: '2026-06-01', intoHouseholdId: into });
    // Each request holds its own household and waits on the compound: the interleaving where locking the other household too deadlocks.
    const holder = api.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT 1 FROM compounds WHERE id = $1 FOR UPDATE', [place.compoundId]);
    const racing = Promise.all([merge(h105, h106), merge(h106, h105)]);
    const waiting = async () =>
      (
        await api.db.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
      )[0].n as number;
    for (const deadline = Date.now() + 10_000; (await waiting()) < 2;) {
      if (Date.now() > deadline) throw new Error('the two moves never both waited on the compound');
      await new Promise((r) => setTimeout(r, 20));
    }
    await holder.commitTransaction();
    await holder.release();
    const answers = await racing;
    expect(answers.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(answers.find((r) => r.status === 422)!.body.errors).toEqual([expect.objectContaining({ code: 'DEPARTED' })]);
    const moves = await api.db.query('SELECT household_id FROM household_moves WHERE household_id = ANY($1)', [[h105, h106]]);
    expect(moves).toHaveLength(1);
  });

  it('a merged-away household that had not answered is sent to nobody: not pending, not on the door-knocking list, not named in a gap', async () => {
    const [h105, h106] = [await householdId('105'), await householdId('106')];
    const [{ household_id: merged }] = await api.db.query('SELECT household_id FROM household_moves WHERE household_id = ANY($1)', [
      [h105, h106],
    ]);
    const [mergedKey, intoKey] = merged === h105 ? ['1/1/105', '1/1/106'] : ['1/1/106', '1/1/105'];

    const pending = (await api.http.get(`/rounds/${before}/pending`).set(committee.auth).expect(200)).body;
    expect(pending.items.map((h: { unitKey: string }) => h.unitKey)).toEqual([intoKey]);
    expect(pending.total).toBe(1);

    const res = await api.http.get(`/rounds/${before}/pending.xlsx`).set(committee.auth).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const rooms = (wb.getWorksheet('未表态住户')!.getSheetValues().slice(5) as unknown[][]).map((r) => r[3]);
    expect(rooms).toEqual([intoKey.slice(-3)]);

    // It still counts in the snapshot's denominator, unanswered: only nobody is asked to win it over.
    const tally = (await api.http.get(`/rounds/${before}/tally`).set(pm.auth).expect(200)).body;
    expect(tally).toMatchObject({ rosterSize: 6, responded: 4, notResponded: 2 });
    const failing = tally.conditions.filter((c: { passed: boolean }) => !c.passed);
    expect(failing.length).toBeGreaterThan(0);
    const named = failing.flatMap((c: { gapHouseholds: { unitKey: string }[] }) => c.gapHouseholds.map((h) => h.unitKey));
    expect(named).toContain(intoKey);
    expect(named).not.toContain(mergedKey);
  });
});
