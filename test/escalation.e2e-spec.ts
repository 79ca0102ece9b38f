import { DeadlineRunner } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, type Place } from './support/fixtures.js';

const HOUR = 3600 * 1000;

/** Late work is told to the PM at once and to the supervisor when still late after the grace period. */
describe('escalation and the inbox', () => {
  let api: TestApi;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let supervisor: Awaited<ReturnType<TestApi['user']>>;
  let otherSupervisor: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;

  const inbox = async (who: { auth: { Authorization: string } }, query = '') =>
    (await api.http.get(`/me/notifications${query}`).set(who.auth).expect(200)).body;
  const deadline = async (subjectId: string, kind: string) =>
    (await api.db.query('SELECT id FROM deadlines WHERE subject_id = $1 AND kind = $2', [subjectId, kind]))[0].id;
  const complaint = async (subject: string) =>
    (await api.http.post(`/projects/${projectId}/complaints`).set(pm.auth).send({ subject }).expect(201)).body.id;

  beforeAll(async () => {
    api = await startApi({ ESCALATION_GRACE_HOURS: '48' });
    place = await districtWithCompound(api, 'escalate');
    const other = await districtWithCompound(api, 'escalate-other');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    otherSupervisor = await api.user('SUPERVISOR', { districtIds: [other.districtId] });
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
  });

  afterAll(() => api.close());

  it('tells the PM once when a complaint passes its limit, then the supervisor after the grace period', async () => {
    const id = await complaint('楼道堆放建材');
    const runner = api.app.get(DeadlineRunner);
    api.clock.advance(72 * HOUR + 1);
    expect(await runner.fire(await deadline(id, 'COMPLAINT_RESPONSE'), api.clock.now())).toBe('ACTED');
    expect(await runner.fire(await deadline(id, 'COMPLAINT_RESPONSE'), api.clock.now())).toBe('ALREADY_SETTLED');

    const pmInbox = await inbox(pm);
    expect(pmInbox).toEqual([expect.objectContaining({ kind: 'COMPLAINT_LATE', level: 'PM', subjectId: id, readAt: null })]);
    expect(await inbox(supervisor)).toEqual([]);

    await expect(runner.fire(await deadline(id, 'ESCALATION'), api.clock.now())).rejects.toThrow(/not due/);
    api.clock.advance(48 * HOUR);
    expect(await runner.fire(await deadline(id, 'ESCALATION'), api.clock.now())).toBe('ACTED');
    expect(await runner.fire(await deadline(id, 'ESCALATION'), api.clock.now())).toBe('ALREADY_SETTLED');
    expect(await inbox(supervisor)).toEqual([expect.objectContaining({ kind: 'COMPLAINT_LATE', level: 'SUPERVISOR', subjectId: id })]);
    expect(await inbox(otherSupervisor)).toEqual([]);
    expect(await inbox(pm)).toHaveLength(1);

    await api.http.post(`/me/notifications/${pmInbox[0].id}/read`).set(pm.auth).expect(204);
    expect(await inbox(pm, '?unread=true')).toEqual([]);
    expect((await inbox(pm))[0].readAt).not.toBeNull();
    await api.http.post(`/me/notifications/${pmInbox[0].id}/read`).set(supervisor.auth).expect(404);
  });

  it('does not trouble the supervisor when the PM acts within the grace period', async () => {
    const id = await complaint('管线开挖未围挡');
    const runner = api.app.get(DeadlineRunner);
    api.clock.advance(72 * HOUR + 1);
    await runner.fire(await deadline(id, 'COMPLAINT_RESPONSE'), api.clock.now());
    await api.http.post(`/complaints/${id}/transitions`).set(pm.auth).send({ event: 'HANDLE', handler: '项目部' }).expect(200);
    api.clock.advance(48 * HOUR);
    expect(await runner.fire(await deadline(id, 'ESCALATION'), api.clock.now())).toBe('ALREADY_SETTLED');
    expect((await inbox(supervisor)).filter((n: { subjectId: string }) => n.subjectId === id)).toEqual([]);
  });

  it('escalates a finding still open at its rectification deadline, and not one already rectified', async () => {
    const [{ id: reportId }] = await api.db.query(
      `INSERT INTO progress_reports (project_id, district_id, compound_id, seq, due_at, state) VALUES ($1, $2, $3, 1, $4, 'RETURNED') RETURNING id`,
      [projectId, place.districtId, place.compoundId, api.clock.now()],
    );
    const finding = async (description: string) =>
      (
        await api.db.query(
          `INSERT INTO findings (project_id, district_id, compound_id, report_id, severity, description, deadline, responsible, state, raised_by, raised_at)
           VALUES ($1, $2, $3, $4, 'HIGH', $5, $6, '施工单位', 'OPEN', $7, $6) RETURNING id`,
          [projectId, place.districtId, place.compoundId, reportId, description, api.clock.now(), supervisor.id],
        )
      )[0].id as string;
    const open = await finding('脚手架缺防护网');
    const fixed = await finding('材料占用消防通道');
    await api.http.post(`/findings/${fixed}/transitions`).set(pm.auth).send({ event: 'RECTIFY', evidence: '已清理' }).expect(200);
    for (const id of [open, fixed]) {
      await api.db.query(`INSERT INTO deadlines (kind, subject_id, due_at) VALUES ('FINDING_DEADLINE', $1, $2)`, [id, api.clock.now()]);
    }
    const runner = api.app.get(DeadlineRunner);
    expect(await runner.fire(await deadline(open, 'FINDING_DEADLINE'), api.clock.now())).toBe('ACTED');
    expect(await runner.fire(await deadline(fixed, 'FINDING_DEADLINE'), api.clock.now())).toBe('ACTED');
    const notices = (await inbox(pm)).filter((n: { kind: string }) => n.kind === 'FINDING_OVERDUE');
    expect(notices.map((n: { subjectId: string }) => n.subjectId)).toEqual([open]);
  });
});
