import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, planItem, type Place } from './support/fixtures.js';

/** Change orders (变更签证, Huitong): minor ones confirmed on site, major ones argued and budget-reviewed. */
describe('change orders', () => {
  let api: TestApi;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let supervisor: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;

  const raise = (body: object) => api.http.post(`/projects/${projectId}/change-orders`).set(pm.auth).send(body);
  const fire = (id: string, body: object, who = pm) => api.http.post(`/change-orders/${id}/transitions`).set(who.auth).send(body);
  const codes = (res: { body: { errors?: { code: string }[] } }) => res.body.errors?.map((e) => e.code);

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'change');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
    // The stages before construction are walked in plan-to-permits.e2e-spec.ts.
    await api.db.query(`UPDATE projects SET state = 'DESIGN' WHERE id = $1`, [projectId]);
    await api.http
      .post(`/projects/${projectId}/plans`)
      .set(pm.auth)
      .send({ items: [planItem('a', 1000), planItem('b', 3000)] })
      .expect(201);
  });

  afterAll(() => api.close());

  it('is raised only during construction', async () => {
    const early = await raise({ kind: 'MINOR', title: '增加', reason: '现场', lines: [{ key: 'a', quantity: 2 }] }).expect(409);
    expect(early.body.code).toBe('RESOURCE.CONFLICT');
    await api.db.query(`UPDATE projects SET state = 'CONSTRUCTION' WHERE id = $1`, [projectId]);
  });

  it('a minor order is confirmed on site with residents, approved, and becomes a plan version tagged as a change', async () => {
    const order = (
      await raise({ kind: 'MINOR', title: '雨污管线加长', reason: '开挖后管线走向不同', lines: [{ key: 'a', quantity: 2 }] }).expect(201)
    ).body;
    expect(order).toMatchObject({ state: 'DRAFT', kind: 'MINOR' });
    expect(codes(await fire(order.id, { event: 'CONFIRM_ON_SITE', document: '签证单 QZ-01' }).expect(422))).toEqual([
      'CHANGE.NO_RESIDENT_CONFIRMATION',
    ]);
    expect(codes(await fire(order.id, { event: 'ARGUE', parties: [], document: 'x' }).expect(422))).toContain('CHANGE.NOT_MAJOR');
    expect((await fire(order.id, { event: 'APPROVE' }, supervisor).expect(409)).body.code).toBe('MACHINE.EVENT_NOT_ALLOWED');
    await fire(order.id, { event: 'CONFIRM_ON_SITE', residentRepresentatives: ['居民代表甲'], document: '签证单 QZ-01' }).expect(200);
    expect((await fire(order.id, { event: 'APPROVE' }, supervisor).expect(403)).body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
    const approved = (await fire(order.id, { event: 'APPROVE' }).expect(200)).body;
    expect(approved).toMatchObject({ state: 'APPROVED', planVersion: 2 });

    const v2 = (await api.http.get(`/projects/${projectId}/plans/2`).set(pm.auth).expect(200)).body;
    expect(v2).toMatchObject({ budget: '5000.00', frozen: true });
    expect(v2.items.find((i: { key: string }) => i.key === 'a')).toMatchObject({ quantity: '2.00', budget: '2000.00', name: 'a' });
    const [{ change_order_id }] = await api.db.query('SELECT change_order_id FROM plan_versions WHERE project_id = $1 AND version = 2', [
      projectId,
    ]);
    expect(change_order_id).toBe(order.id);
  });

  it('a major order is argued by every party, budget-reviewed, and holds construction open until decided', async () => {
    const incomplete = await raise({ kind: 'MAJOR', title: '增设充电桩', reason: '居民要求', lines: [{ key: 'ev', quantity: 10 }] }).expect(
      422,
    );
    expect(codes(incomplete)).toEqual(['NEW_ITEM_INCOMPLETE']);
    const order = (
      await raise({
        kind: 'MAJOR',
        title: '增设充电桩',
        reason: '居民要求',
        lines: [
          { key: 'ev', quantity: 10, unitPrice: 2500, name: '电动车充电桩', category: 'IMPROVEMENT', unit: '个', paidBy: 'RESIDENTS' },
        ],
      }).expect(201)
    ).body;
    const blocked = await api.http
      .post(`/projects/${projectId}/transitions`)
      .set(pm.auth)
      .send({ event: 'COMPLETE_CONSTRUCTION' })
      .expect(422);
    expect(codes(blocked)).toContain('CONSTRUCTION.CHANGE_ORDER_PENDING');

    const four = ['CONSTRUCTION_UNIT', 'DESIGN', 'SUPERVISION', 'CONTRACTOR'];
    expect(codes(await fire(order.id, { event: 'ARGUE', parties: four, document: '论证意见' }).expect(422))).toEqual([
      'CHANGE.PARTIES_MISSING',
    ]);
    await fire(order.id, { event: 'ARGUE', parties: [...four, 'OWNER_REPRESENTATIVES'], document: '五方论证意见书' }).expect(200);
    expect(codes(await fire(order.id, { event: 'REVIEW_BUDGET' }).expect(422))).toEqual(['CHANGE.DOCUMENT_REQUIRED']);
    await fire(order.id, { event: 'REVIEW_BUDGET', document: '财评报告 CP-7' }).expect(200);
    expect(codes(await fire(order.id, { event: 'REJECT' }).expect(422))).toEqual(['TRANSITION.REASON_REQUIRED']);
    const approved = (await fire(order.id, { event: 'APPROVE' }).expect(200)).body;
    expect(approved).toMatchObject({ state: 'APPROVED', planVersion: 3, budgetReview: '财评报告 CP-7' });

    const v3 = (await api.http.get(`/projects/${projectId}/plans/3`).set(pm.auth).expect(200)).body;
    expect(v3.budget).toBe('30000.00');
    const again = await api.http
      .post(`/projects/${projectId}/transitions`)
      .set(pm.auth)
      .send({ event: 'COMPLETE_CONSTRUCTION' })
      .expect(422);
    expect(codes(again)).not.toContain('CONSTRUCTION.CHANGE_ORDER_PENDING');
    const history = await api.db.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [order.id]);
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'change-order.created',
      'change-order.ARGUE',
      'change-order.REVIEW_BUDGET',
      'change-order.APPROVE',
    ]);
  });
});
