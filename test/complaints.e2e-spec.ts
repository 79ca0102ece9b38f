import { DeadlineRunner } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, type Place } from './support/fixtures.js';

const DAY = 24 * 3600 * 1000;

/** Complaints: receive, handle, resolve, revisit (矛盾纠纷 受理-化解-回访), with a response limit. */
describe('complaints', () => {
  let api: TestApi;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let committee: Awaited<ReturnType<TestApi['user']>>;
  let supervisor: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;

  const file = (body: object = { subject: '夜间施工噪音', complainantName: '王秀兰', complainantContact: '13912345678' }) =>
    api.http.post(`/projects/${projectId}/complaints`).set(committee.auth).send(body).expect(201);
  const fire = (id: string, body: object, who = committee) => api.http.post(`/complaints/${id}/transitions`).set(who.auth).send(body);
  const codes = (res: { body: { errors?: { code: string }[] } }) => res.body.errors?.map((e) => e.code);
  const deadlineOf = async (id: string) => (await api.db.query('SELECT id, state FROM deadlines WHERE subject_id = $1', [id]))[0];

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'complaint');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
  });

  afterAll(() => api.close());

  it('goes through handling, resolution and a revisit, each step with its person and time, and can be reopened', async () => {
    const c = (await file()).body;
    expect(c).toMatchObject({
      state: 'RECEIVED',
      complainantName: '王秀兰',
      respondBy: new Date(api.clock.now().getTime() + 3 * DAY).toISOString(),
    });
    expect(codes(await fire(c.id, { event: 'HANDLE' }).expect(422))).toEqual(['COMPLAINT.HANDLER_REQUIRED']);
    await fire(c.id, { event: 'HANDLE', handler: '社区网格员李明' }).expect(200);
    expect((await fire(c.id, { event: 'CLOSE' }).expect(409)).body.code).toBe('MACHINE.EVENT_NOT_ALLOWED');
    await fire(c.id, { event: 'RESOLVE', resolution: '调整施工时间至早8点至晚6点' }, pm).expect(200);
    expect(codes(await fire(c.id, { event: 'REVISIT' }).expect(422))).toEqual(['COMPLAINT.ACKNOWLEDGEMENT_REQUIRED']);
    await fire(c.id, { event: 'REVISIT', acknowledgement: '仍有噪音' }).expect(200);
    expect(codes(await fire(c.id, { event: 'REOPEN' }).expect(422))).toEqual(['TRANSITION.REASON_REQUIRED']);
    expect((await fire(c.id, { event: 'REOPEN', reason: '投诉人不满意' }).expect(200)).body.state).toBe('HANDLING');
    await fire(c.id, { event: 'RESOLVE', resolution: '加装隔音屏' }).expect(200);
    await fire(c.id, { event: 'REVISIT', acknowledgement: '满意' }).expect(200);
    const closed = (await fire(c.id, { event: 'CLOSE' }).expect(200)).body;
    expect(closed.state).toBe('CLOSED');
    expect(closed.steps.map((s: { event: string }) => s.event)).toEqual([
      'HANDLE',
      'RESOLVE',
      'REVISIT',
      'REOPEN',
      'RESOLVE',
      'REVISIT',
      'CLOSE',
    ]);
    expect(closed.steps[2]).toMatchObject({ by: committee.id, note: '仍有噪音' });
    expect(await deadlineOf(c.id)).toMatchObject({ state: 'DONE' });
  });

  it('masks the complainant for supervisors and keeps them to reading', async () => {
    const c = (await file()).body;
    const seen = (await api.http.get(`/projects/${projectId}/complaints`).set(supervisor.auth).expect(200)).body.find(
      (x: { id: string }) => x.id === c.id,
    );
    expect(seen).toMatchObject({ complainantName: '王**', complainantContact: '139****5678' });
    expect((await fire(c.id, { event: 'HANDLE', handler: 'x' }, supervisor).expect(403)).body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
    const other = await districtWithCompound(api, 'complaint-other');
    const stranger = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [other.compoundId] });
    expect((await fire(c.id, { event: 'HANDLE', handler: 'x' }, stranger).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
  });

  it('marks a complaint not answered within its limit as late, once, and only when it is still waiting', async () => {
    const waiting = (await file({ subject: '楼道堆放建材' })).body;
    const answered = (await file({ subject: '管线开挖未围挡' })).body;
    await fire(answered.id, { event: 'HANDLE', handler: '项目部' }).expect(200);
    const runner = api.app.get(DeadlineRunner);
    await expect(runner.fire((await deadlineOf(waiting.id)).id, api.clock.now())).rejects.toThrow(/not due/);

    api.clock.advance(3 * DAY + 1000);
    expect(await runner.fire((await deadlineOf(waiting.id)).id, api.clock.now())).toBe('ACTED');
    expect(await runner.fire((await deadlineOf(waiting.id)).id, api.clock.now())).toBe('ALREADY_SETTLED');
    expect(await runner.fire((await deadlineOf(answered.id)).id, api.clock.now())).toBe('ALREADY_SETTLED');

    const list = (await api.http.get(`/projects/${projectId}/complaints`).set(pm.auth).expect(200)).body;
    expect(list.find((x: { id: string }) => x.id === waiting.id).responseOverdueAt).toBe(api.clock.now().toISOString());
    expect(list.find((x: { id: string }) => x.id === answered.id).responseOverdueAt).toBeNull();
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'complaint.response-overdue'`,
      [waiting.id],
    );
    expect(n).toBe(1);
  });
});
