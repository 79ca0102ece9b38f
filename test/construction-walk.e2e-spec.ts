import { chinaDate } from '@app/domain';
import { DeadlineRunner } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, projectInConstruction, type Place } from './support/fixtures.js';

const DAY = 24 * 3600 * 1000;

/**
 * Construction under supervision, over HTTP with every role: three reports (one returned with a
 * finding that is rectified and closed), a minor and a major change order, a complaint through its
 * revisit, an overdue report escalated to the PM and then the supervisor, and ACCEPTANCE.
 */
describe('construction under supervision, to ACCEPTANCE', () => {
  let api: TestApi;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let committee: Awaited<ReturnType<TestApi['user']>>;
  let supervisor: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;

  const reports = async () => (await api.http.get(`/projects/${projectId}/reports`).set(pm.auth).expect(200)).body;
  const submit = (id: string, percents: Record<string, number>) =>
    api.http
      .post(`/reports/${id}/submit`)
      .set(pm.auth)
      .send({ items: Object.entries(percents).map(([key, percent]) => ({ key, percent })), narrative: '按计划推进' })
      .expect(200);
  const accept = (id: string) => api.http.post(`/reports/${id}/accept`).set(supervisor.auth).expect(200);
  const transition = (event: string) => api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event });
  const inbox = async (who: { auth: { Authorization: string } }) =>
    (await api.http.get('/me/notifications').set(who.auth).expect(200)).body;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'build');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    projectId = await projectInConstruction(api, place, pm);
  });

  afterAll(() => api.close());

  it('report 1 is returned with a finding, the finding is rectified and closed, and the report accepted', async () => {
    await api.http.put(`/projects/${projectId}/report-schedule`).set(pm.auth).send({ intervalDays: 10 }).expect(200);
    const [first] = await reports();
    expect(first.dueAt).toBe(new Date(api.clock.now().getTime() + 15 * DAY).toISOString());
    await submit(first.id, { a: 50, b: 20 });
    const deadline = new Date(api.clock.now().getTime() + 5 * DAY).toISOString();
    await api.http
      .post(`/reports/${first.id}/return`)
      .set(supervisor.auth)
      .send({ findings: [{ severity: 'HIGH', description: '沟槽未设护栏', deadline, responsible: '施工单位' }] })
      .expect(200);
    const [finding] = (await api.http.get('/findings').set(supervisor.auth).expect(200)).body;
    await api.http
      .post(`/findings/${finding.id}/transitions`)
      .set(pm.auth)
      .send({ event: 'RECTIFY', evidence: '护栏照片 IMG-88' })
      .expect(200);
    await api.http.post(`/findings/${finding.id}/transitions`).set(supervisor.auth).send({ event: 'CLOSE' }).expect(200);
    await submit(first.id, { a: 50, b: 20 });
    await accept(first.id);
    const [, second] = await reports();
    expect(second).toMatchObject({ state: 'DUE', dueAt: new Date(new Date(first.dueAt).getTime() + 10 * DAY).toISOString() });
  });

  it('a change order, argued, budget-reviewed and approved by the government, makes a plan version', async () => {
    const order = (
      await api.http
        .post(`/projects/${projectId}/change-orders`)
        .set(pm.auth)
        .send({
          title: '管线加长并增设充电桩',
          reason: '现场管线走向不同；居民要求充电桩',
          lines: [
            { key: 'a', quantity: 2 },
            { key: 'c', quantity: 4, unitPrice: 500, name: '充电桩', category: 'IMPROVEMENT', unit: '个', paidBy: 'RESIDENTS' },
          ],
        })
        .expect(201)
    ).body;
    const fire = (body: object, who = pm) => api.http.post(`/change-orders/${order.id}/transitions`).set(who.auth).send(body).expect(200);
    const parties = ['CONSTRUCTION_UNIT', 'DESIGN', 'SUPERVISION', 'CONTRACTOR', 'OWNER_REPRESENTATIVES'];
    await fire({ event: 'ARGUE', parties, opinion: '论证意见', meetingDecision: '指挥部会议纪要' });
    await fire({ event: 'REVIEW_BUDGET', financeReview: '财评' });
    const decision = { authority: '某区人民政府', documentNumber: '区政函〔2026〕3号', decidedOn: chinaDate(api.clock.now()) };
    expect((await fire({ event: 'APPROVE', decision }, supervisor)).body.planVersion).toBe(2);
    expect((await api.http.get(`/projects/${projectId}/plans/2`).set(pm.auth).expect(200)).body.budget).toBe('7000.00');
  });

  it('a complaint goes through its revisit', async () => {
    const c = (await api.http.post(`/projects/${projectId}/complaints`).set(committee.auth).send({ subject: '扬尘' }).expect(201)).body;
    for (const body of [
      { event: 'HANDLE', handler: '项目部' },
      { event: 'RESOLVE', resolution: '洒水降尘' },
      { event: 'REVISIT', acknowledgement: '已改善' },
      { event: 'CLOSE' },
    ]) {
      await api.http.post(`/complaints/${c.id}/transitions`).set(committee.auth).send(body).expect(200);
    }
  });

  it('report 2 falls overdue: the PM hears at once, the supervisor after the grace period; it is then submitted and accepted', async () => {
    const [, second] = await reports();
    api.clock.set(new Date(new Date(second.dueAt).getTime() + 1000));
    const runner = api.app.get(DeadlineRunner);
    const deadline = async (kind: string) =>
      (await api.db.query('SELECT id FROM deadlines WHERE subject_id = $1 AND kind = $2', [second.id, kind]))[0].id;
    expect(await runner.fire(await deadline('REPORT_DUE'), api.clock.now())).toBe('ACTED');
    expect((await reports())[1].state).toBe('OVERDUE');
    expect(await inbox(pm)).toEqual([expect.objectContaining({ kind: 'REPORT_OVERDUE', level: 'PM', subjectId: second.id })]);
    expect(await inbox(supervisor)).toEqual([]);
    api.clock.advance(48 * 3600 * 1000);
    expect(await runner.fire(await deadline('ESCALATION'), api.clock.now())).toBe('ACTED');
    expect(await inbox(supervisor)).toEqual([
      expect.objectContaining({ kind: 'REPORT_OVERDUE', level: 'SUPERVISOR', subjectId: second.id }),
    ]);
    await submit(second.id, { a: 80, b: 70, c: 50 });
    await accept(second.id);
  });

  it('report 3 at 100% lets construction complete into ACCEPTANCE', async () => {
    const blocked = await transition('COMPLETE_CONSTRUCTION').expect(422);
    expect(blocked.body.errors.map((e: { code: string }) => e.code)).toEqual(['CONSTRUCTION.WORK_INCOMPLETE']);
    const [, , third] = await reports();
    await submit(third.id, { a: 100, b: 100, c: 100 });
    await accept(third.id);
    expect((await api.http.get(`/projects/${projectId}/progress`).set(supervisor.auth).expect(200)).body).toMatchObject({
      basisPoints: 10000,
      reportSeq: 3,
    });
    expect((await transition('COMPLETE_CONSTRUCTION').expect(200)).body.project.state).toBe('ACCEPTANCE');
  });
});
