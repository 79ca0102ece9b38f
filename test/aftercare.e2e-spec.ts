import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AcceptanceService, DeadlineRunner, LongTermService } from '@app/workflow';
import JSZip from 'jszip';
import { binary, startApi, type TestApi } from './support/api.js';
import { concludedRound, districtWithCompound, projectInConstruction, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR photo of the new roof')]);
const PDF = Buffer.from('%PDF-1.4\n施工合同扫描件\n%%EOF');
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
const MAX_BYTES = 4096;

/** Everything under a directory, recursively: what the archive left on disk. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The archive (ARCHIVING -> LONG_TERM) and long-term management (LONG_TERM -> CLOSED). */
describe('after acceptance: archive and long-term management', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let outsider: User;
  let projectId: string;
  let dir: string;
  let acceptedAt: Date;

  const codes = (res: { body: { errors?: { code: string }[] } }) => res.body.errors?.map((e) => e.code);
  const transition = (event: string) => api.http.post(`/projects/${projectId}/transitions`).set(pm.auth).send({ event });
  const upload = (kind: string, title: string, bytes: Buffer, type: string, name: string, who = pm) =>
    api.http
      .post(`/projects/${projectId}/archive/documents`)
      .set(who.auth)
      .field('kind', kind)
      .field('title', title)
      .attach('file', bytes, { filename: name, contentType: type });
  const rows = async () => (await api.db.query('SELECT count(*)::int AS n FROM archive_documents WHERE project_id = $1', [projectId]))[0].n;
  const checklist = async () => (await api.http.get(`/projects/${projectId}/archive`).set(pm.auth).expect(200)).body;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-'));
    api = await startApi({ ARCHIVE_DIR: dir, ARCHIVE_MAX_BYTES: String(MAX_BYTES) });
    place = await districtWithCompound(api, 'aftercare');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    const other = await districtWithCompound(api, 'elsewhere');
    outsider = await api.user('SUPERVISOR', { districtIds: [other.districtId] });
    // Building 1: 2 x 100.25 m²; building 2: 1 x 80.10 m².
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from('楼栋,单元,房号,面积\n1,1,101,100.25\n1,1,102,100.25\n2,1,101,80.10'), 'r.csv')
      .expect(200);
    projectId = await projectInConstruction(api, place, pm);
  });

  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('archive', () => {
    it('takes a photo during construction, stored once under its sha256', async () => {
      const res = await upload('PHOTOS', '屋面改造前', PNG, 'image/png', 'roof.png').expect(201);
      const sha = createHash('sha256').update(PNG).digest('hex');
      expect(res.body).toMatchObject({ kind: 'PHOTOS', source: 'UPLOAD', sha256: sha, sizeBytes: PNG.length, contentType: 'image/png' });
      expect(readFileSync(join(dir, sha.slice(0, 2), sha))).toEqual(PNG);
      await upload('PHOTOS', '屋面改造前（重复）', PNG, 'image/png', 'roof-again.png').expect(201);
      expect(filesUnder(dir)).toHaveLength(1);
    });

    it('refuses a type off the list, a file that lies about its type, and one over the limit, storing nothing', async () => {
      const before = await rows();
      const refused = await upload('CONTRACTS', '合同', EXE, 'application/x-msdownload', 'contract.exe').expect(415);
      expect(refused.body).toMatchObject({ status: 415, code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE' });
      expect((await upload('CONTRACTS', '合同', EXE, 'application/pdf', 'contract.pdf').expect(415)).body.code).toBe(
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      );
      const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES)]);
      expect((await upload('CONTRACTS', '合同', big, 'application/pdf', 'big.pdf').expect(413)).body.code).toBe('REQUEST.TOO_LARGE');
      expect(codes(await upload('INVOICES', '发票', PDF, 'application/pdf', 'a.pdf').expect(400))).toEqual(['isIn']);
      await api.http
        .post(`/projects/${projectId}/archive/documents`)
        .set(pm.auth)
        .field('kind', 'CONTRACTS')
        .field('title', 't')
        .expect(400);
      expect(await rows()).toBe(before);
      expect(filesUnder(dir)).toHaveLength(1);
    });

    it('lets only the PM file, and hides the archive outside the scope', async () => {
      await upload('PHOTOS', '照片', PNG, 'image/png', 'p.png', supervisor).expect(403);
      await upload('PHOTOS', '照片', PNG, 'image/png', 'p.png', committee).expect(403);
      await api.http.get(`/projects/${projectId}/archive`).set(outsider.auth).expect(404);
      await api.http.get(`/projects/${projectId}/archive/bundle.zip`).set(outsider.auth).expect(404);
    });

    it("PASS_ACCEPTANCE files the system's records; collecting again, even twice at once, files nothing new", async () => {
      // Acceptance itself is walked in acceptance.e2e-spec.ts; here it is decided through the services.
      await api.db.query(`UPDATE projects SET state = 'ACCEPTANCE' WHERE id = $1`, [projectId]);
      const acceptance = api.app.get(AcceptanceService);
      await acceptance.open(api.db.manager, projectId, place.districtId, api.clock.now());
      await acceptance.close(api.db.manager, projectId, 'PASSED', null, api.clock.now());
      await api.db.query(`UPDATE projects SET state = 'ARCHIVING' WHERE id = $1`, [projectId]);
      acceptedAt = api.clock.now();
      await api.app.get(LongTermService).scheduleRevisits(api.db.manager, projectId, acceptedAt);

      const collect = () => api.http.post(`/projects/${projectId}/archive/collect`).set(pm.auth);
      expect((await collect().expect(200)).body).toEqual({ filed: 3 });
      const [a, b] = await Promise.all([collect(), collect()]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect([a.body.filed, b.body.filed]).toEqual([0, 0]);
      const list = await checklist();
      const system = list.items.flatMap((i: { documents: { source: string; reference: string }[] }) =>
        i.documents.filter((d) => d.source === 'SYSTEM').map((d) => d.reference.split(':')[0]),
      );
      expect(system.sort()).toEqual(['acceptance-form', 'permit-exemption', 'plan-version']);
      await api.http.post(`/projects/${projectId}/archive/collect`).set(supervisor.auth).expect(403);
    });

    it('withdraws a document filed by mistake, with its reason kept in the trail; never a system record', async () => {
      const wrong = (await upload('CONTRACTS', '另一小区的合同', PDF, 'application/pdf', 'wrong.pdf').expect(201)).body;
      const withdraw = (documentId: string, body: object, who = pm) =>
        api.http.post(`/projects/${projectId}/archive/documents/${documentId}/withdraw`).set(who.auth).send(body);
      expect(codes(await withdraw(wrong.id, {}).expect(400))).toContain('isString');
      await withdraw(wrong.id, { reason: '误传' }, supervisor).expect(403);
      await withdraw(wrong.id, { reason: '误传：另一小区的合同' }).expect(204);
      await withdraw(wrong.id, { reason: '误传：另一小区的合同' }).expect(404);
      const kinds = (await checklist()).items.find((i: { kind: string }) => i.kind === 'CONTRACTS');
      expect(kinds.documents).toEqual([]);
      const [trail] = await api.db.query(`SELECT reason, detail FROM audit_log WHERE action = 'archive.withdrawn' AND subject_id = $1`, [
        wrong.id,
      ]);
      expect(trail).toMatchObject({
        reason: '误传：另一小区的合同',
        detail: { kind: 'CONTRACTS', source: 'UPLOAD', sha256: wrong.sha256 },
      });

      const [system] = await api.db.query(`SELECT id FROM archive_documents WHERE project_id = $1 AND source = 'SYSTEM' LIMIT 1`, [
        projectId,
      ]);
      expect((await withdraw(system.id, { reason: '不需要' }).expect(409)).body.code).toBe('RESOURCE.IN_USE');
    });

    it('COMPLETE_ARCHIVE names what is missing until every required kind is filed', async () => {
      const list = await checklist();
      expect(list.complete).toBe(false);
      expect(list.items.find((i: { kind: string }) => i.kind === 'CHANGE_ORDERS').required).toBe(false);
      expect(list.items.filter((i: { bySystem: boolean }) => !i.bySystem).map((i: { kind: string }) => i.kind)).toEqual([
        'SURVEY_LEDGER',
        'CONTRACTS',
        'PHOTOS',
      ]);
      expect(list.missing).toEqual(['SURVEY_LEDGER', 'CONSENT_RECORDS', 'REVIEW_OPINIONS', 'CONTRACTS', 'PROGRESS_REPORTS']);
      const refused = await transition('COMPLETE_ARCHIVE').expect(422);
      expect(codes(refused)).toEqual(['ARCHIVE.INCOMPLETE']);
      expect(refused.body.errors[0].message.zh).toBe(
        '归档资料尚缺：摸底调查台账、意见征询记录及账本哈希、联合审查意见、施工、监理等合同、施工进度报告',
      );
      expect(refused.body.errors[0].practices.length).toBeGreaterThan(0);

      await upload('CONTRACTS', '施工合同', PDF, 'application/pdf; charset=binary', '合同.pdf').expect(201);
      for (const kind of ['SURVEY_LEDGER', 'CONSENT_RECORDS', 'REVIEW_OPINIONS']) {
        await api.http
          .post(`/projects/${projectId}/archive/references`)
          .set(pm.auth)
          .send({ kind, title: `${kind} 纸质档案`, reference: `区城建档案馆 2026-${kind}` })
          .expect(201);
      }
      expect(codes(await transition('COMPLETE_ARCHIVE').expect(422))).toEqual(['ARCHIVE.INCOMPLETE']);
      await api.http
        .post(`/projects/${projectId}/archive/references`)
        .set(pm.auth)
        .send({ kind: 'PROGRESS_REPORTS', title: '=HYPERLINK("x")', reference: '档案盒 7' })
        .expect(201);
      expect((await transition('COMPLETE_ARCHIVE').expect(200)).body.project.state).toBe('LONG_TERM');
    });

    it('files nothing once the archive is complete', async () => {
      const before = await rows();
      expect((await upload('PHOTOS', '迟到的照片', PNG, 'image/png', 'late.png').expect(409)).body.code).toBe('PROJECT.WRONG_STAGE');
      await api.http
        .post(`/projects/${projectId}/archive/references`)
        .set(pm.auth)
        .send({ kind: 'PHOTOS', title: 'x', reference: 'y-1' })
        .expect(409);
      expect(await rows()).toBe(before);
    });

    it('bundles the archive as a ZIP with an index, the files intact, and the records', async () => {
      const res = await api.http
        .get(`/projects/${projectId}/archive/bundle.zip`)
        .set(supervisor.auth)
        .buffer(true)
        .parse(binary)
        .expect(200)
        .expect('Content-Type', 'application/zip');
      const zip = await JSZip.loadAsync(res.body);
      const csv = (await zip.file('index.csv')!.async('string')).replace(/^\uFEFF/, '');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe('序号,类别,类别名称,来源,标题,文件,sha256,字节,引用,归档时间');
      expect(lines).toHaveLength(1 + 10);
      expect(lines.some((l) => l.includes(`'=HYPERLINK(""x"")`))).toBe(true);
      const index = JSON.parse(await zip.file('index.json')!.async('string'));
      // People read the index: where each document comes from in Chinese, the time it was filed in Beijing time.
      const cells = lines.slice(1).map((l) => l.split(','));
      expect(new Set(cells.map((c) => c[3]))).toEqual(new Set(['上传文件', '外部档案引用', '系统记录']));
      for (const [i, d] of (index.documents as { filedAt: string }[]).entries())
        expect(cells[i]!.at(-1)).toBe(new Date(Date.parse(d.filedAt) + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' '));
      expect(index.project).toMatchObject({ state: 'LONG_TERM', stateName: '建立长效机制' });
      const contract = index.documents.find((d: { kind: string }) => d.kind === 'CONTRACTS');
      expect(contract.path).toMatch(/^files\/CONTRACTS\/\d+-合同\.pdf$/);
      const bytes = await zip.file(contract.path)!.async('nodebuffer');
      expect(bytes).toEqual(PDF);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(contract.sha256);
      const plans = JSON.parse(await zip.file('records/PLAN_VERSIONS.json')!.async('string'));
      expect(plans).toEqual([expect.objectContaining({ reference: 'plan-version:1', version: 1, budgetFen: '400000' })]);
      expect(zip.file('records/acceptance-form.xlsx')).not.toBeNull();
    });

    it('verifies the stored files against their recorded sha256, naming one altered and one missing', async () => {
      const verify = async () => (await api.http.get(`/projects/${projectId}/archive/verify`).set(supervisor.auth).expect(200)).body;
      expect(await verify()).toMatchObject({ checked: 3, intact: true, problems: [] });
      const png = createHash('sha256').update(PNG).digest('hex');
      const pdf = createHash('sha256').update(PDF).digest('hex');
      const pngPath = join(dir, png.slice(0, 2), png);
      const pdfPath = join(dir, pdf.slice(0, 2), pdf);
      const [pngBytes, pdfBytes] = [readFileSync(pngPath), readFileSync(pdfPath)];
      try {
        writeFileSync(pngPath, Buffer.concat([pngBytes, Buffer.from('x')]));
        rmSync(pdfPath);
        const report = await verify();
        expect(report).toMatchObject({ checked: 3, intact: false });
        expect(report.problems.map((p: { kind: string; problem: string }) => [p.kind, p.problem]).sort()).toEqual([
          ['CONTRACTS', 'MISSING'],
          ['PHOTOS', 'ALTERED'],
          ['PHOTOS', 'ALTERED'],
        ]);
      } finally {
        writeFileSync(pngPath, pngBytes);
        writeFileSync(pdfPath, pdfBytes);
      }
      await api.http.get(`/projects/${projectId}/archive/verify`).set(outsider.auth).expect(404);
    });
  });

  describe('long-term management', () => {
    const lt = async (who = pm) => (await api.http.get(`/projects/${projectId}/long-term`).set(who.auth).expect(200)).body;
    const revisit = (months: number | string, body: object = { score: 88, summary: '运行良好', findings: [] }, who = pm) =>
      api.http.post(`/projects/${projectId}/long-term/revisits/${months}`).set(who.auth).send(body);

    it('CLOSE lists every missing arrangement', async () => {
      expect(codes(await transition('CLOSE').expect(422))).toEqual([
        'LONGTERM.NO_PROPERTY_MODE',
        'LONGTERM.NO_OWNERS_COMMITTEE',
        'LONGTERM.NO_FUND_PLAN',
        'LONGTERM.REVISIT_PENDING',
      ]);
    });

    it('records the property mode with its contract, refusing inconsistent ones', async () => {
      const put = (body: object) => api.http.put(`/projects/${projectId}/long-term/property`).set(pm.auth).send(body);
      expect(codes(await put({ mode: 'SELF_MANAGED', provider: '某物业', contractStart: '2026-07-01' }).expect(422))).toEqual([
        'NO_CONTRACT',
      ]);
      expect(codes(await put({ mode: 'PROFESSIONAL', contractStart: '2026-07-01' }).expect(422))).toEqual(['REQUIRED', 'REQUIRED']);
      expect(
        codes(await put({ mode: 'TRUSTEESHIP', provider: '街道托管', contractStart: '2026-07-01', contractEnd: '2026-07-01' }).expect(422)),
      ).toEqual(['BEFORE_START']);
      expect(codes(await put({ mode: 'LANDLORD', contractStart: '2026-07-01' }).expect(400))).toEqual(['isIn']);
      expect(codes(await put({ mode: 'SELF_MANAGED', contractStart: '2026-02-30x' }).expect(400))).toEqual(['matches']);
      // Of the right shape, but no day of the calendar: refused before anything is written.
      expect(codes(await put({ mode: 'SELF_MANAGED', contractStart: '2026-02-30' }).expect(400))).toEqual(['isCalendarDay']);
      expect(codes(await put({ mode: 'SELF_MANAGED', contractStart: '2026-07-01T00:00:00Z' }).expect(400))).toEqual(['matches']);
      const professional = {
        mode: 'PROFESSIONAL',
        provider: '长沙某物业服务有限公司',
        contractStart: '2026-07-01',
        contractEnd: '2027-12-31',
      };
      // Choosing the company is the owners' decision: refused until a property-company round has passed.
      const unvoted = await put(professional).expect(422);
      expect(unvoted.body).toMatchObject({ code: 'MACHINE.GUARD_FAILED' });
      expect(unvoted.body.errors).toEqual([
        expect.objectContaining({
          code: 'CONSENT.PROPERTY_COMPANY_NOT_VOTED',
          message: { zh: expect.stringMatching(/选聘物业服务企业/), en: expect.stringMatching(/property company/) },
          practices: expect.arrayContaining(['xiangtan-property-coverage-four-bids']),
        }),
      ]);
      expect((await lt()).property).toBeNull();
      // A trusteeship or self-management is no choice of a company.
      await put({ mode: 'TRUSTEESHIP', provider: '街道托管', contractStart: '2026-07-01', contractEnd: '2026-12-31' }).expect(200);
      const failed = await concludedRound(api, projectId, 'PROPERTY_COMPANY', committee, 0);
      expect(codes(await put(professional).expect(422))).toEqual(['CONSENT.PROPERTY_COMPANY_NOT_VOTED']);
      const [{ rule_profile, result }] = await api.db.query('SELECT rule_profile, result FROM consultation_rounds WHERE id = $1', [failed]);
      expect([rule_profile, result]).toEqual(['civil-code-278-ordinary', 'FAILED']);
      const passed = await concludedRound(api, projectId, 'PROPERTY_COMPANY', committee);
      const body = (await put(professional).expect(200)).body;
      expect(body.property).toMatchObject({
        mode: 'PROFESSIONAL',
        contractStart: '2026-07-01',
        contractEnd: '2027-12-31',
        consentRoundId: passed,
      });
      const [audit] = await api.db.query(
        `SELECT detail FROM audit_log WHERE project_id = $1 AND action = 'long-term.property-set' ORDER BY id DESC LIMIT 1`,
        [projectId],
      );
      expect(audit.detail).toEqual({ mode: 'PROFESSIONAL', consentRoundId: passed });
    });

    it('plans the fund from the roster area at 35 and 60 yuan/m², and follows collections', async () => {
      const plan = (body: object) => api.http.put(`/projects/${projectId}/long-term/fund-plan`).set(pm.auth).send(body);
      // Raising the fund is a major matter: no plan before the owners decided it, and not under the ordinary tier.
      const unvoted = await plan({}).expect(422);
      expect(unvoted.body.errors).toEqual([
        expect.objectContaining({ code: 'CONSENT.FUND_RAISING_NOT_VOTED', practices: ['liuyang-maintenance-fund'] }),
      ]);
      expect((await lt()).fund.planned).toBe(false);
      const ordinary = await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'MAINTENANCE_FUND_RAISING', title: '续筹维修资金', ruleProfile: 'civil-code-278-ordinary' })
        .expect(422);
      expect(codes(ordinary)).toEqual(['NOT_FOR_SUBJECT']);
      const raised = await concludedRound(api, projectId, 'MAINTENANCE_FUND_RAISING', committee);
      expect(codes(await plan({ buildings: [{ building: '9', buildingType: 'ELEVATOR' }] }).expect(422))).toEqual(['UNKNOWN_BUILDING']);
      expect(codes(await plan({ buildings: [{ building: '1', buildingType: 'TOWER' }] }).expect(422))).toEqual(['UNKNOWN_TYPE']);
      const fund = (await plan({ buildings: [{ building: '2', buildingType: 'ELEVATOR' }] }).expect(200)).body;
      // 200.50 m² x 35 = 7,017.50 yuan; 80.10 m² x 60 = 4,806.00 yuan.
      expect(fund.lines).toEqual([
        { compoundId: place.compoundId, building: '1', buildingType: 'NO_ELEVATOR', area: '200.50', rateFen: 3500, expectedFen: '701750' },
        { compoundId: place.compoundId, building: '2', buildingType: 'ELEVATOR', area: '80.10', rateFen: 6000, expectedFen: '480600' },
      ]);
      expect(fund).toMatchObject({ expectedFen: '1182350', collectedFen: '0', outstandingFen: '1182350', consentRoundId: raised });

      const collect = (body: object, who = pm) =>
        api.http.post(`/projects/${projectId}/long-term/fund-collections`).set(who.auth).send(body);
      const today = new Date(api.clock.now().getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
      await collect({ amount: 5000.5, collectedOn: today, building: '1' }).expect(201);
      const after = (await collect({ amount: 1000, collectedOn: today }, committee).expect(201)).body;
      expect(after).toMatchObject({ collectedFen: '600050', outstandingFen: '582300' });
      const tomorrow = new Date(api.clock.now().getTime() + 32 * 3600 * 1000).toISOString().slice(0, 10);
      expect(codes(await collect({ amount: 1, collectedOn: tomorrow }).expect(422))).toEqual(['IN_FUTURE']);
      expect(codes(await collect({ amount: 1, collectedOn: today, building: '7' }).expect(422))).toEqual(['UNKNOWN_BUILDING']);
      expect(codes(await collect({ amount: 0, collectedOn: today }).expect(400))).toEqual(['min']);
      await collect({ amount: 1, collectedOn: today }, supervisor).expect(403);
      expect((await lt(supervisor)).fund.collections).toHaveLength(2);
    });

    it('refuses a revisit before it is due, and one for a project not in LONG_TERM', async () => {
      const { revisits } = await lt();
      expect(revisits.map((r: { months: number; state: string }) => [r.months, r.state])).toEqual([
        [6, 'SCHEDULED'],
        [12, 'SCHEDULED'],
      ]);
      expect(new Date(revisits[0].dueAt).getTime()).toBeGreaterThan(acceptedAt.getTime() + 180 * 24 * 3600 * 1000);
      expect((await revisit(6).expect(409)).body.detail).toMatch(/not due until/);
      expect(codes(await revisit(6, { score: 101, summary: 'x', findings: [] }).expect(400))).toEqual(['max']);
      expect(codes(await revisit('six').expect(400))).toEqual(['isInt']);
      await revisit(7).expect(404);
      await revisit(6, undefined, committee).expect(403);

      const [compound] = await api.db.query(
        `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, '另一小区', '某路 2 号', 1990) RETURNING id`,
        [place.districtId],
      );
      const [archiving] = await api.db.query(
        `INSERT INTO projects (compound_id, district_id, name, state, rule_profile, version) VALUES ($1, $2, '另一个项目', 'ARCHIVING', 'changsha-two-80', 1) RETURNING id`,
        [compound.id, place.districtId],
      );
      const res = await api.http
        .post(`/projects/${archiving.id}/long-term/revisits/6`)
        .set(pm.auth)
        .send({ score: 90, summary: 'x', findings: [] })
        .expect(409);
      expect(res.body.detail).toMatch(/LONG_TERM \(now ARCHIVING\)/);
    });

    it('the worker marks the 6-month revisit due and tells the PM once; it is recorded once', async () => {
      const due = new Date(new Date((await lt()).revisits[0].dueAt).getTime());
      api.clock.set(due);
      const runner = api.app.get(DeadlineRunner);
      const [deadline] = await api.db.query(
        `SELECT d.id FROM deadlines d JOIN revisits r ON r.id = d.subject_id WHERE r.project_id = $1 AND r.months = 6 AND d.kind = 'REVISIT_DUE'`,
        [projectId],
      );
      await Promise.all([runner.fire(deadline.id, due), runner.fire(deadline.id, due)]);
      expect(await runner.fire(deadline.id, due)).toBe('ALREADY_SETTLED');
      const notices = (await api.http.get('/me/notifications').set(pm.auth).expect(200)).body.filter(
        (n: { kind: string }) => n.kind === 'REVISIT_DUE',
      );
      expect(notices).toHaveLength(1);
      expect(notices[0].message.zh).toBe('验收后6个月回头看已到期');
      expect((await lt()).revisits[0].state).toBe('DUE');

      // Still not done when the grace period ends: the district's supervisors hear of it too.
      const graceEnds = new Date(due.getTime() + api.config.ESCALATION_GRACE_HOURS * 3600 * 1000);
      api.clock.set(graceEnds);
      const [escalation] = await api.db.query(
        `SELECT id FROM deadlines WHERE kind = 'ESCALATION' AND subject_id = (SELECT id FROM revisits WHERE project_id = $1 AND months = 6)`,
        [projectId],
      );
      expect(await runner.fire(escalation.id, graceEnds)).toBe('ACTED');
      const told = (await api.http.get('/me/notifications').set(supervisor.auth).expect(200)).body.filter(
        (n: { kind: string }) => n.kind === 'REVISIT_DUE',
      );
      expect(told.map((n: { level: string }) => n.level)).toEqual(['SUPERVISOR']);

      const findings = [{ description: '3栋屋面局部渗漏', severity: 'MEDIUM' }];
      const done = (await revisit(6, { score: 86, summary: '总体良好', findings }, supervisor).expect(201)).body;
      expect(done).toMatchObject({ months: 6, state: 'DONE', score: 86, findings });
      expect((await revisit(6).expect(409)).body.detail).toMatch(/already recorded/);
      expect(codes(await transition('CLOSE').expect(422))).toEqual(['LONGTERM.NO_OWNERS_COMMITTEE', 'LONGTERM.REVISIT_PENDING']);
    });

    it("closes with an owners' committee and the 12-month revisit, unless the property contract has run out", async () => {
      await api.http
        .post(`/projects/${projectId}/bodies`)
        .set(committee.auth)
        .send({
          kind: 'OWNERS_COMMITTEE',
          name: '业主委员会',
          establishedOn: '2026-09-01',
          members: [
            { name: '张建国', position: '主任', resident: true },
            { name: '李秀英', position: '委员', resident: true },
            { name: '王卫东', position: '委员', resident: true },
          ],
        })
        .expect(201);
      const twelve = new Date((await lt()).revisits[1].dueAt);
      api.clock.set(twelve);
      await revisit(12, { score: 93, summary: '长效管理到位', findings: [] }).expect(201);
      // The contract ended on 2027-12-31 (China time); past it, CLOSE wants a renewed arrangement.
      api.clock.set(new Date('2027-12-31T16:00:00Z'));
      expect(codes(await transition('CLOSE').expect(422))).toEqual(['LONGTERM.NO_PROPERTY_MODE']);
      api.clock.set(new Date('2027-12-31T15:59:59Z'));
      expect((await transition('CLOSE').expect(200)).body.project.state).toBe('CLOSED');
      const overview = await lt(supervisor);
      expect(overview.ownersCommittee).toMatchObject({ name: '业主委员会', members: 3 });
      expect(overview.revisits.map((r: { state: string; score: number }) => [r.state, r.score])).toEqual([
        ['DONE', 86],
        ['DONE', 93],
      ]);
    });
  });
});
