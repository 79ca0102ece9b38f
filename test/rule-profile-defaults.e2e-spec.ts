import { startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface SubjectProfile {
  subject: string;
  ruleProfile: string | null;
  origin: string;
  district: { ruleProfile: string; reason: string | null } | null;
}

/** A district's default rule profile per round kind, inherited by projects and rounds unless a PM overrides it with a reason. */
describe('rule profiles per district', () => {
  let api: TestApi;
  let place: Place;
  let sibling: Place;
  let admin: User;
  let pm: User;
  let committee: User;
  let outsider: User;
  let compoundNo = 0;

  const defaults = (who: User, districtId = place.districtId) => api.http.get(`/districts/${districtId}/rule-profiles`).set(who.auth);
  const subjectOf = async (subject: string): Promise<SubjectProfile> =>
    (await defaults(admin).expect(200)).body.subjects.find((s: SubjectProfile) => s.subject === subject);
  const setDefault = (subject: string, body: object, who: User = admin, districtId = place.districtId) =>
    api.http.put(`/districts/${districtId}/rule-profiles/${subject}`).set(who.auth).send(body);
  const codes = (res: { body: { errors?: { field: string; code: string }[] } }) => res.body.errors?.map((e) => `${e.field}:${e.code}`);

  async function compound(): Promise<string> {
    const compoundId = (
      await api.http
        .post('/compounds')
        .set(admin.auth)
        .send({ districtId: place.districtId, name: `规则默认小区${++compoundNo}`, address: '测试路 7 号', buildYear: 1991 })
        .expect(201)
    ).body.id;
    await api.db.query(
      `INSERT INTO households (compound_id, building, unit, room, floor_area) SELECT $1, '1', '1', (100 + g)::text, 90 FROM generate_series(1, 4) g`,
      [compoundId],
    );
    return compoundId;
  }
  const newProject = (compoundId: string, body: object = {}) =>
    api.http
      .post('/projects')
      .set(pm.auth)
      .send({ compoundId, name: '综合改造', ...body });
  const newRound = (projectId: string, body: object) =>
    api.http
      .post(`/projects/${projectId}/rounds`)
      .set(committee.auth)
      .send({ title: '征询', ...body });

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'profiles-a');
    sibling = await districtWithCompound(api, 'profiles-b');
    admin = await api.user('ADMIN');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    outsider = await api.user('DISTRICT_PM', { districtIds: [sibling.districtId] });
  });
  afterAll(() => api?.close());

  /** The committee works in every compound these tests make. */
  async function committeeOf(compoundId: string): Promise<void> {
    await api.db.query('UPDATE users SET compound_ids = array_append(compound_ids, $2) WHERE id = $1', [committee.id, compoundId]);
  }

  describe('reading and setting a default', () => {
    it('lists every round kind with what it inherits as shipped, to the district and nobody else', async () => {
      const body = (await defaults(pm).expect(200)).body;
      expect(body.districtId).toBe(place.districtId);
      const byKind = Object.fromEntries((body.subjects as SubjectProfile[]).map((s) => [s.subject, [s.ruleProfile, s.origin]]));
      expect(byKind).toEqual({
        WILLINGNESS: ['changsha-two-80', 'SHIPPED'],
        PLAN: ['changsha-two-80', 'SHIPPED'],
        SATISFACTION: ['satisfaction-95', 'SHIPPED'],
        PROPERTY_COMPANY: ['civil-code-278-ordinary', 'SHIPPED'],
        MAINTENANCE_FUND_RAISING: ['civil-code-278-major', 'SHIPPED'],
        PUBLIC_SPACE_OPERATION: ['civil-code-278-major', 'SHIPPED'],
        OTHER: ['changsha-two-80', 'SHIPPED'],
      });
      expect((await defaults(outsider).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    });

    it('only an admin sets one (403 for the PM), to a profile that judges the kind (422 otherwise), for a kind that exists (404)', async () => {
      await setDefault('PLAN', { ruleProfile: 'civil-code-278-major' }, pm).expect(403);
      expect(codes(await setDefault('WILLINGNESS', { ruleProfile: 'satisfaction-95' }).expect(422))).toEqual([
        'ruleProfile:NOT_FOR_SUBJECT',
      ]);
      expect(codes(await setDefault('WILLINGNESS', { ruleProfile: 'moon-base-99' }).expect(422))).toEqual(['ruleProfile:UNKNOWN']);
      await setDefault('HARVEST', { ruleProfile: 'civil-code-278-major' }).expect(404);
      expect((await subjectOf('WILLINGNESS')).district).toBeNull();
    });

    it('an admin sets and clears one; each change is audited with its reason', async () => {
      const set = await setDefault('PLAN', { ruleProfile: 'civil-code-278-major', reason: '区政府决定方案按重大事项表决' }).expect(200);
      expect(set.body.subjects.find((s: SubjectProfile) => s.subject === 'PLAN')).toMatchObject({
        ruleProfile: 'civil-code-278-major',
        origin: 'DISTRICT',
        district: { ruleProfile: 'civil-code-278-major', reason: '区政府决定方案按重大事项表决' },
      });
      await setDefault('PLAN', { ruleProfile: null }).expect(200);
      expect(await subjectOf('PLAN')).toMatchObject({ ruleProfile: 'changsha-two-80', origin: 'SHIPPED', district: null });
      const trail = await api.db.query(
        `SELECT reason, detail FROM audit_log WHERE subject_id = $1 AND action = 'ruleProfile.defaultChanged' ORDER BY id`,
        [place.districtId],
      );
      expect(trail).toEqual([
        { reason: '区政府决定方案按重大事项表决', detail: { subject: 'PLAN', from: null, to: 'civil-code-278-major' } },
        { reason: null, detail: { subject: 'PLAN', from: 'civil-code-278-major', to: null } },
      ]);
    });
  });

  describe('inherited by projects and rounds', () => {
    beforeAll(async () => {
      await setDefault('WILLINGNESS', { ruleProfile: 'civil-code-278-major', reason: '本区意愿征询按重大事项' }).expect(200);
    });

    it("a new project takes the district's default for willingness rounds, with no reason of its own", async () => {
      const made = await newProject(await compound()).expect(201);
      expect(made.body).toMatchObject({ ruleProfile: 'civil-code-278-major', ruleProfileReason: null });
    });

    it('a project in another district keeps the shipped default', async () => {
      const made = await api.http
        .post('/projects')
        .set(outsider.auth)
        .send({ compoundId: sibling.compoundId, name: '综合改造' })
        .expect(201);
      expect(made.body).toMatchObject({ ruleProfile: 'changsha-two-80', ruleProfileReason: null });
    });

    it('a PM choosing another profile must say why (422, nothing written); with a reason it is the project’s, audited', async () => {
      const compoundId = await compound();
      const refused = await newProject(compoundId, { ruleProfile: 'changsha-two-80' }).expect(422);
      expect(codes(refused)).toEqual(['ruleProfileReason:REQUIRED']);
      expect(refused.body.errors[0].message).toContain('civil-code-278-major');
      expect(await api.db.query('SELECT id FROM projects WHERE compound_id = $1', [compoundId])).toEqual([]);
      expect(codes(await newProject(compoundId, { ruleProfile: 'changsha-two-80', ruleProfileReason: '' }).expect(400))).toEqual([
        'ruleProfileReason:minLength',
      ]);
      const made = await newProject(compoundId, {
        ruleProfile: 'changsha-two-80',
        ruleProfileReason: '业主大会议事规则约定两个80%',
      }).expect(201);
      expect(made.body).toMatchObject({ ruleProfile: 'changsha-two-80', ruleProfileReason: '业主大会议事规则约定两个80%' });
      const [audit] = await api.db.query(`SELECT reason, detail FROM audit_log WHERE subject_id = $1 AND action = 'project.created'`, [
        made.body.id,
      ]);
      expect(audit).toMatchObject({
        reason: '业主大会议事规则约定两个80%',
        detail: { ruleProfile: 'changsha-two-80', ruleProfileOverridden: true },
      });
    });

    it('naming the inherited profile is no override and needs no reason', async () => {
      const made = await newProject(await compound(), { ruleProfile: 'civil-code-278-major' }).expect(201);
      expect(made.body.ruleProfileReason).toBeNull();
    });

    it("a round records the profile it inherits and why: the district's default, or the project's override with the PM's reason", async () => {
      const inheriting = await compound();
      await committeeOf(inheriting);
      const plain = (await newProject(inheriting).expect(201)).body.id;
      expect((await newRound(plain, { subject: 'WILLINGNESS' }).expect(201)).body).toMatchObject({
        ruleProfile: 'civil-code-278-major',
        ruleProfileOrigin: 'DISTRICT',
        ruleProfileReason: null,
      });

      const overriding = await compound();
      await committeeOf(overriding);
      const own = (await newProject(overriding, { ruleProfile: 'changsha-two-80', ruleProfileReason: '议事规则' }).expect(201)).body.id;
      expect((await newRound(own, { subject: 'WILLINGNESS' }).expect(201)).body).toMatchObject({
        ruleProfile: 'changsha-two-80',
        ruleProfileOrigin: 'PROJECT',
        ruleProfileReason: '议事规则',
      });
      // The override judges only what it can: a satisfaction survey still has its one profile.
      expect((await newRound(own, { subject: 'SATISFACTION' }).expect(201)).body).toMatchObject({
        ruleProfile: 'satisfaction-95',
        ruleProfileOrigin: 'SHIPPED',
      });
    });

    it('a round naming another profile than it inherits needs a reason (422, no round); with one it is NAMED', async () => {
      const compoundId = await compound();
      await committeeOf(compoundId);
      const projectId = (await newProject(compoundId).expect(201)).body.id;
      expect(codes(await newRound(projectId, { subject: 'WILLINGNESS', ruleProfile: 'changsha-two-80' }).expect(422))).toEqual([
        'ruleProfileReason:REQUIRED',
      ]);
      expect(await api.db.query('SELECT id FROM consultation_rounds WHERE project_id = $1', [projectId])).toEqual([]);
      const named = await newRound(projectId, {
        subject: 'WILLINGNESS',
        ruleProfile: 'changsha-two-80',
        ruleProfileReason: '街道指导意见',
      }).expect(201);
      expect(named.body).toMatchObject({ ruleProfile: 'changsha-two-80', ruleProfileOrigin: 'NAMED', ruleProfileReason: '街道指导意见' });
      const [audit] = await api.db.query(`SELECT reason, detail FROM audit_log WHERE subject_id = $1 AND action = 'round.created'`, [
        named.body.id,
      ]);
      expect(audit).toMatchObject({ reason: '街道指导意见', detail: { ruleProfile: 'changsha-two-80', ruleProfileOrigin: 'NAMED' } });
    });

    it('a default changed while a round is open leaves that round judged as it was; the next round takes the new one', async () => {
      const compoundId = await compound();
      await committeeOf(compoundId);
      const projectId = (await newProject(compoundId).expect(201)).body.id;
      const open = (await newRound(projectId, { subject: 'WILLINGNESS' }).expect(201)).body.id;
      await confirmRoster(api, compoundId, committee);
      await api.http.post(`/rounds/${open}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);

      await setDefault('WILLINGNESS', { ruleProfile: 'changsha-two-80', reason: '恢复两个80%' }).expect(200);

      const round = (await api.http.get(`/rounds/${open}`).set(committee.auth).expect(200)).body;
      expect(round).toMatchObject({ state: 'OPEN', ruleProfile: 'civil-code-278-major', ruleProfileOrigin: 'DISTRICT' });
      expect((await api.http.get(`/rounds/${open}/tally`).set(committee.auth).expect(200)).body.profile).toBe('civil-code-278-major');
      await api.http.post(`/rounds/${open}/transitions`).set(pm.auth).send({ event: 'CANCEL', reason: '重新征询' }).expect(200);
      expect((await newRound(projectId, { subject: 'WILLINGNESS' }).expect(201)).body).toMatchObject({
        ruleProfile: 'changsha-two-80',
        ruleProfileOrigin: 'DISTRICT',
      });
    });
  });
});
