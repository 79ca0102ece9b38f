import { randomUUID } from 'node:crypto';
import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, COUNCIL, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

describe('nobody acts where they do not belong', () => {
  let api: TestApi;
  let a: Place;
  let b: Place;
  let a2CompoundId: string;
  let pmA: User;
  let pmB: User;
  let projectA: string;
  let projectA2: string;
  let projectB: string;

  beforeAll(async () => {
    api = await startApi();
    a = await districtWithCompound(api, 'scope-a');
    b = await districtWithCompound(api, 'scope-b');
    pmA = await api.user('DISTRICT_PM', { districtIds: [a.districtId] });
    pmB = await api.user('DISTRICT_PM', { districtIds: [b.districtId] });
    const a2 = await api.http
      .post('/compounds')
      .set(pmA.auth)
      .send({ districtId: a.districtId, name: 'A 区第二小区', address: '测试路 9 号', buildYear: 1990 })
      .expect(201);
    a2CompoundId = a2.body.id;
    const create = async (who: User, compoundId: string) =>
      (await api.http.post('/projects').set(who.auth).send({ compoundId, name: '综合改造' }).expect(201)).body.id as string;
    projectA = await create(pmA, a.compoundId);
    projectA2 = await create(pmA, a2CompoundId);
    projectB = await create(pmB, b.compoundId);
  });

  afterAll(() => api.close());

  async function auditCount(): Promise<number> {
    const [r] = await api.db.query('SELECT count(*)::int AS n FROM audit_log');
    return r.n;
  }

  /** Runs refused writes and checks none of them reached the audit trail. */
  async function leavesNoTrace(writes: () => Promise<void>): Promise<void> {
    const before = await auditCount();
    await writes();
    expect(await auditCount()).toBe(before);
  }

  describe('a PM of district A', () => {
    it.each([
      ['project', () => `/projects/${projectB}`],
      ['compound', () => `/compounds/${b.compoundId}`],
      ['project history', () => `/projects/${projectB}/history`],
      ['project next transitions', () => `/projects/${projectB}/transitions`],
    ])("gets 404 RESOURCE.NOT_FOUND reading district B's %s", async (_what, path) => {
      const res = await api.http.get(path()).set(pmA.auth).expect(404);
      expect(res.body).toMatchObject({ status: 404, code: 'RESOURCE.NOT_FOUND' });
    });

    it('gets the same 404 changing anything of district B as changing what does not exist, and leaves no trace', async () => {
      const missing = randomUUID();
      const writes = (project: string, compound: string) => [
        api.http.post(`/projects/${project}/transitions`).set(pmA.auth).send({ event: 'SUSPEND', reason: '越权' }),
        api.http.put(`/projects/${project}/survey`).set(pmA.auth).send(COMPLETE_SURVEY),
        api.http.post(`/projects/${project}/bodies`).set(pmA.auth).send(COUNCIL),
        api.http
          .put(`/projects/${project}/team`)
          .set(pmA.auth)
          .send({ contractor: '越权公司', supervisionCompany: '越权监理', epc: true, volunteerSupervisors: [{ name: '某人' }] }),
        api.http.patch(`/compounds/${compound}`).set(pmA.auth).send({ name: '改名' }),
        api.http.post(`/compounds/${compound}/households`).set(pmA.auth).send({ building: '9', unit: '1', room: '101', floorArea: 50 }),
      ];
      // The request id is the only thing allowed to differ between the two answers.
      const answer = ({ status, body: { requestId: _id, ...body } }: { status: number; body: Record<string, unknown> }) => ({
        status,
        body,
      });
      await leavesNoTrace(async () => {
        const outOfScope = writes(projectB, b.compoundId);
        const absent = writes(missing, missing);
        for (const [i, request] of outOfScope.entries()) {
          const theirs = answer(await request);
          expect(theirs).toMatchObject({ status: 404, body: { code: 'RESOURCE.NOT_FOUND' } });
          expect(theirs).toEqual(answer(await absent[i]!));
        }
      });
      const [project] = await api.db.query('SELECT state, version FROM projects WHERE id = $1', [projectB]);
      expect(project).toEqual({ state: 'SURVEY', version: 1 });
      expect(await api.db.query('SELECT 1 FROM project_surveys WHERE project_id = $1', [projectB])).toHaveLength(0);
      expect(await api.db.query('SELECT 1 FROM governance_bodies WHERE project_id = $1', [projectB])).toHaveLength(0);
      expect(await api.db.query('SELECT 1 FROM households WHERE compound_id = $1', [b.compoundId])).toHaveLength(0);
      const [compound] = await api.db.query('SELECT name FROM compounds WHERE id = $1', [b.compoundId]);
      expect(compound.name).toBe('scope-b 小区');
    });

    it("lists only district A's projects and compounds", async () => {
      const projects = await api.http.get('/projects').set(pmA.auth).expect(200);
      expect(projects.body.items.map((p: { id: string }) => p.id).sort()).toEqual([projectA, projectA2].sort());
      expect(projects.body.total).toBe(2);
      const compounds = await api.http.get('/compounds').set(pmA.auth).expect(200);
      expect(compounds.body.items.map((c: { id: string }) => c.id).sort()).toEqual([a.compoundId, a2CompoundId].sort());
      expect(compounds.body.items.every((c: { districtId: string }) => c.districtId === a.districtId)).toBe(true);
    });
  });

  describe('a committee recorder of compound A1', () => {
    let committee: User;

    beforeAll(async () => {
      committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [a.compoundId] });
    });

    it("reads A1's project and registers its body", async () => {
      const project = await api.http.get(`/projects/${projectA}`).set(committee.auth).expect(200);
      expect(project.body.id).toBe(projectA);
      const body = await api.http.post(`/projects/${projectA}/bodies`).set(committee.auth).send(COUNCIL).expect(201);
      const [stored] = await api.db.query('SELECT project_id, registered_by FROM governance_bodies WHERE id = $1', [body.body.id]);
      expect(stored).toEqual({ project_id: projectA, registered_by: committee.id });
    });

    it('gets 403 MACHINE.ROLE_NOT_ALLOWED firing a transition', async () => {
      await leavesNoTrace(async () => {
        const res = await api.http
          .post(`/projects/${projectA}/transitions`)
          .set(committee.auth)
          .send({ event: 'COMPLETE_SURVEY' })
          .expect(403);
        expect(res.body).toMatchObject({ status: 403, code: 'MACHINE.ROLE_NOT_ALLOWED' });
      });
    });

    it('cannot touch another compound of the same district (404 to read and to write)', async () => {
      for (const path of [`/projects/${projectA2}`, `/compounds/${a2CompoundId}`, `/projects/${projectA2}/bodies`]) {
        const res = await api.http.get(path).set(committee.auth);
        expect([path, res.status, res.body.code]).toEqual([path, 404, 'RESOURCE.NOT_FOUND']);
      }
      await leavesNoTrace(async () => {
        const res = await api.http.post(`/projects/${projectA2}/bodies`).set(committee.auth).send(COUNCIL).expect(404);
        expect(res.body.code).toBe('RESOURCE.NOT_FOUND');
      });
      expect(await api.db.query('SELECT 1 FROM governance_bodies WHERE project_id = $1', [projectA2])).toHaveLength(0);
    });
  });

  describe('a supervisor of district A', () => {
    let supervisor: User;

    beforeAll(async () => {
      supervisor = await api.user('SUPERVISOR', { districtIds: [a.districtId] });
    });

    it("reads district A's projects and nothing else", async () => {
      const list = await api.http.get('/projects').set(supervisor.auth).expect(200);
      expect(list.body.items.map((p: { id: string }) => p.id).sort()).toEqual([projectA, projectA2].sort());
      await api.http.get(`/projects/${projectA}`).set(supervisor.auth).expect(200);
      await api.http.get(`/projects/${projectB}`).set(supervisor.auth).expect(404);
    });

    it('gets 403 creating projects, recording surveys, registering bodies and firing transitions', async () => {
      const projectsBefore = await api.db.query('SELECT count(*)::int AS n FROM projects');
      await leavesNoTrace(async () => {
        const create = await api.http.post('/projects').set(supervisor.auth).send({ compoundId: a2CompoundId, name: '督导建的' });
        const survey = await api.http.put(`/projects/${projectA}/survey`).set(supervisor.auth).send(COMPLETE_SURVEY);
        const body = await api.http.post(`/projects/${projectA}/bodies`).set(supervisor.auth).send(COUNCIL);
        for (const res of [create, survey, body]) expect([res.status, res.body.code]).toEqual([403, 'ACCESS.FORBIDDEN']);
        const fire = await api.http
          .post(`/projects/${projectA}/transitions`)
          .set(supervisor.auth)
          .send({ event: 'SUSPEND', reason: '督导叫停' });
        expect([fire.status, fire.body.code]).toEqual([403, 'MACHINE.ROLE_NOT_ALLOWED']);
      });
      expect(await api.db.query('SELECT count(*)::int AS n FROM projects')).toEqual(projectsBefore);
      const [project] = await api.db.query('SELECT state FROM projects WHERE id = $1', [projectA]);
      expect(project.state).toBe('SURVEY');
    });

    it('sees council member names masked, while the PM sees them in clear', async () => {
      const masked = await api.http.get(`/projects/${projectA}/bodies`).set(supervisor.auth).expect(200);
      expect(masked.body[0].members.map((m: { name: string }) => m.name)).toEqual(['张**', '李**', '王**']);
      const clear = await api.http.get(`/projects/${projectA}/bodies`).set(pmA.auth).expect(200);
      expect(clear.body[0].members.map((m: { name: string }) => m.name)).toEqual(['张建国', '李秀英', '王卫东']);
    });
  });

  describe('an admin', () => {
    it('may SUSPEND a project but not COMPLETE_SURVEY', async () => {
      const admin = await api.user('ADMIN');
      await api.http.put(`/projects/${projectB}/survey`).set(pmB.auth).send(COMPLETE_SURVEY).expect(200);
      await leavesNoTrace(async () => {
        const res = await api.http.post(`/projects/${projectB}/transitions`).set(admin.auth).send({ event: 'COMPLETE_SURVEY' }).expect(403);
        expect(res.body).toMatchObject({ status: 403, code: 'MACHINE.ROLE_NOT_ALLOWED' });
      });
      const held = await api.http
        .post(`/projects/${projectB}/transitions`)
        .set(admin.auth)
        .send({ event: 'SUSPEND', reason: '区级督查要求暂停' })
        .expect(200);
      expect(held.body.project.state).toBe('ON_HOLD');
      const [entry] = await api.db.query(`SELECT actor_id, actor_role FROM audit_log WHERE project_id = $1 AND action = 'SUSPEND'`, [
        projectB,
      ]);
      expect(entry).toEqual({ actor_id: admin.id, actor_role: 'ADMIN' });
    });
  });
});
