import { chinaDate } from '@app/domain';
import { startApi, type TestApi } from './support/api.js';
import { confirmQuantities, districtWithCompound, planItem, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const FIVE = ['CONSTRUCTION_UNIT', 'DESIGN', 'SUPERVISION', 'CONTRACTOR', 'OWNER_REPRESENTATIVES'];
const ARGUED = { event: 'ARGUE', parties: FIVE, opinion: '五方论证意见书', meetingDecision: '指挥部第3次会议纪要' };

/**
 * Huitong (seed 001): a content change is argued by five parties, budget-reviewed by county finance
 * and decided by the county (district) government, recorded by a supervisor with its document; a
 * project without content changes has its quantities confirmed on site before it completes.
 */
describe('change orders and the on-site confirmation', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let supervisor: User;
  let otherSupervisor: User;
  let committee: User;
  let projectId: string;

  const raise = (body: object, project = projectId) => api.http.post(`/projects/${project}/change-orders`).set(pm.auth).send(body);
  const fire = (id: string, body: object, who = pm) => api.http.post(`/change-orders/${id}/transitions`).set(who.auth).send(body);
  const codes = (res: { body: { errors?: { code: string }[] } }) => res.body.errors?.map((e) => e.code);
  const complete = async () =>
    codes(await api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event: 'COMPLETE_CONSTRUCTION' }).expect(422));
  const decision = (decidedOn = chinaDate(api.clock.now())) => ({
    authority: '会同县人民政府',
    documentNumber: '会政函〔2026〕18号',
    decidedOn,
  });
  const reviewed = async (title: string) => {
    const order = (await raise({ title, reason: '居民要求', lines: [{ key: 'a', quantity: 3 }] }).expect(201)).body;
    await fire(order.id, ARGUED).expect(200);
    await fire(order.id, { event: 'REVIEW_BUDGET', financeReview: '财评报告 CP-7' }).expect(200);
    return order.id as string;
  };

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'change');
    const other = await districtWithCompound(api, 'change-other');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    otherSupervisor = await api.user('SUPERVISOR', { districtIds: [other.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
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

  it('is raised only during construction, and has no kind any more', async () => {
    const early = await raise({ title: '增加', reason: '现场', lines: [{ key: 'a', quantity: 2 }] }).expect(409);
    expect(early.body.code).toBe('PROJECT.WRONG_STAGE');
    expect((await confirmQuantities(api, projectId, pm, 409)).body.code).toBe('PROJECT.WRONG_STAGE');
    await api.db.query(`UPDATE projects SET state = 'CONSTRUCTION' WHERE id = $1`, [projectId]);
    const minor = await raise({ kind: 'MINOR', title: '增加', reason: '现场', lines: [{ key: 'a', quantity: 2 }] }).expect(400);
    expect(minor.body.errors).toEqual([expect.objectContaining({ field: 'kind', code: 'UNKNOWN_FIELD' })]);
  });

  describe('without a change order: the written on-site confirmation', () => {
    it('COMPLETE_CONSTRUCTION waits for it', async () => {
      expect(await complete()).toContain('CONSTRUCTION.QUANTITIES_UNCONFIRMED');
    });

    it('refuses an item not in the plan, an item twice, a date to come, and no representative, writing nothing', async () => {
      const bad = await confirmQuantities(api, projectId, pm, 422, (items) => [...items, { key: 'ev', quantity: 1 }, items[0]!]);
      expect(bad.body.errors).toEqual([
        expect.objectContaining({ field: 'items.2.key', code: 'NOT_IN_PLAN' }),
        expect.objectContaining({ field: 'items.3.key', code: 'DUPLICATE' }),
      ]);
      const base = { documentNumber: 'QZ-1', residentRepresentatives: [{ name: '张建国' }], items: [{ key: 'a', quantity: 1 }] };
      const put = (body: object) => api.http.put(`/projects/${projectId}/site-confirmation`).set(pm.auth).send(body);
      const tomorrow = chinaDate(new Date(api.clock.now().getTime() + 24 * 3600 * 1000));
      expect(codes(await put({ ...base, confirmedOn: tomorrow }).expect(422))).toEqual(['IN_FUTURE']);
      expect((await put({ ...base, confirmedOn: '2026-02-30x', residentRepresentatives: [] }).expect(400)).body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'confirmedOn' }),
          expect.objectContaining({ field: 'residentRepresentatives' }),
        ]),
      );
      expect(
        (
          await put({ ...base, confirmedOn: '2026-05-01' })
            .set(supervisor.auth)
            .expect(403)
        ).body.code,
      ).toBe('ACCESS.FORBIDDEN');
      expect(await api.db.query('SELECT 1 FROM site_confirmations')).toEqual([]);
    });

    it('quantities that differ from the plan are recorded as found, and completion refuses them: a change needs a change order', async () => {
      const differing = await confirmQuantities(api, projectId, pm, 200, ([a, b]) => [{ ...a!, quantity: 1.5 }, b!]);
      expect(differing.body).toMatchObject({
        planVersion: 1,
        items: [
          { key: 'a', quantity: '1.50' },
          { key: 'b', quantity: '1.00' },
        ],
      });
      expect(await complete()).toContain('CONSTRUCTION.QUANTITIES_DIFFER');
    });

    it("the plan's quantities confirmed: the guard passes; the latest confirmation stands and every one is audited", async () => {
      await confirmQuantities(api, projectId, pm);
      const left = await complete();
      expect(left).not.toContain('CONSTRUCTION.QUANTITIES_DIFFER');
      expect(left).not.toContain('CONSTRUCTION.QUANTITIES_UNCONFIRMED');
      const audit = await api.db.query(`SELECT action, detail FROM audit_log WHERE subject_type = 'site-confirmation' ORDER BY id`);
      expect(audit).toEqual([
        { action: 'site-confirmation.recorded', detail: { planVersion: 1, documentNumber: 'QZ-001', items: 2, representatives: 1 } },
        { action: 'site-confirmation.recorded', detail: { planVersion: 1, documentNumber: 'QZ-001', items: 2, representatives: 1 } },
      ]);
      expect(JSON.stringify(audit)).not.toContain('张建国');
    });

    it('is read by everyone in scope, the representatives masked for supervisors; out of scope it is 404', async () => {
      const get = (who: User) => api.http.get(`/projects/${projectId}/site-confirmation`).set(who.auth);
      // The project covers one compound: its representatives are that compound's.
      expect((await get(committee).expect(200)).body.residentRepresentatives).toEqual([{ name: '张建国', compoundId: place.compoundId }]);
      expect((await get(supervisor).expect(200)).body.residentRepresentatives).toEqual([{ name: '张**', compoundId: place.compoundId }]);
      expect((await get(otherSupervisor).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    });
  });

  describe('a content change', () => {
    let orderId: string;

    it('needs the five parties, their written opinion and the HQ meeting decision to be argued', async () => {
      const incomplete = await raise({ title: '增设充电桩', reason: '居民要求', lines: [{ key: 'ev', quantity: 10 }] }).expect(422);
      expect(codes(incomplete)).toEqual(['NEW_ITEM_INCOMPLETE']);
      const order = (
        await raise({
          title: '增设充电桩',
          reason: '居民要求',
          lines: [
            { key: 'ev', quantity: 10, unitPrice: 2500, name: '电动车充电桩', category: 'IMPROVEMENT', unit: '个', paidBy: 'RESIDENTS' },
          ],
        }).expect(201)
      ).body;
      orderId = order.id;
      expect(order).toMatchObject({ state: 'DRAFT', decision: null, legacy: null });
      expect(await complete()).toContain('CONSTRUCTION.CHANGE_ORDER_PENDING');
      expect(codes(await fire(orderId, { ...ARGUED, parties: FIVE.slice(0, 4) }).expect(422))).toEqual(['CHANGE.PARTIES_MISSING']);
      expect(codes(await fire(orderId, { event: 'ARGUE', parties: FIVE }).expect(422))).toEqual([
        'CHANGE.OPINION_REQUIRED',
        'CHANGE.MEETING_DECISION_REQUIRED',
      ]);
      expect((await fire(orderId, { event: 'ARGUE', document: 'x' }).expect(400)).body.errors[0]).toMatchObject({ code: 'UNKNOWN_FIELD' });
      expect(await fire(orderId, ARGUED).expect(200)).toMatchObject({
        body: { state: 'ARGUED', parties: FIVE, opinion: '五方论证意见书', meetingDecision: '指挥部第3次会议纪要' },
      });
      expect(codes(await fire(orderId, { event: 'REVIEW_BUDGET' }).expect(422))).toEqual(['CHANGE.FINANCE_REVIEW_REQUIRED']);
      await fire(orderId, { event: 'REVIEW_BUDGET', financeReview: '财评报告 CP-7' }).expect(200);
    });

    it('is decided by the government, recorded by a supervisor of the district with the document: not by the PM', async () => {
      expect((await fire(orderId, { event: 'APPROVE', decision: decision() }).expect(403)).body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
      expect((await fire(orderId, { event: 'APPROVE', decision: decision() }, otherSupervisor).expect(404)).body.code).toBe(
        'RESOURCE.NOT_FOUND',
      );
      expect(codes(await fire(orderId, { event: 'APPROVE' }, supervisor).expect(422))).toEqual(['CHANGE.GOVERNMENT_DECISION_REQUIRED']);
      const tomorrow = chinaDate(new Date(api.clock.now().getTime() + 24 * 3600 * 1000));
      expect(codes(await fire(orderId, { event: 'APPROVE', decision: decision(tomorrow) }, supervisor).expect(422))).toEqual([
        'CHANGE.DECISION_DATE',
      ]);
      expect(codes(await fire(orderId, { event: 'APPROVE', decision: decision('2020-01-01') }, supervisor).expect(422))).toEqual([
        'CHANGE.DECISION_DATE',
      ]);
      const bad = await fire(orderId, { event: 'APPROVE', decision: { ...decision(), decidedOn: '18 May' } }, supervisor).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'decision.decidedOn' })]);
      expect((await api.db.query('SELECT state FROM change_orders WHERE id = $1', [orderId]))[0].state).toBe('BUDGET_REVIEWED');

      const approved = (await fire(orderId, { event: 'APPROVE', decision: decision() }, supervisor).expect(200)).body;
      expect(approved).toMatchObject({
        state: 'APPROVED',
        planVersion: 2,
        financeReview: '财评报告 CP-7',
        decision: { ...decision(), recordedBy: supervisor.id },
      });
      const v2 = (await api.http.get(`/projects/${projectId}/plans/2`).set(pm.auth).expect(200)).body;
      expect(v2).toMatchObject({ budget: '29000.00', frozen: true });
      const [{ change_order_id }] = await api.db.query('SELECT change_order_id FROM plan_versions WHERE project_id = $1 AND version = 2', [
        projectId,
      ]);
      expect(change_order_id).toBe(orderId);
      const history = await api.db.query(`SELECT action, actor_id, detail FROM audit_log WHERE subject_id = $1 ORDER BY id`, [orderId]);
      expect(history.map((h: { action: string }) => h.action)).toEqual([
        'change-order.created',
        'change-order.ARGUE',
        'change-order.REVIEW_BUDGET',
        'change-order.APPROVE',
      ]);
      expect(history[3]).toMatchObject({
        actor_id: supervisor.id,
        detail: { planVersion: 2, authority: '会同县人民政府', documentNumber: '会政函〔2026〕18号' },
      });
    });

    it('once approved, the content changed through it: the on-site confirmation of the old plan no longer holds anything up', async () => {
      const left = await complete();
      expect(left).not.toContain('CONSTRUCTION.CHANGE_ORDER_PENDING');
      expect(left).not.toContain('CONSTRUCTION.QUANTITIES_UNCONFIRMED');
      expect(left).not.toContain('CONSTRUCTION.QUANTITIES_DIFFER');
    });

    it('the government may refuse it, with its document and a reason; the plan stays as it was', async () => {
      const id = await reviewed('加装门禁');
      expect(codes(await fire(id, { event: 'REJECT', decision: decision() }, supervisor).expect(422))).toEqual([
        'TRANSITION.REASON_REQUIRED',
      ]);
      const refused = (await fire(id, { event: 'REJECT', decision: decision(), reason: '超出年度资金安排' }, supervisor).expect(200)).body;
      expect(refused).toMatchObject({ state: 'REJECTED', planVersion: null, decision: { documentNumber: '会政函〔2026〕18号' } });
      expect((await api.db.query('SELECT max(version)::int AS v FROM plan_versions WHERE project_id = $1', [projectId]))[0].v).toBe(2);
    });

    it('the project HQ withdraws a change before the review, with a reason; the government is not asked', async () => {
      const order = (await raise({ title: '撤回的变更', reason: '现场', lines: [{ key: 'b', quantity: 2 }] }).expect(201)).body;
      expect(codes(await fire(order.id, { event: 'REJECT' }).expect(422))).toEqual(['TRANSITION.REASON_REQUIRED']);
      expect((await fire(order.id, { event: 'REJECT', reason: '经复核无需变更' }).expect(200)).body).toMatchObject({
        state: 'REJECTED',
        decision: null,
      });
    });

    it('a committee reads the orders but moves none', async () => {
      expect((await api.http.get(`/projects/${projectId}/change-orders`).set(committee.auth).expect(200)).body).toHaveLength(3);
      const id = await reviewed('委员会不能批');
      expect((await fire(id, { event: 'APPROVE', decision: decision() }, committee).expect(403)).body.code).toBe(
        'MACHINE.ROLE_NOT_ALLOWED',
      );
    });
  });
});
