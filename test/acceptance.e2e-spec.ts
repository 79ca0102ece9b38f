import { AcceptanceService } from '@app/workflow';
import { randomUUID } from 'node:crypto';
import { maskName } from '@app/domain';
import ExcelJS from 'exceljs';
import { binary, startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, fileFormPhoto, type Place } from './support/fixtures.js';

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
  /** The archived photo of the signed paper form. */
  let photo: { id: string; sha256: string };

  type User = Awaited<ReturnType<TestApi['user']>>;
  const paper = () => ({ signer: '黄志刚', formNumber: 'YS-2026-031', photoDocumentId: photo.id });
  const send = (body: Record<string, unknown>, who: User) =>
    api.http.post(`/projects/${projectId}/acceptance/signatures`).set(who.auth).send(body);
  /** A party signs: the owners through the committee, the other parties entered by the PM from the signed paper. */
  const sign = (party: string, opinion = 'PASS', who = party === 'OWNER_REPRESENTATIVES' ? committee : pm) =>
    send(
      {
        party,
        opinion,
        comments: opinion === 'PASS' ? '同意' : '单元门禁未装',
        ...(who === pm ? paper() : { signer: '张建国' }),
      },
      who,
    );
  const transition = (event: string, reason?: string) =>
    api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event, reason });
  const codes = (res: { body: { errors?: { code: string }[] } }) => res.body.errors?.map((e) => e.code);
  const fields = (res: { body: { errors?: { field: string; code: string }[] } }) => res.body.errors?.map((e) => [e.field, e.code]);

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
    photo = await fileFormPhoto(api, projectId, pm);
  });

  afterAll(() => api.close());

  it('fails when a party signs FAIL, even at exactly 95% satisfaction, and returns to CONSTRUCTION with the rectification items', async () => {
    expect(codes(await sign('NEIGHBOURS').expect(422))).toEqual(['NOT_ON_FORM']);
    for (const party of PARTIES) await sign(party, party === 'OWNER_REPRESENTATIVES' ? 'FAIL' : 'PASS').expect(201);
    expect((await sign('DESIGN').expect(409)).body.code).toBe('RESOURCE.ALREADY_RECORDED');
    await satisfaction(19);
    expect(codes(await transition('PASS_ACCEPTANCE').expect(422))).toEqual(['ACCEPTANCE.PARTY_REFUSED']);
    expect((await transition('FAIL_ACCEPTANCE', '单元门禁补装').expect(200)).body.project.state).toBe('CONSTRUCTION');

    const form = (await api.http.get(`/projects/${projectId}/acceptance`).set(supervisor.auth).expect(200)).body;
    expect(form).toMatchObject({ state: 'FAILED', rectification: '单元门禁补装' });
    expect(Object.fromEntries(form.signatures.map((x: { party: string; signer: string }) => [x.party, x.signer]))).toEqual(
      Object.fromEntries(PARTIES.map((p) => [p, p === 'OWNER_REPRESENTATIVES' ? '张**' : '黄**'])),
    );

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
    expect(rows.find((r) => r[1] === '项目名称')!.slice(5, 7)).toEqual(['验收状态', '未通过']);
    const opened = rows.find((r) => r[1] === '开始时间')!;
    expect(opened[2]).toBe(beijing(form.openedAt));
    expect(opened[2]).toMatch(/^2026-06-01 16:00$/);
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

  it('a party signs as itself, or the PM enters it from the signed paper; the form says which, and who entered it', async () => {
    const admin = await api.user('ADMIN');
    await api.http.put(`/districts/${place.districtId}/acceptance-parties`).set(admin.auth).send({ parties: PARTIES }).expect(200);
    await api.db.query(`UPDATE acceptance_forms SET state = 'FAILED', closed_at = now() WHERE project_id = $1 AND state = 'OPEN'`, [
      projectId,
    ]);
    await enterAcceptance();
    const worksFor = async (role: 'DISTRICT_PM' | 'SUPERVISOR', organisation: string) => {
      const user = await api.user(role, { districtIds: [place.districtId] });
      await api.http.put(`/users/${user.id}/organisation`).set(admin.auth).send({ organisation }).expect(200);
      return user;
    };
    const designer = await worksFor('SUPERVISOR', 'DESIGN');
    const fireOfficer = await worksFor('SUPERVISOR', 'FIRE_EMERGENCY');
    const client = await worksFor('DISTRICT_PM', 'CONSTRUCTION_UNIT');
    const signed = async () =>
      (
        await api.db.query(
          `SELECT count(*)::int AS n FROM acceptance_signatures s JOIN acceptance_forms f ON f.id = s.form_id WHERE f.project_id = $1 AND f.state = 'OPEN'`,
          [projectId],
        )
      )[0].n;
    const contractor = { party: 'CONTRACTOR', opinion: 'PASS', comments: '施工完成' };

    // On the party's behalf the PM brings all the paper: one piece short is 422, naming it.
    expect(fields(await send(contractor, pm).expect(422))).toEqual([
      ['signer', 'EVIDENCE_REQUIRED'],
      ['formNumber', 'EVIDENCE_REQUIRED'],
      ['photoDocumentId', 'EVIDENCE_REQUIRED'],
    ]);
    const { photoDocumentId: _photo, ...noPhoto } = paper();
    expect(fields(await send({ ...contractor, ...noPhoto }, pm).expect(422))).toEqual([['photoDocumentId', 'EVIDENCE_REQUIRED']]);
    const { formNumber: _number, ...noNumber } = paper();
    expect(fields(await send({ ...contractor, ...noNumber }, pm).expect(422))).toEqual([['formNumber', 'EVIDENCE_REQUIRED']]);
    // The photo is an image filed in this project's archive.
    const scan = await fileFormPhoto(api, projectId, pm, { bytes: Buffer.from('%PDF-1.4\n签字页\n%%EOF'), contentType: 'application/pdf' });
    expect(fields(await send({ ...contractor, ...paper(), photoDocumentId: scan.id }, pm).expect(422))).toEqual([
      ['photoDocumentId', 'NOT_A_PHOTO'],
    ]);
    const compound = (
      await api.http
        .post('/compounds')
        .set(pm.auth)
        .send({ districtId: place.districtId, name: '邻近小区', address: '测试路 2 号', buildYear: 1992 })
        .expect(201)
    ).body.id;
    const elsewhere = (await api.http.post('/projects').set(pm.auth).send({ compoundId: compound, name: '邻近改造' }).expect(201)).body.id;
    const [foreign] = await api.db.query(
      `INSERT INTO archive_documents (project_id, kind, source, title, filename, content_type, size_bytes, sha256, filed_by, filed_at)
       VALUES ($1, 'PHOTOS', 'UPLOAD', '别处照片', 'x.png', 'image/png', 10, $2, $3, now()) RETURNING id`,
      [elsewhere, photo.sha256, pm.id],
    );
    for (const id of [foreign.id, randomUUID()]) {
      expect(fields(await send({ ...contractor, ...paper(), photoDocumentId: id }, pm).expect(422))).toEqual([
        ['photoDocumentId', 'UNKNOWN'],
      ]);
    }
    // Nobody else speaks for a party: not a supervisor of another body, not a committee, not the PM for the owners.
    for (const [body, who] of [
      [{ ...contractor, ...paper() }, designer],
      [{ ...contractor, ...paper() }, supervisor],
      [{ ...contractor, ...paper() }, committee],
      [{ party: 'OWNER_REPRESENTATIVES', opinion: 'PASS', comments: '同意', ...paper() }, pm],
    ] as const) {
      expect((await send(body, who).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
    }
    // The party itself brings no paper.
    expect(fields(await send({ party: 'DESIGN', opinion: 'PASS', comments: '按图施工', ...paper() }, designer).expect(422))).toEqual([
      ['formNumber', 'NOT_ON_BEHALF'],
      ['photoDocumentId', 'NOT_ON_BEHALF'],
    ]);
    // Out of scope, the form is not there at all: the same 404 as a project that does not exist.
    const outsider = await api.user('DISTRICT_PM', { districtIds: [(await districtWithCompound(api, 'accept-other')).districtId] });
    const away = await send({ ...contractor, ...paper() }, outsider).expect(404);
    const missing = await api.http
      .post(`/projects/${randomUUID()}/acceptance/signatures`)
      .set(outsider.auth)
      .send({ ...contractor, ...paper() })
      .expect(404);
    expect({ ...away.body, requestId: null }).toEqual({ ...missing.body, requestId: null });
    expect(await signed()).toBe(0);

    await send({ party: 'DESIGN', opinion: 'PASS', comments: '按图施工' }, designer).expect(201);
    await send({ party: 'DEPARTMENTS', opinion: 'PASS', comments: '消防验收合格' }, fireOfficer).expect(201);
    await send({ party: 'CONSTRUCTION_UNIT', opinion: 'PASS', comments: '同意验收' }, client).expect(201);
    expect((await send({ ...contractor, ...paper() }, pm).expect(201)).body).toMatchObject({ party: 'CONTRACTOR', entry: 'ON_BEHALF' });
    expect((await sign('OWNER_REPRESENTATIVES').expect(201)).body.entry).toBe('SELF');

    const form = (await api.http.get(`/projects/${projectId}/acceptance`).set(pm.auth).expect(200)).body;
    const by = (party: string) => form.signatures.find((x: { party: string }) => x.party === party);
    for (const party of ['DESIGN', 'DEPARTMENTS', 'CONSTRUCTION_UNIT', 'OWNER_REPRESENTATIVES']) {
      expect(by(party)).toMatchObject({ entry: 'SELF', formNumber: null, photoSha256: null });
    }
    expect(by('DESIGN')).toMatchObject({ recordedBy: designer.id, signer: by('DESIGN').recordedByName });
    expect(by('OWNER_REPRESENTATIVES')).toMatchObject({ recordedBy: committee.id, signer: '张建国' });
    expect(by('CONTRACTOR')).toMatchObject({
      entry: 'ON_BEHALF',
      signer: '黄志刚',
      formNumber: 'YS-2026-031',
      photoSha256: photo.sha256,
      recordedBy: pm.id,
    });
    // A supervisor reads who entered it masked, like the signers.
    const seen = (await api.http.get(`/projects/${projectId}/acceptance`).set(supervisor.auth).expect(200)).body;
    const contractorSeen = seen.signatures.find((x: { party: string }) => x.party === 'CONTRACTOR');
    expect(contractorSeen).toMatchObject({ signer: '黄**', recordedByName: maskName(by('CONTRACTOR').recordedByName) });
  });

  it('prints like the paper form: A4 one page wide, a row per party with who signed, when in Beijing time and how it was entered', async () => {
    // The form of the previous case: five parties signed, the contractor's entered from the paper, two not yet.
    const form = (await api.http.get(`/projects/${projectId}/acceptance`).set(pm.auth).expect(200)).body;
    const xlsx = await api.http.get(`/projects/${projectId}/acceptance/form.xlsx`).set(pm.auth).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const ws = wb.getWorksheet('联合验收表')!;
    const text = (r: number) => (ws.getRow(r).values as unknown[]).slice(1, 9).map((v) => v ?? '');

    expect(ws.getCell('A1').value).toBe('老旧小区改造项目竣工联合验收表');
    expect(ws.getCell('A1').isMerged && ws.getCell('H1').isMerged).toBe(true);
    expect([ws.getCell('A2').value, ws.getCell('E2').value, ws.getCell('F2').value]).toEqual(['项目名称', '验收状态', '进行中']);
    expect([ws.getCell('A4').value, ws.getCell('B4').value, ws.getCell('F4').value]).toEqual(['开始时间', beijing(form.openedAt), '']);
    const header = text(6);
    expect(header).toEqual(['验收单位', '签署人', '验收意见', '意见说明', '签署时间', '录入方式', '录入人', '纸质表编号及照片 SHA-256']);
    const rows = new Map(PARTIES.map((_, i) => [String(ws.getCell(`A${7 + i}`).value), text(7 + i)]));
    expect([...rows.keys()]).toEqual(['建设单位', '设计单位', '施工单位', '监理单位', '相关职能部门', '街道（社区）', '业主代表']);
    const contractor = form.signatures.find((x: { party: string }) => x.party === 'CONTRACTOR');
    expect(rows.get('施工单位')).toEqual([
      '施工单位',
      '黄志刚',
      '合格',
      '施工完成',
      beijing(contractor.signedAt),
      '代为录入（纸质签字）',
      contractor.recordedByName,
      `YS-2026-031\n${photo.sha256}`,
    ]);
    expect(rows.get('设计单位')!.slice(2, 7)).toEqual([
      '合格',
      '按图施工',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
      '本单位签署',
      expect.any(String),
    ]);
    expect(rows.get('设计单位')![7]).toBe('');
    // Two parties have not signed yet: the paper shows them blank.
    expect(rows.get('监理单位')!.slice(1)).toEqual(['', '未签', '', '', '', '', '']);
    expect(text(15).slice(0, 2)).toEqual(['验收结论', '进行中']);

    // Set to print: the whole form, A4 landscape, one page wide, the table's header on every page.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toBe('A1:H15');
    expect(ws.lastRow!.number).toBe(15);
  });

  it('admins name the body a PM or supervisor works for, from the acceptance parties and reviewing departments', async () => {
    const admin = await api.user('ADMIN');
    const set = (id: string, organisation: unknown, who = admin) =>
      api.http.put(`/users/${id}/organisation`).set(who.auth).send({ organisation });
    const listed = (await api.http.get('/organisations').set(pm.auth).expect(200)).body.map((o: { code: string }) => o.code);
    expect(listed).toEqual(expect.arrayContaining(['CONSTRUCTION_UNIT', 'CONTRACTOR', 'DEPARTMENTS', 'HOUSING', 'FIRE_EMERGENCY']));
    expect(listed).not.toContain('OWNER_REPRESENTATIVES');
    expect(fields(await set(committee.id, 'CONTRACTOR').expect(422))).toEqual([['organisation', 'NOT_FOR_ROLE']]);
    expect(fields(await set(admin.id, 'CONTRACTOR').expect(422))).toEqual([['organisation', 'NOT_FOR_ROLE']]);
    for (const code of ['OWNER_REPRESENTATIVES', 'NEIGHBOURS']) {
      expect(fields(await set(supervisor.id, code).expect(422))).toEqual([['organisation', 'UNKNOWN']]);
    }
    await set(supervisor.id, 'contractor').expect(400);
    expect((await set(supervisor.id, 'CONTRACTOR', pm).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
    await set(randomUUID(), 'CONTRACTOR').expect(404);
    expect((await set(supervisor.id, 'HOUSING').expect(200)).body.organisation).toBe('HOUSING');
    expect((await set(supervisor.id, null).expect(200)).body.organisation).toBeNull();
    const created = await api.http
      .post('/users')
      .set(admin.auth)
      .send({
        username: 'design-officer',
        displayName: '孙晓峰',
        role: 'SUPERVISOR',
        password: 'a long enough pass phrase',
        districtIds: [place.districtId],
        organisation: 'DESIGN',
      })
      .expect(201);
    expect(created.body.organisation).toBe('DESIGN');
    const history = await api.db.query(
      `SELECT action, detail FROM audit_log WHERE subject_id = $1 AND action = 'user.organisation-set' ORDER BY at, id`,
      [supervisor.id],
    );
    expect(history.map((h: { action: string; detail: { organisation: string | null } }) => [h.action, h.detail.organisation])).toEqual([
      ['user.organisation-set', 'HOUSING'],
      ['user.organisation-set', null],
    ]);
  });
});
