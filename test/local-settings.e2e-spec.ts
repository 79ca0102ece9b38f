import { startApi, type TestApi } from './support/api.js';
import { cityOf, concludedRound, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface Setting {
  key: string;
  value: number;
  origin: string;
  city: number | null;
  district: number | null;
  source: { seed: string | null; practice: string | null };
}

const DAY = 24 * 3600 * 1000;

/** Local rules per city and district: read in the API with their source, set by admins, read by each decision when it is taken. */
describe('local settings per city and district', () => {
  let api: TestApi;
  let place: Place;
  let sibling: Place;
  let admin: User;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let outsider: User;
  let foreignCommittee: User;
  let compoundNo = 0;

  const settings = (who: User, districtId = place.districtId) => api.http.get(`/districts/${districtId}/settings`).set(who.auth);
  const setting = async (key: string, districtId = place.districtId): Promise<Setting> =>
    (await settings(admin, districtId).expect(200)).body.settings.find((s: Setting) => s.key === key);
  const put = (key: string, body: object, who: User = admin, districtId = place.districtId) =>
    api.http.put(`/districts/${districtId}/settings/${key}`).set(who.auth).send(body);
  const codes = (res: { body: { errors?: { code: string }[] } }) => res.body.errors?.map((e) => e.code);

  /** A fresh compound of the district with `n` households, and a project on it standing in `state`. */
  async function projectIn(state: string, n = 4): Promise<{ projectId: string; compoundId: string }> {
    const compoundId = (
      await api.http
        .post('/compounds')
        .set(admin.auth)
        .send({ districtId: place.districtId, name: `规则小区${++compoundNo}`, address: '测试路 5 号', buildYear: 1992 })
        .expect(201)
    ).body.id;
    const rows = Array.from({ length: n }, (_, i) => `${1 + (i % 2)},1,${101 + i},100`);
    await api.http
      .post(`/compounds/${compoundId}/households/import`)
      .set(pm.auth)
      .attach('file', Buffer.from(['楼栋,单元,房号,面积', ...rows].join('\n')), 'r.csv')
      .expect(200);
    const projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId, name: '综合改造' }).expect(201)).body.id;
    await api.db.query('UPDATE projects SET state = $2 WHERE id = $1', [projectId, state]);
    return { projectId, compoundId };
  }

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'rules-a');
    // Same city (长沙市), another district.
    sibling = await districtWithCompound(api, 'rules-b');
    admin = await api.user('ADMIN');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    outsider = await api.user('DISTRICT_PM', { districtIds: [sibling.districtId] });
    foreignCommittee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [sibling.compoundId] });
  });

  afterAll(() => api?.close());

  describe('reading', () => {
    it('shows every setting with its value, DEFAULT as origin, and the seed, place and practice of the default', async () => {
      const body = (await settings(pm).expect(200)).body;
      expect(body).toMatchObject({
        districtId: place.districtId,
        city: { id: await cityOf(api, admin), code: 'changsha', name: '长沙市' },
      });
      const byKey = new Map((body.settings as Setting[]).map((s) => [s.key, s]));
      expect([...byKey.keys()]).toEqual([
        'maintenanceFund.rateFen.NO_ELEVATOR',
        'maintenanceFund.rateFen.ELEVATOR',
        'volunteerSupervisors.min',
        'volunteerSupervisors.max',
        'renovationCouncil.minMembers',
        'renovationCouncil.maxMembers',
        'satisfaction.thresholdPercent',
        'complaint.responseDays',
      ]);
      expect(byKey.get('maintenanceFund.rateFen.NO_ELEVATOR')).toMatchObject({
        value: 3500,
        origin: 'DEFAULT',
        city: null,
        district: null,
        source: { seed: '001', place: { zh: '浏阳市', en: 'Liuyang' }, practice: 'liuyang-maintenance-fund' },
      });
      expect(byKey.get('satisfaction.thresholdPercent')).toMatchObject({
        value: 95,
        source: { seed: '002', practice: 'jian-dual-evaluation-95' },
      });
    });

    it("lets the district's supervisor and a committee of one of its compounds read; hides it (404) from everyone else", async () => {
      await settings(supervisor).expect(200);
      await settings(committee).expect(200);
      expect((await settings(outsider).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
      await settings(foreignCommittee).expect(404);
      await settings(admin, '00000000-0000-4000-8000-000000000000').expect(404);
      await settings(admin, 'not-a-uuid').expect(400);
    });
  });

  describe('setting', () => {
    it('is for admins only (403), and refuses what is out of bounds, not whole, unknown or out of order, changing nothing', async () => {
      await put('complaint.responseDays', { level: 'DISTRICT', value: 5 }, pm).expect(403);
      expect(codes(await put('satisfaction.thresholdPercent', { level: 'DISTRICT', value: 101 }).expect(422))).toEqual(['OUT_OF_RANGE']);
      expect(codes(await put('satisfaction.thresholdPercent', { level: 'DISTRICT', value: 0 }).expect(422))).toEqual(['OUT_OF_RANGE']);
      expect((await put('satisfaction.thresholdPercent', { level: 'DISTRICT', value: 90.5 }).expect(400)).body.code).toBe(
        'REQUEST.VALIDATION_FAILED',
      );
      await put('satisfaction.thresholdPercent', { level: 'STREET', value: 90 }).expect(400);
      await put('satisfaction.thresholdPercent', { level: 'DISTRICT' }).expect(400);
      expect((await put('moon.gravity', { level: 'DISTRICT', value: 1 }).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
      // A minimum above the maximum in effect, at either level.
      const inverted = await put('renovationCouncil.minMembers', { level: 'DISTRICT', value: 6 }).expect(422);
      expect(inverted.body.errors[0].message).toMatch(
        /renovationCouncil.minMembers \(6\) would be above renovationCouncil.maxMembers \(5\)/,
      );
      const cityOrder = await put('volunteerSupervisors.min', { level: 'CITY', value: 3 }).expect(422);
      expect(cityOrder.body.errors[0].message).toMatch(/volunteerSupervisors.min \(3\) would be above volunteerSupervisors.max \(2\)/);
      const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM local_settings');
      expect(n).toBe(0);
    });

    it("takes a city value for every district of the city, a district's own over it, and clears back to the default", async () => {
      const city = await put('complaint.responseDays', { level: 'CITY', value: 5, reason: '市热线办统一时限' }).expect(200);
      expect(city.body.settings.find((s: Setting) => s.key === 'complaint.responseDays')).toMatchObject({
        value: 5,
        origin: 'CITY',
        city: 5,
      });
      expect(await setting('complaint.responseDays', sibling.districtId)).toMatchObject({ value: 5, origin: 'CITY' });
      await put('complaint.responseDays', { level: 'DISTRICT', value: 2 }).expect(200);
      expect(await setting('complaint.responseDays')).toMatchObject({ value: 2, origin: 'DISTRICT', city: 5, district: 2 });
      expect(await setting('complaint.responseDays', sibling.districtId)).toMatchObject({ value: 5, origin: 'CITY', district: null });

      const audit = await api.db.query(
        `SELECT subject_type, subject_id, actor_id, reason, detail FROM audit_log WHERE action = 'settings.changed' ORDER BY id`,
      );
      expect(audit).toEqual([
        expect.objectContaining({
          subject_type: 'city',
          subject_id: city.body.city.id,
          actor_id: admin.id,
          reason: '市热线办统一时限',
          detail: { key: 'complaint.responseDays', level: 'CITY', from: null, to: 5, districtId: place.districtId },
        }),
        expect.objectContaining({
          subject_type: 'district',
          subject_id: place.districtId,
          detail: expect.objectContaining({ from: null, to: 2 }),
        }),
      ]);

      await put('complaint.responseDays', { level: 'DISTRICT', value: null }).expect(200);
      expect(await setting('complaint.responseDays')).toMatchObject({ value: 5, origin: 'CITY' });
      await put('complaint.responseDays', { level: 'CITY', value: null }).expect(200);
      expect(await setting('complaint.responseDays')).toMatchObject({ value: 3, origin: 'DEFAULT' });
    });
    it("keeps a city's values under the city, not its name: renamed they stay, and a new city of the old name has none", async () => {
      const cityId = await cityOf(api, admin);
      await put('volunteerSupervisors.max', { level: 'CITY', value: 3 }).expect(200);
      await api.http.patch(`/cities/${cityId}`).set(admin.auth).send({ code: 'changsha-city', name: '长沙' }).expect(200);
      expect((await settings(admin).expect(200)).body.city).toEqual({ id: cityId, code: 'changsha-city', name: '长沙' });
      expect(await setting('volunteerSupervisors.max', sibling.districtId)).toMatchObject({ value: 3, origin: 'CITY' });
      const other = await cityOf(api, admin, 'changsha', '长沙市');
      expect(other).not.toBe(cityId);
      const elsewhere = (
        await api.http.post('/districts').set(admin.auth).send({ code: 'rules-c', name: '他市区', cityId: other }).expect(201)
      ).body.id;
      expect(await setting('volunteerSupervisors.max', elsewhere)).toMatchObject({ value: 2, origin: 'DEFAULT', city: null });
      await api.http.patch(`/cities/${other}`).set(admin.auth).send({ code: 'changsha-old', name: '旧长沙市' }).expect(200);
      await api.http.patch(`/cities/${cityId}`).set(admin.auth).send({ code: 'changsha', name: '长沙市' }).expect(200);
      await put('volunteerSupervisors.max', { level: 'CITY', value: null }).expect(200);
    });
  });

  describe('decisions read the setting in effect when they are taken, and keep it', () => {
    it('a complaint is due by the limit in effect when it came in; a later change moves no limit already set', async () => {
      const { projectId } = await projectIn('CONSTRUCTION');
      await put('complaint.responseDays', { level: 'DISTRICT', value: 5 }).expect(200);
      const filed = await api.http.post(`/projects/${projectId}/complaints`).set(pm.auth).send({ subject: '施工噪音扰民' }).expect(201);
      const due = api.clock.now().getTime() + 5 * DAY;
      await put('complaint.responseDays', { level: 'DISTRICT', value: 1 }).expect(200);
      const [row] = await api.db.query('SELECT respond_by, response_days FROM complaints WHERE id = $1', [filed.body.id]);
      expect([row.respond_by.getTime(), row.response_days]).toEqual([due, 5]);
      const [deadline] = await api.db.query('SELECT due_at FROM deadlines WHERE subject_id = $1', [filed.body.id]);
      expect(deadline.due_at.getTime()).toBe(due);
      const next = await api.http.post(`/projects/${projectId}/complaints`).set(pm.auth).send({ subject: '渣土未覆盖' }).expect(201);
      const [later] = await api.db.query('SELECT response_days FROM complaints WHERE id = $1', [next.body.id]);
      expect(later.response_days).toBe(1);
      await put('complaint.responseDays', { level: 'DISTRICT', value: null }).expect(200);
    });

    it("a renovation council is judged by the district's size when registered and when consultation starts", async () => {
      const { projectId } = await projectIn('ORGANIZING');
      const members = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `居民${i + 1}`, position: '理事', resident: true }));
      const body = (n: number) => ({ kind: 'RENOVATION_COUNCIL', name: '改造理事会', establishedOn: '2026-05-20', members: members(n) });
      await api.http.post(`/projects/${projectId}/bodies`).set(committee.auth).send(body(3)).expect(404);
      await api.http.post(`/projects/${projectId}/bodies`).set(pm.auth).send(body(3)).expect(201);
      await put('renovationCouncil.maxMembers', { level: 'DISTRICT', value: 7 }).expect(200);
      await put('renovationCouncil.minMembers', { level: 'DISTRICT', value: 4 }).expect(200);
      const small = await api.http.post(`/projects/${projectId}/bodies`).set(pm.auth).send(body(3)).expect(422);
      expect(small.body.errors[0]).toMatchObject({ code: 'COUNCIL_SIZE', message: expect.stringMatching(/4 to 7 members, not 3/) });
      const refused = await api.http
        .post(`/projects/${projectId}/transitions`)
        .set(pm.auth)
        .send({ event: 'START_CONSULTATION' })
        .expect(422);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          code: 'BODY.COUNCIL_SIZE',
          message: {
            zh: `规则小区${compoundNo}：改造理事会应由4至7名居民组成`,
            en: `规则小区${compoundNo}: a renovation council must have 4 to 7 resident members`,
          },
          practices: expect.arrayContaining(['suining-renovation-councils']),
        }),
      ]);
      // Six members fit here, not under the seed's 3-5.
      await api.db.query(`DELETE FROM governance_bodies WHERE project_id = $1`, [projectId]);
      await api.http.post(`/projects/${projectId}/bodies`).set(pm.auth).send(body(6)).expect(201);
      await api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event: 'START_CONSULTATION' }).expect(200);
      const [entry] = await api.db.query(`SELECT detail FROM audit_log WHERE project_id = $1 AND action = 'START_CONSULTATION'`, [
        projectId,
      ]);
      expect(entry.detail).toEqual({ rules: { councilMembers: { min: 4, max: 7 } } });
    });

    it('volunteer supervisors are counted against the number the district allows', async () => {
      const { projectId } = await projectIn('PERMITTING');
      const team = (n: number) => ({
        contractor: '某建设公司',
        supervisionCompany: '某监理公司',
        epc: false,
        volunteerSupervisors: Array.from({ length: n }, (_, i) => ({ name: `监督员${i + 1}` })),
      });
      expect(codes(await api.http.put(`/projects/${projectId}/team`).set(pm.auth).send(team(3)).expect(422))).toEqual(['COUNT']);
      await put('volunteerSupervisors.max', { level: 'CITY', value: 3 }).expect(200);
      await api.http.put(`/projects/${projectId}/team`).set(pm.auth).send(team(3)).expect(200);
      const [audit] = await api.db.query(
        `SELECT detail FROM audit_log WHERE project_id = $1 AND action = 'permit.team-named' ORDER BY id DESC LIMIT 1`,
        [projectId],
      );
      expect(audit.detail).toMatchObject({ volunteers: 3, volunteerSupervisors: { min: 1, max: 3 } });
      await put('volunteerSupervisors.max', { level: 'CITY', value: null }).expect(200);
    });

    it('the fund plan takes the rates in effect, each line keeping its rate when the setting changes', async () => {
      const { projectId, compoundId } = await projectIn('LONG_TERM');
      await concludedRound(
        api,
        projectId,
        'MAINTENANCE_FUND_RAISING',
        await api.user('RESIDENTS_COMMITTEE', { compoundIds: [compoundId] }),
      );
      await put('maintenanceFund.rateFen.NO_ELEVATOR', { level: 'CITY', value: 4000 }).expect(200);
      const fund = (await api.http.put(`/projects/${projectId}/long-term/fund-plan`).set(pm.auth).send({}).expect(200)).body;
      // Two buildings of 200 m² at 40 yuan.
      expect(fund.lines.map((l: { rateFen: number; expectedFen: string }) => [l.rateFen, l.expectedFen])).toEqual([
        [4000, '800000'],
        [4000, '800000'],
      ]);
      expect(fund.rates).toEqual([
        expect.objectContaining({ buildingType: 'NO_ELEVATOR', rateFen: 4000, origin: 'CITY' }),
        expect.objectContaining({ buildingType: 'ELEVATOR', rateFen: 6000, origin: 'DEFAULT' }),
      ]);
      await put('maintenanceFund.rateFen.NO_ELEVATOR', { level: 'DISTRICT', value: 3000 }).expect(200);
      const after = (await api.http.get(`/projects/${projectId}/long-term`).set(pm.auth).expect(200)).body.fund;
      expect(after.expectedFen).toBe('1600000');
      expect(after.lines.map((l: { rateFen: number }) => l.rateFen)).toEqual([4000, 4000]);
      expect(after.rates[0]).toMatchObject({ rateFen: 3000, origin: 'DISTRICT' });
    });

    it('a satisfaction round is judged by the bar in effect at its close, and keeps it when the bar changes', async () => {
      const { projectId, compoundId } = await projectIn('ACCEPTANCE', 20);
      const recorder = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [compoundId] });
      await put('satisfaction.thresholdPercent', { level: 'DISTRICT', value: 90 }).expect(200);
      // 18 of 20 satisfied: 90%, short of Ji'an's 95, enough here.
      const roundId = await concludedRound(api, projectId, 'SATISFACTION', recorder, 18);
      await put('satisfaction.thresholdPercent', { level: 'DISTRICT', value: 95 }).expect(200);
      const tally = (await api.http.get(`/rounds/${roundId}/tally`).set(pm.auth).expect(200)).body;
      expect(tally).toMatchObject({ frozen: true, result: 'PASSED', profile: 'satisfaction-95' });
      expect(tally.conditions[0]).toMatchObject({ threshold: '90/100', numerator: '18', denominator: '20', passed: true });
      const again = await concludedRound(api, projectId, 'SATISFACTION', recorder, 18);
      expect((await api.http.get(`/rounds/${again}/tally`).set(pm.auth).expect(200)).body).toMatchObject({
        result: 'FAILED',
        conditions: [expect.objectContaining({ threshold: '95/100', gap: 1 })],
      });
    });
  });
});
