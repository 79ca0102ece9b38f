import { AcceptanceService } from '@app/workflow';
import ExcelJS from 'exceljs';
import { binary, startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

/** The wall clock in Beijing, UTC+8, minutes shown. */
const beijing = (iso: string) => new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');

const PARTIES = ['CONSTRUCTION_UNIT', 'DESIGN', 'CONTRACTOR', 'SUPERVISION', 'DEPARTMENTS', 'STREET_COMMUNITY', 'OWNER_REPRESENTATIVES'];

/** Joint acceptance: every party signs, and residents' satisfaction (95%, Ji'an) decides with them. */
describe('joint acceptance', () => {
  let api: TestApi;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let committee: Awaited<ReturnType<TestApi['user']>>;
  let supervisor: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;
  let households: { id: string }[];

  const sign = (party: string, opinion = 'PASS', who = pm) =>
    api.http
      .post(`/projects/${projectId}/acceptance/signatures`)
      .set(who.auth)
      .send({ party, signer: '张建国', opinion, comments: opinion === 'PASS' ? '同意' : '单元门禁未装' });
  const transition = (event: string, reason?: string) =>
    api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event, reason });
  const codes = (res: { body: { errors?: { code: string }[] } }) => res.body.errors?.map((e) => e.code);

  /** A satisfaction round in which `satisfied` of the 20 households are satisfied, closed. */
  async function satisfaction(satisfied: number): Promise<void> {
    const id = (
      await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'SATISFACTION', title: '满意度测评' })
        .expect(201)
    ).body.id;
    await confirmRoster(api, place.compoundId, committee);
    await api.http.post(`/rounds/${id}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);
    for (const [i, h] of households.entries()) {
      await api.http
        .post(`/rounds/${id}/votes`)
        .set(committee.auth)
        .send({ householdId: h.id, choice: i < satisfied ? 'AGREE' : 'DISAGREE', signed: true, channel: 'DOOR_TO_DOOR' })
        .expect(200);
    }
    await api.http.post(`/rounds/${id}/transitions`).set(committee.auth).send({ event: 'CLOSE' }).expect(200);
  }

  async function enterAcceptance(): Promise<void> {
    // Construction is walked in construction-walk.e2e-spec.ts; here the project arrives in ACCEPTANCE with its form.
    await api.db.query(`UPDATE projects SET state = 'ACCEPTANCE' WHERE id = $1`, [projectId]);
    api.clock.advance(1000);
    await api.app.get(AcceptanceService).open(api.db.manager, projectId, place.districtId, api.clock.now());
  }

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'accept');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    const roster = ['楼栋,单元,房号,面积', ...Array.from({ length: 20 }, (_, i) => `1,1,${101 + i},80`)].join('\n');
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'r.csv')
      .expect(200);
    households = (await api.http.get(`/compounds/${place.compoundId}/households`).set(committee.auth).expect(200)).body.items;
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
    await enterAcceptance();
  });

  afterAll(() => api.close());

  it('fails when a party signs FAIL, even at exactly 95% satisfaction, and returns to CONSTRUCTION with the rectification items', async () => {
    expect(codes(await sign('NEIGHBOURS').expect(422))).toEqual(['NOT_ON_FORM']);
    for (const party of PARTIES)
      await sign(party, party === 'OWNER_REPRESENTATIVES' ? 'FAIL' : 'PASS', party === 'OWNER_REPRESENTATIVES' ? committee : pm).expect(
        201,
      );
    expect((await sign('DESIGN').expect(409)).body.code).toBe('RESOURCE.CONFLICT');
    await satisfaction(19);
    expect(codes(await transition('PASS_ACCEPTANCE').expect(422))).toEqual(['ACCEPTANCE.PARTY_REFUSED']);
    expect((await transition('FAIL_ACCEPTANCE', '单元门禁补装').expect(200)).body.project.state).toBe('CONSTRUCTION');

    const form = (await api.http.get(`/projects/${projectId}/acceptance`).set(supervisor.auth).expect(200)).body;
    expect(form).toMatchObject({ state: 'FAILED', rectification: '单元门禁补装' });
    expect(form.signatures[0].signer).toBe('张**');

    const sheet = async (who: typeof pm) => {
      const xlsx = await api.http.get(`/projects/${projectId}/acceptance/form.xlsx`).set(who.auth).buffer(true).parse(binary).expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body);
      return wb.getWorksheet('联合验收表')!;
    };
    const ws = await sheet(pm);
    expect(ws.getCell('A1').value).toBe('老旧小区改造项目竣工联合验收表');
    const rows = ws.getSheetValues().filter(Boolean) as unknown[][];
    const owners = rows.find((r) => r[1] === '业主代表')!;
    expect(owners.slice(1, 4)).toEqual(['业主代表', '张建国', '不合格']);
    expect(rows.find((r) => r[1] === '整改事项')![2]).toBe('单元门禁补装');
    // The state in Chinese, the times as Beijing reads them (08:00 UTC is 16:00 there).
    const status = rows.find((r) => r[1] === '验收状态')!;
    expect(status.slice(1, 5)).toEqual(['验收状态', '未通过', '开始时间', beijing(form.openedAt)]);
    expect(status[4]).toMatch(/^2026-06-01 16:00$/);
    expect(owners[5]).toBe(beijing(form.signatures.find((x: { party: string }) => x.party === 'OWNER_REPRESENTATIVES').signedAt));
    // The export a supervisor takes away masks the signers like the screen does.
    const masked = ((await sheet(supervisor)).getSheetValues().filter(Boolean) as unknown[][]).find((r) => r[1] === '业主代表')!;
    expect(masked.slice(1, 4)).toEqual(['业主代表', '张**', '不合格']);
  });

  it('needs a satisfaction round of this acceptance at 95%: 90% fails, a round from before does not count', async () => {
    await enterAcceptance();
    for (const party of PARTIES) await sign(party).expect(201);
    expect(codes(await transition('PASS_ACCEPTANCE').expect(422))).toEqual(['ACCEPTANCE.SATISFACTION_FAILED']);
    await satisfaction(18);
    expect(codes(await transition('PASS_ACCEPTANCE').expect(422))).toEqual(['ACCEPTANCE.SATISFACTION_FAILED']);
    await satisfaction(20);
    expect((await transition('PASS_ACCEPTANCE').expect(200)).body.project.state).toBe('ARCHIVING');
    expect((await api.http.get(`/projects/${projectId}/acceptance`).set(pm.auth).expect(200)).body.state).toBe('PASSED');
  });

  it("opens a form with the district's own parties; owner representatives cannot be dropped", async () => {
    const admin = await api.user('ADMIN');
    const url = `/districts/${place.districtId}/acceptance-parties`;
    expect((await api.http.get(url).set(pm.auth).expect(200)).body).toEqual(PARTIES);
    await api.http.get('/districts/00000000-0000-4000-8000-000000000000/acceptance-parties').set(pm.auth).expect(404);
    expect(
      codes(
        await api.http
          .put(url)
          .set(admin.auth)
          .send({ parties: ['CONTRACTOR', 'SUPERVISION'] })
          .expect(422),
      ),
    ).toEqual(['REQUIRED_MEMBER']);
    expect(
      codes(
        await api.http
          .put(url)
          .set(admin.auth)
          .send({ parties: ['OWNER_REPRESENTATIVES', 'NEIGHBOURS'] })
          .expect(422),
      ),
    ).toEqual(['UNKNOWN']);
    await api.http
      .put(url)
      .set(pm.auth)
      .send({ parties: ['OWNER_REPRESENTATIVES'] })
      .expect(403);
    const narrowed = ['CONTRACTOR', 'OWNER_REPRESENTATIVES', 'CONTRACTOR'];
    expect((await api.http.put(url).set(admin.auth).send({ parties: narrowed }).expect(200)).body).toEqual([
      'CONTRACTOR',
      'OWNER_REPRESENTATIVES',
    ]);

    await enterAcceptance();
    const form = (await api.http.get(`/projects/${projectId}/acceptance`).set(pm.auth).expect(200)).body;
    expect(form.parties).toEqual(['CONTRACTOR', 'OWNER_REPRESENTATIVES']);
    expect(codes(await sign('DESIGN').expect(422))).toEqual(['NOT_ON_FORM']);
  });
});
