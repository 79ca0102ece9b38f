import { DeadlineRunner, NotYetDue } from '@app/workflow';
import type { Response } from 'supertest';
import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, projectInConstruction, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface Report {
  id: string;
  seq: number;
  dueAt: string;
  state: string;
}
interface Finding {
  id: string;
  state: string;
  overdue: boolean;
  projectName: string;
}

const DAY = 24 * 3600 * 1000;

/** Progress reports audited by supervisors, and the findings ledger (挂账销号). */
describe('construction supervision: reports, progress and findings', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let supervisor: User;
  let stranger: User;
  let projectId: string;
  let startedAt: Date;
  /** The finding raised when report #1 was returned. */
  let findingId: string;

  const reports = async (): Promise<Report[]> => (await api.http.get(`/projects/${projectId}/reports`).set(pm.auth).expect(200)).body;
  const report = async (seq: number): Promise<Report> => (await reports()).find((r) => r.seq === seq)!;
  const submit = (id: string, items: object[], who = pm) =>
    api.http.post(`/reports/${id}/submit`).set(who.auth).send({ items, narrative: '按计划推进' });
  const accept = (id: string, who = supervisor) => api.http.post(`/reports/${id}/accept`).set(who.auth).send({});
  const returnWith = (id: string, findings: object[], who = supervisor) =>
    api.http.post(`/reports/${id}/return`).set(who.auth).send({ findings });
  const finding = (description: string, deadline: Date) => ({
    severity: 'HIGH',
    description,
    deadline: deadline.toISOString(),
    responsible: '施工单位项目经理',
  });
  const fireFinding = (id: string, body: object, who: User) => api.http.post(`/findings/${id}/transitions`).set(who.auth).send(body);
  const ledger = async (): Promise<Finding[]> =>
    (await api.http.get(`/findings?projectId=${projectId}`).set(supervisor.auth).expect(200)).body;
  const progress = async () => (await api.http.get(`/projects/${projectId}/progress`).set(pm.auth).expect(200)).body;
  const guardCodes = (res: Response) => (res.body.errors as { code: string }[]).map((e) => e.code);

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'supervision');
    const other = await districtWithCompound(api, 'elsewhere');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    stranger = await api.user('SUPERVISOR', { districtIds: [other.districtId] });
    startedAt = api.clock.now();
    projectId = await projectInConstruction(api, place, pm);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('starts the schedule: report #1 falls due 15 days after construction starts', async () => {
    const list = await reports();
    expect(list.map((r) => [r.seq, r.state, r.dueAt])).toEqual([[1, 'DUE', new Date(startedAt.getTime() + 15 * DAY).toISOString()]]);
  });

  it('a report is submitted, returned with a finding, resubmitted and accepted; only accepted figures count', async () => {
    const first = await report(1);
    expect(
      (
        await submit(first.id, [
          { key: 'a', percent: 50 },
          { key: 'b', percent: 0 },
        ]).expect(200)
      ).body.state,
    ).toBe('SUBMITTED');
    expect((await progress()).basisPoints).toBe(0);

    const returned = await returnWith(first.id, [finding('脚手架未设置防护网', new Date(api.clock.now().getTime() + 30 * DAY))]).expect(
      200,
    );
    expect(returned.body.state).toBe('RETURNED');
    const open = (await ledger()).filter((f) => f.state === 'OPEN');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ state: 'OPEN', overdue: false, responsible: '施工单位项目经理', severity: 'HIGH' });
    findingId = open[0].id;

    expect(
      (
        await submit(first.id, [
          { key: 'a', percent: 50 },
          { key: 'b', percent: 0 },
        ]).expect(200)
      ).body.state,
    ).toBe('SUBMITTED');
    expect((await accept(first.id).expect(200)).body).toMatchObject({ state: 'ACCEPTED', auditedBy: supervisor.id });

    const second = await report(2);
    expect(second.state).toBe('DUE');
    expect(new Date(second.dueAt).getTime()).toBe(new Date(first.dueAt).getTime() + 15 * DAY);
    // a: 50% of 1,000 + b: 0% of 3,000, over 4,000.
    expect(await progress()).toMatchObject({ basisPoints: 1250, percent: '12.50', reportSeq: 1 });

    await submit(second.id, [
      { key: 'a', percent: 90 },
      { key: 'b', percent: 60 },
    ]).expect(200);
    expect(await progress()).toMatchObject({ basisPoints: 1250, percent: '12.50', reportSeq: 1 });
  });

  it('a figure lower than the last accepted one needs a reason', async () => {
    const second = await report(2);
    await returnWith(second.id, [finding('进度数据与现场不符', new Date(api.clock.now().getTime() + 60 * DAY))]).expect(200);

    const bare = await submit(second.id, [
      { key: 'a', percent: 40 },
      { key: 'b', percent: 0 },
    ]).expect(422);
    expect(bare.body.errors).toEqual([expect.objectContaining({ field: 'items.0.reason', code: 'DECREASE_NEEDS_REASON' })]);
    expect((await report(2)).state).toBe('RETURNED');

    await submit(second.id, [
      { key: 'a', percent: 40, reason: '返工拆除不合格部分' },
      { key: 'b', percent: 0 },
    ]).expect(200);
    await accept(second.id).expect(200);
    // The project covers one compound: all of its progress is that compound's.
    expect(await progress()).toEqual({
      basisPoints: 1000,
      percent: '10.00',
      reportSeq: 2,
      compounds: [{ compoundId: place.compoundId, budget: '4000.00', basisPoints: 1000, percent: '10.00' }],
    });
  });

  it('rejects a percent outside 0 to 100 (400) and an item the plan does not have (422)', async () => {
    const third = await report(3);
    for (const percent of [101, -1])
      await submit(third.id, [
        { key: 'a', percent: 40 },
        { key: 'b', percent },
      ]).expect(400);
    const unknown = await submit(third.id, [
      { key: 'a', percent: 40 },
      { key: 'b', percent: 0 },
      { key: 'zzz', percent: 10 },
    ]).expect(422);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'items.2.key', code: 'UNKNOWN_ITEM' })]);
    // Every plan item once: one left out would silently fall back to 0%.
    const missing = await submit(third.id, [{ key: 'a', percent: 40 }]).expect(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'items', code: 'MISSING_ITEM' })]);
    const twice = await submit(third.id, [
      { key: 'a', percent: 40 },
      { key: 'b', percent: 0 },
      { key: 'a', percent: 50 },
    ]).expect(422);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'items.2.key', code: 'DUPLICATE' })]);
    expect((await report(3)).state).toBe('DUE');
  });

  it('only a supervisor of the district audits, and a return carries findings', async () => {
    const third = await report(3);
    await submit(third.id, [
      { key: 'a', percent: 40 },
      { key: 'b', percent: 10 },
    ]).expect(200);
    await accept(third.id, pm).expect(403);
    const outside = await accept(third.id, stranger).expect(404);
    expect(outside.body.code).toBe('RESOURCE.NOT_FOUND');
    const empty = await returnWith(third.id, []).expect(422);
    expect(empty.body.code).toBe('MACHINE.GUARD_FAILED');
    expect(guardCodes(empty)).toEqual(['REPORT.NO_FINDINGS']);
    expect((await report(3)).state).toBe('SUBMITTED');
    expect(await reports()).toHaveLength(3);
  });

  it('a finding is rectified with evidence, reopened with a reason, and closed by the supervisor', async () => {
    const early = await fireFinding(findingId, { event: 'CLOSE' }, supervisor).expect(409);
    expect(early.body.code).toBe('MACHINE.EVENT_NOT_ALLOWED');
    const noEvidence = await fireFinding(findingId, { event: 'RECTIFY' }, pm).expect(422);
    expect(guardCodes(noEvidence)).toEqual(['FINDING.EVIDENCE_REQUIRED']);
    expect((await fireFinding(findingId, { event: 'RECTIFY', evidence: '整改照片 #1' }, pm).expect(200)).body.state).toBe('RECTIFIED');
    const noReason = await fireFinding(findingId, { event: 'REOPEN' }, supervisor).expect(422);
    expect(guardCodes(noReason)).toEqual(['TRANSITION.REASON_REQUIRED']);
    expect((await fireFinding(findingId, { event: 'REOPEN', reason: '防护网未全覆盖' }, supervisor).expect(200)).body.state).toBe(
      'REOPENED',
    );
    const again = await fireFinding(findingId, { event: 'RECTIFY', evidence: '整改照片 #2' }, pm).expect(200);
    expect(again.body).toMatchObject({ state: 'RECTIFIED', evidence: '整改照片 #2' });
    const closed = await fireFinding(findingId, { event: 'CLOSE' }, supervisor).expect(200);
    expect(closed.body.state).toBe('CLOSED');
    expect(closed.body.closedAt).not.toBeNull();
    expect((await ledger()).map((f) => f.id)).not.toContain(findingId);
  });

  it('the ledger lists overdue findings first', async () => {
    const now = api.clock.now().getTime();
    await returnWith((await report(3)).id, [finding('later', new Date(now + 20 * DAY)), finding('sooner', new Date(now + 2 * DAY))]).expect(
      200,
    );
    api.clock.advance(3 * DAY);
    const list = await ledger();
    expect(list.map((f) => [(f as unknown as { description: string }).description, f.overdue])).toEqual([
      ['sooner', true],
      ['later', false],
      ['进度数据与现场不符', false],
    ]);
    // Each named by its project, so a ledger of many projects reads without looking them up.
    expect(new Set(list.map((f) => f.projectName))).toEqual(new Set(['综合改造']));
  });

  it('COMPLETE_CONSTRUCTION waits for finished work, closed findings and closed complaints', async () => {
    const complete = () =>
      api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event: 'COMPLETE_CONSTRUCTION' }).expect(422);
    // An open complaint keeps construction open for the rest of this file.
    await api.http.post(`/projects/${projectId}/complaints`).set(pm.auth).send({ subject: '夜间施工噪音' }).expect(201);
    expect(guardCodes(await complete())).toEqual([
      'CONSTRUCTION.WORK_INCOMPLETE',
      'CONSTRUCTION.FINDINGS_OPEN',
      'CONSTRUCTION.COMPLAINTS_OPEN',
    ]);

    const third = await report(3);
    await submit(third.id, [
      { key: 'a', percent: 100 },
      { key: 'b', percent: 100 },
    ]).expect(200);
    await accept(third.id).expect(200);
    expect((await progress()).basisPoints).toBe(10000);
    expect(guardCodes(await complete())).toEqual(['CONSTRUCTION.FINDINGS_OPEN', 'CONSTRUCTION.COMPLAINTS_OPEN']);

    for (const f of await ledger()) {
      await fireFinding(f.id, { event: 'RECTIFY', evidence: '已整改' }, pm).expect(200);
      await fireFinding(f.id, { event: 'CLOSE' }, supervisor).expect(200);
    }
    expect(await ledger()).toEqual([]);
    expect(guardCodes(await complete())).toEqual(['CONSTRUCTION.COMPLAINTS_OPEN']);
  });

  it('refuses a report while the project is not in CONSTRUCTION', async () => {
    const fourth = await report(4);
    expect(fourth.state).toBe('DUE');
    await api.db.query(`UPDATE projects SET state = 'ON_HOLD', resume_state = 'CONSTRUCTION' WHERE id = $1`, [projectId]);
    const held = await submit(fourth.id, [{ key: 'a', percent: 100 }]).expect(409);
    expect(held.body.code).toBe('PROJECT.WRONG_STAGE');
    expect((await report(4)).state).toBe('DUE');
    await api.db.query(`UPDATE projects SET state = 'CONSTRUCTION', resume_state = NULL WHERE id = $1`, [projectId]);
  });

  it('a report not submitted by its due date turns OVERDUE once, and can still be submitted', async () => {
    const fourth = await report(4);
    const runner = api.app.get(DeadlineRunner);
    const [{ id: deadlineId }]: { id: string }[] = await api.db.query(
      `SELECT id FROM deadlines WHERE kind = 'REPORT_DUE' AND subject_id = $1`,
      [fourth.id],
    );
    const dueAt = new Date(fourth.dueAt);
    const marks = async () =>
      (
        await api.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'report.MARK_OVERDUE'`, [fourth.id])
      )[0].n;

    api.clock.set(new Date(dueAt.getTime() - 60 * 1000));
    await expect(runner.fire(deadlineId, api.clock.now())).rejects.toBeInstanceOf(NotYetDue);
    expect((await report(4)).state).toBe('DUE');
    expect(await marks()).toBe(0);

    api.clock.set(new Date(dueAt.getTime() + 3600 * 1000));
    expect(await runner.fire(deadlineId, api.clock.now())).toBe('ACTED');
    expect(await runner.fire(deadlineId, api.clock.now())).toBe('ALREADY_SETTLED');
    expect((await report(4)).state).toBe('OVERDUE');
    expect(await marks()).toBe(1);

    const late = await submit(fourth.id, [
      { key: 'a', percent: 100 },
      { key: 'b', percent: 100 },
    ]).expect(200);
    expect(late.body.state).toBe('SUBMITTED');
  });

  it('a suspension drops the report not yet due; on RESUME the next falls due an interval later', async () => {
    await accept((await report(4)).id).expect(200);
    const fifth = await report(5);
    expect(fifth.state).toBe('DUE');
    const fire = (event: string) => api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event, reason: '汛期停工' });
    await fire('SUSPEND').expect(200);
    expect((await reports()).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    const [deadline] = await api.db.query(`SELECT state FROM deadlines WHERE kind = 'REPORT_DUE' AND subject_id = $1`, [fifth.id]);
    expect(deadline.state).toBe('CANCELLED');

    api.clock.advance(40 * DAY);
    await fire('RESUME').expect(200);
    const resumed = await report(5);
    expect(resumed.state).toBe('DUE');
    expect(resumed.dueAt).toBe(new Date(api.clock.now().getTime() + 15 * DAY).toISOString());
    await fire('RESUME').expect(409);
  });

  it('a deadline written as a day is due at the end of that day in Beijing: met at 23:59, overdue from 00:00 of the next', async () => {
    const elsewhere = await districtWithCompound(api, 'deadline-day');
    const pm2 = await api.user('DISTRICT_PM', { districtIds: [elsewhere.districtId] });
    const supervisor2 = await api.user('SUPERVISOR', { districtIds: [elsewhere.districtId] });
    const project = await projectInConstruction(api, elsewhere, pm2);
    const [first]: Report[] = (await api.http.get(`/projects/${project}/reports`).set(pm2.auth).expect(200)).body;
    await submit(
      first.id,
      [
        { key: 'a', percent: 10 },
        { key: 'b', percent: 10 },
      ],
      pm2,
    ).expect(200);
    api.clock.set('2026-12-04T09:21:00+08:00');
    const raise = (findings: { deadline: string; description: string }[]) =>
      returnWith(
        first.id,
        findings.map((f) => ({ ...f, severity: 'LOW', responsible: '施工单位' })),
        supervisor2,
      );
    // Not a day of the calendar, or not a deadline at all: refused, nothing raised.
    for (const bad of ['2026-02-30', '2026-12-09 10:00', '2026-W50'])
      expect((await raise([{ deadline: bad, description: '不成立' }]).expect(400)).body.errors).toEqual([
        expect.objectContaining({ field: 'findings.0.deadline' }),
      ]);
    await raise([
      { deadline: '2026-12-09', description: '围挡破损' },
      // A time without an offset is Beijing's clock.
      { deadline: '2026-12-09T17:30', description: '当日整改' },
    ]).expect(200);

    const rows: { id: string; description: string; deadline: Date; deadline_id: string; due_at: Date }[] = await api.db.query(
      `SELECT f.id, f.description, f.deadline, d.id AS deadline_id, d.due_at FROM findings f JOIN deadlines d ON d.subject_id = f.id
        WHERE f.project_id = $1 ORDER BY f.deadline`,
      [project],
    );
    expect(rows.map((r) => [r.description, r.deadline.toISOString(), r.due_at.toISOString()])).toEqual([
      ['当日整改', '2026-12-09T09:30:00.000Z', '2026-12-09T09:30:00.000Z'],
      ['围挡破损', '2026-12-09T15:59:59.999Z', '2026-12-09T15:59:59.999Z'],
    ]);
    const dayOnly = rows[1]!;
    const overdue = async () =>
      ((await api.http.get(`/findings?projectId=${project}`).set(supervisor2.auth).expect(200)).body as Finding[]).find(
        (f) => f.id === dayOnly.id,
      )!.overdue;
    const runner = api.app.get(DeadlineRunner);

    api.clock.set('2026-12-09T23:59:00+08:00');
    expect(await overdue()).toBe(false);
    await expect(runner.fire(dayOnly.deadline_id, api.clock.now())).rejects.toBeInstanceOf(NotYetDue);
    api.clock.set('2026-12-10T00:00:00+08:00');
    expect(await overdue()).toBe(true);
    expect(await runner.fire(dayOnly.deadline_id, api.clock.now())).toBe('ACTED');
  });
});
