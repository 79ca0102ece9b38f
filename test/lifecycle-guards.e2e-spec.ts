import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, COUNCIL, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface GuardError {
  guard: string;
  ok: boolean;
  code: string;
  message: { zh: string; en: string };
  practices: string[];
}

const HAN = /[\u4e00-\u9fff]/;

describe('lifecycle guards and refusals', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let committee: User;
  let n = 0;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'guards');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
  });

  afterAll(() => api.close());

  async function newCompound(fields: Record<string, unknown> = {}): Promise<string> {
    const res = await api.http
      .post('/compounds')
      .set(pm.auth)
      .send({ districtId: place.districtId, name: `守卫小区 ${++n}`, address: '测试路 2 号', buildYear: 1995, ...fields })
      .expect(201);
    return res.body.id;
  }

  async function newProject(compoundId: string): Promise<string> {
    const res = await api.http
      .post('/projects')
      .set(pm.auth)
      .send({ compoundId, name: `项目 ${++n}` })
      .expect(201);
    return res.body.id;
  }

  function fire(projectId: string, body: Record<string, unknown>, who: User = pm) {
    return api.http.post(`/projects/${projectId}/transitions`).set(who.auth).send(body);
  }

  async function inOrganizing(): Promise<string> {
    const id = await newProject(await newCompound());
    await api.http.put(`/projects/${id}/survey`).set(pm.auth).send(COMPLETE_SURVEY).expect(200);
    await fire(id, { event: 'COMPLETE_SURVEY' }).expect(200);
    return id;
  }

  async function row(projectId: string): Promise<{ state: string; resume_state: string | null; version: number }> {
    const [r] = await api.db.query('SELECT state, resume_state, version FROM projects WHERE id = $1', [projectId]);
    return r;
  }

  async function auditCount(): Promise<number> {
    const [r] = await api.db.query('SELECT count(*)::int AS n FROM audit_log');
    return r.n;
  }

  async function bodyCount(projectId: string): Promise<number> {
    const [r] = await api.db.query('SELECT count(*)::int AS n FROM governance_bodies WHERE project_id = $1', [projectId]);
    return r.n;
  }

  describe('guard refusals', () => {
    it('lists every failing guard with its code, bilingual message and helpful practices', async () => {
      const id = await newProject(await newCompound({ buildYear: 2001, inShantytownPlan: true }));
      const res = await fire(id, { event: 'COMPLETE_SURVEY' }).expect(422);

      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({
        status: 422,
        code: 'MACHINE.GUARD_FAILED',
        title: 'Unprocessable Content',
        type: expect.any(String),
        detail: expect.any(String),
      });
      const errors: GuardError[] = res.body.errors;
      expect(errors.map((e) => e.code)).toEqual([
        'SURVEY.BASE_DATA_INCOMPLETE',
        'SURVEY.ASSETS_MISSING',
        'SURVEY.WILLINGNESS_MISSING',
        'ELIGIBILITY.BUILT_AFTER_2000',
        'ELIGIBILITY.IN_SHANTYTOWN_PLAN',
      ]);
      for (const e of errors) {
        expect(e.ok).toBe(false);
        expect(e.message.zh).toMatch(HAN);
        expect(e.message.en).toMatch(/[a-z]{3,}/);
        expect(Array.isArray(e.practices)).toBe(true);
        if (e.code.startsWith('SURVEY.')) expect(e.practices.length).toBeGreaterThan(0);
      }
      expect(errors[0].practices).toContain('xiangtan-three-fold-survey');
      expect(await row(id)).toMatchObject({ state: 'SURVEY', version: 1 });
    });

    it('refuses a compound built in 2001 until the PM records an approved exception', async () => {
      const compoundId = await newCompound({ buildYear: 2001 });
      const id = await newProject(compoundId);
      await api.http
        .put(`/projects/${id}/survey`)
        .set(pm.auth)
        .send({ ...COMPLETE_SURVEY, baseData: { ...COMPLETE_SURVEY.baseData, buildYear: 2001 } })
        .expect(200);

      const refused = await fire(id, { event: 'COMPLETE_SURVEY' }).expect(422);
      expect(refused.body.errors.map((e: GuardError) => e.code)).toEqual(['ELIGIBILITY.BUILT_AFTER_2000']);
      expect(refused.body.errors[0].message.en).toContain('2001');
      expect(refused.body.errors[0].practices.length).toBeGreaterThan(0);

      const exception = { reason: '配套设施严重缺失，经市住建局批准纳入', approvalRef: '长住建函〔2026〕7号' };
      const set = await api.http.put(`/compounds/${compoundId}/eligibility-exception`).set(pm.auth).send(exception).expect(200);
      expect(set.body.eligibilityException).toMatchObject({ ...exception, recordedBy: pm.id });
      const [stored] = await api.db.query('SELECT eligibility_exception FROM compounds WHERE id = $1', [compoundId]);
      expect(stored.eligibility_exception).toMatchObject(exception);

      const passed = await fire(id, { event: 'COMPLETE_SURVEY' }).expect(200);
      expect(passed.body.project).toMatchObject({ state: 'ORGANIZING', version: 2 });
    });

    it('lets a compound built in 2000 through without an exception', async () => {
      const id = await newProject(await newCompound({ buildYear: 2000 }));
      await api.http
        .put(`/projects/${id}/survey`)
        .set(pm.auth)
        .send({ ...COMPLETE_SURVEY, baseData: { ...COMPLETE_SURVEY.baseData, buildYear: 2000 } })
        .expect(200);
      const res = await fire(id, { event: 'COMPLETE_SURVEY' }).expect(200);
      expect(res.body.project.state).toBe('ORGANIZING');
    });

    it('refuses a compound in a shantytown redevelopment plan', async () => {
      const id = await newProject(await newCompound({ inShantytownPlan: true }));
      await api.http.put(`/projects/${id}/survey`).set(pm.auth).send(COMPLETE_SURVEY).expect(200);
      const res = await fire(id, { event: 'COMPLETE_SURVEY' }).expect(422);
      expect(res.body.code).toBe('MACHINE.GUARD_FAILED');
      expect(res.body.errors.map((e: GuardError) => e.code)).toEqual(['ELIGIBILITY.IN_SHANTYTOWN_PLAN']);
      expect(res.body.errors[0].message.zh).toContain('棚户区');
      expect((await row(id)).state).toBe('SURVEY');
    });
  });

  describe('self-governance body', () => {
    let projectId: string;

    beforeAll(async () => {
      projectId = await inOrganizing();
      const [c] = await api.db.query('SELECT compound_id FROM projects WHERE id = $1', [projectId]);
      committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [c.compound_id] });
    });

    it('refuses START_CONSULTATION with BODY.MISSING before any body', async () => {
      const res = await fire(projectId, { event: 'START_CONSULTATION' }).expect(422);
      expect(res.body.code).toBe('MACHINE.GUARD_FAILED');
      expect(res.body.errors.map((e: GuardError) => e.code)).toEqual(['BODY.MISSING']);
      expect(res.body.errors[0].practices).toContain('suining-renovation-councils');
      expect((await row(projectId)).state).toBe('ORGANIZING');
    });

    const member = (name: string, resident = true) => ({ name, position: '理事', resident });
    it.each([
      ['2 members', [member('赵一'), member('钱二')], 'COUNCIL_SIZE'],
      ['6 members', ['赵一', '钱二', '孙三', '李四', '周五', '吴六'].map((x) => member(x)), 'COUNCIL_SIZE'],
      ['a non-resident', [member('赵一'), member('钱二'), member('孙三', false)], 'NOT_RESIDENT'],
    ])('refuses a renovation council with %s and stores nothing', async (_label, members, errorCode) => {
      const audit = await auditCount();
      const res = await api.http
        .post(`/projects/${projectId}/bodies`)
        .set(committee.auth)
        .send({ ...COUNCIL, members })
        .expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'DOMAIN.INVALID' });
      expect(res.body.errors.map((e: { code: string }) => e.code)).toContain(errorCode);
      expect(await bodyCount(projectId)).toBe(0);
      expect(await auditCount()).toBe(audit);
    });

    it('accepts an owners committee as the body that clears BODY.MISSING', async () => {
      const owners = {
        kind: 'OWNERS_COMMITTEE',
        name: '业主委员会',
        establishedOn: '2026-05-10',
        members: ['赵一', '钱二', '孙三', '李四', '周五', '吴六', '郑七'].map((x) => ({ name: x, position: '委员', resident: true })),
      };
      await api.http.post(`/projects/${projectId}/bodies`).set(committee.auth).send(owners).expect(201);
      expect(await bodyCount(projectId)).toBe(1);
      const res = await fire(projectId, { event: 'START_CONSULTATION' }).expect(200);
      expect(res.body.project.state).toBe('CONSULTATION');
    });

    it('refuses APPLY before a willingness round passed, pointing at the practices for a failed consent', async () => {
      const res = await fire(projectId, { event: 'APPLY' }).expect(422);
      expect(res.body.code).toBe('MACHINE.GUARD_FAILED');
      expect(res.body.errors.map((e: GuardError) => e.code)).toEqual(['CONSENT.NO_PASSED_WILLINGNESS_ROUND']);
      expect(res.body.errors[0].practices).toEqual(
        expect.arrayContaining(['rucheng-clarity-wall', 'liuyang-party-escalation-ladder', 'suining-renovation-councils']),
      );
      expect((await row(projectId)).state).toBe('CONSULTATION');
    });
  });

  describe('events the machine does not have', () => {
    it('refuses an event not allowed from the current state with 409 and the allowed events', async () => {
      const id = await newProject(await newCompound());
      const res = await fire(id, { event: 'START_CONSULTATION' }).expect(409);
      expect(res.body).toMatchObject({ status: 409, code: 'MACHINE.EVENT_NOT_ALLOWED', state: 'SURVEY' });
      expect([...res.body.allowed].sort()).toEqual(['CANCEL', 'COMPLETE_SURVEY', 'SUSPEND']);
      expect(await row(id)).toMatchObject({ state: 'SURVEY', version: 1 });
    });

    it('refuses an unknown event name with 400', async () => {
      const id = await newProject(await newCompound());
      const res = await fire(id, { event: 'TEAR_DOWN' }).expect(400);
      expect(res.body).toMatchObject({ status: 400, code: 'MACHINE.UNKNOWN_EVENT' });
      expect((await row(id)).state).toBe('SURVEY');
    });
  });

  describe('suspend, resume and cancel', () => {
    it('requires a reason to SUSPEND', async () => {
      const id = await inOrganizing();
      for (const body of [{ event: 'SUSPEND' }, { event: 'SUSPEND', reason: '   ' }]) {
        const res = await fire(id, body).expect(422);
        expect(res.body.code).toBe('MACHINE.GUARD_FAILED');
        expect(res.body.errors.map((e: GuardError) => e.code)).toEqual(['TRANSITION.REASON_REQUIRED']);
      }
      expect(await row(id)).toMatchObject({ state: 'ORGANIZING', version: 2 });
    });

    it('suspends to ON_HOLD with a reason and RESUME returns to the state it left', async () => {
      const id = await inOrganizing();
      const held = await fire(id, { event: 'SUSPEND', reason: '资金未到位' }).expect(200);
      expect(held.body.project).toMatchObject({ state: 'ON_HOLD', version: 3 });
      expect(await row(id)).toMatchObject({ state: 'ON_HOLD', resume_state: 'ORGANIZING' });
      const [entry] = await api.db.query(
        `SELECT from_state, to_state, reason FROM audit_log WHERE project_id = $1 AND action = 'SUSPEND'`,
        [id],
      );
      expect(entry).toEqual({ from_state: 'ORGANIZING', to_state: 'ON_HOLD', reason: '资金未到位' });

      const resumed = await fire(id, { event: 'RESUME' }).expect(200);
      expect(resumed.body.project).toMatchObject({ state: 'ORGANIZING', version: 4 });
      expect(await row(id)).toMatchObject({ state: 'ORGANIZING', resume_state: null });
    });

    it('cancels with a reason, frees the compound for one new project, and refuses a second active one', async () => {
      const compoundId = await newCompound();
      const id = await newProject(compoundId);
      await fire(id, { event: 'CANCEL' }).expect(422);
      const cancelled = await fire(id, { event: 'CANCEL', reason: '纳入棚改，终止老旧小区改造' }).expect(200);
      expect(cancelled.body.project.state).toBe('CANCELLED');

      const after = await fire(id, { event: 'RESUME' }).expect(409);
      expect(after.body).toMatchObject({ code: 'MACHINE.EVENT_NOT_ALLOWED', allowed: [] });

      const second = await api.http.post('/projects').set(pm.auth).send({ compoundId, name: '重新启动' }).expect(201);
      expect(second.body.state).toBe('SURVEY');
      const third = await api.http.post('/projects').set(pm.auth).send({ compoundId, name: '再来一个' }).expect(409);
      expect(third.body).toMatchObject({ status: 409, code: 'PROJECT.ACTIVE_EXISTS' });

      const rows = await api.db.query('SELECT id, state FROM projects WHERE compound_id = $1 ORDER BY created_at', [compoundId]);
      expect(rows.map((r: { state: string }) => r.state).sort()).toEqual(['CANCELLED', 'SURVEY']);
    });
  });

  it('refuses an expectedVersion older than the project with 409 MACHINE.CONCURRENT_CHANGE', async () => {
    const id = await inOrganizing();
    const res = await fire(id, { event: 'SUSPEND', reason: '等待批复', expectedVersion: 1 }).expect(409);
    expect(res.body).toMatchObject({ status: 409, code: 'MACHINE.CONCURRENT_CHANGE', version: 2 });
    expect(await row(id)).toMatchObject({ state: 'ORGANIZING', version: 2 });
    await fire(id, { event: 'SUSPEND', reason: '等待批复', expectedVersion: 2 }).expect(200);
  });

  it('refuses to change the survey once the project has left SURVEY', async () => {
    const id = await inOrganizing();
    const res = await api.http
      .put(`/projects/${id}/survey`)
      .set(pm.auth)
      .send({ willingness: { surveyedHouseholds: 100, willingHouseholds: 10, method: 'MEETING' } })
      .expect(409);
    expect(res.body).toMatchObject({ status: 409, code: 'PROJECT.WRONG_STAGE' });
    const [survey] = await api.db.query('SELECT willingness FROM project_surveys WHERE project_id = $1', [id]);
    expect(survey.willingness).toMatchObject(COMPLETE_SURVEY.willingness);
  });
});
