import ExcelJS from 'exceljs';
import { binary, startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface RowError {
  line: number;
  column: string | null;
  code: string;
  message: string;
}
interface Condition {
  id: string;
  numerator: string;
  denominator: string;
  passed: boolean;
  gap: number | null;
  gapHouseholds: { unitKey: string; status: string; statusName: string }[];
}

const DAY = 24 * 3600 * 1000;

/** A compound with its roster, a project, and a committee recorder for it. */
interface Scene {
  compoundId: string;
  projectId: string;
  committee: User;
  /** unit key -> household id, rooms 1-1-101 onwards. */
  units: Map<string, string>;
}

describe('consultation rounds', () => {
  let api: TestApi;
  let place: Place;
  let admin: User;
  let pm: User;
  let supervisor: User;
  let foreignCommittee: User;
  let sceneNo = 0;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'rounds');
    admin = await api.user('ADMIN');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    foreignCommittee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
  });

  afterAll(async () => {
    await api?.close();
  });

  const room = (i: number) => `${101 + i}`;
  const key = (i: number) => `1/1/${room(i)}`;

  async function scene(
    n: number,
    opts: { area?: (i: number) => string; projectRuleProfile?: string; roster?: string } = {},
  ): Promise<Scene> {
    const compoundId = (
      await api.http
        .post('/compounds')
        .set(admin.auth)
        .send({ districtId: place.districtId, name: `第${++sceneNo}小区`, address: '测试路 3 号', buildYear: 1990 })
        .expect(201)
    ).body.id as string;
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [compoundId] });
    const roster =
      opts.roster ?? ['楼栋,单元,房号,面积', ...Array.from({ length: n }, (_, i) => `1,1,${room(i)},${opts.area?.(i) ?? '80'}`)].join('\n');
    await api.http
      .post(`/compounds/${compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'roster.csv')
      .expect(200);
    const projectId = (
      await api.http
        .post('/projects')
        .set(pm.auth)
        .send({
          compoundId,
          name: '综合改造',
          ...(opts.projectRuleProfile ? { ruleProfile: opts.projectRuleProfile, ruleProfileReason: '业主大会议事规则' } : {}),
        })
        .expect(201)
    ).body.id as string;
    await confirmRoster(api, compoundId, committee);
    const rows: { id: string; k: string }[] = await api.db.query(
      `SELECT id, building || '/' || unit || '/' || room AS k FROM households WHERE compound_id = $1`,
      [compoundId],
    );
    return { compoundId, projectId, committee, units: new Map(rows.map((r) => [r.k, r.id])) };
  }

  const draft = async (s: Scene, body: Record<string, unknown> = {}) =>
    (
      await api.http
        .post(`/projects/${s.projectId}/rounds`)
        .set(s.committee.auth)
        .send({ subject: 'WILLINGNESS', title: '改不改', publicityDays: 1, ...body })
        .expect(201)
    ).body.id as string;
  const fire = (roundId: string, event: string, who: User, reason?: string) =>
    api.http
      .post(`/rounds/${roundId}/transitions`)
      .set(who.auth)
      .send({ event, ...(reason === undefined ? {} : { reason }) });
  const opened = async (s: Scene, body: Record<string, unknown> = {}) => {
    const id = await draft(s, body);
    await fire(id, 'OPEN', s.committee).expect(200);
    return id;
  };
  const vote = (roundId: string, householdId: string, who: User, extra: Record<string, unknown> = {}) =>
    api.http
      .post(`/rounds/${roundId}/votes`)
      .set(who.auth)
      .send({ householdId, choice: 'AGREE', signed: true, channel: 'DOOR_TO_DOOR', ...extra });
  const importVotes = (roundId: string, text: string, who: User, name = 'tally.csv') =>
    api.http.post(`/rounds/${roundId}/votes/import`).set(who.auth).attach('file', Buffer.from(text), name);
  const ledgerRows = async (roundId: string): Promise<{ seq: number; household_id: string; choice: string }[]> =>
    api.db.query('SELECT seq, household_id, choice FROM vote_ledger WHERE round_id = $1 ORDER BY seq', [roundId]);
  const voteCount = async (roundId: string): Promise<number> =>
    (await api.db.query('SELECT count(*)::int AS n FROM votes WHERE round_id = $1', [roundId]))[0].n;
  const verify = async (roundId: string) => (await api.http.get(`/rounds/${roundId}/ledger/verify`).set(supervisor.auth).expect(200)).body;
  const round = async (roundId: string) => (await api.http.get(`/rounds/${roundId}`).set(pm.auth).expect(200)).body;
  const tally = async (roundId: string) => (await api.http.get(`/rounds/${roundId}/tally`).set(supervisor.auth).expect(200)).body;
  const condition = (t: { conditions: Condition[] }, id: string) => t.conditions.find((c) => c.id === id)!;

  describe('who may vote, and when', () => {
    let s: Scene;

    beforeAll(async () => {
      s = await scene(10);
    });

    it('refuses a vote in a DRAFT round and in a CLOSED one (409 ROUND.NOT_OPEN)', async () => {
      const id = await draft(s);
      const inDraft = await vote(id, s.units.get(key(0))!, s.committee).expect(409);
      expect(inDraft.body).toMatchObject({ status: 409, code: 'ROUND.NOT_OPEN' });
      const draftImport = await importVotes(id, `楼栋,单元,房号,意见,签字\n1,1,101,同意,是`, s.committee).expect(409);
      expect(draftImport.body.code).toBe('ROUND.NOT_OPEN');
      expect(await ledgerRows(id)).toEqual([]);

      await fire(id, 'OPEN', s.committee).expect(200);
      await vote(id, s.units.get(key(0))!, s.committee).expect(200);
      await fire(id, 'CLOSE', s.committee).expect(200);
      const closed = await vote(id, s.units.get(key(1))!, s.committee).expect(409);
      expect(closed.body).toMatchObject({ status: 409, code: 'ROUND.NOT_OPEN' });
      const changed = await vote(id, s.units.get(key(0))!, s.committee, { choice: 'DISAGREE' }).expect(409);
      expect(changed.body.code).toBe('ROUND.NOT_OPEN');
      const closedImport = await importVotes(id, `楼栋,单元,房号,意见,签字\n1,1,102,同意,是`, s.committee).expect(409);
      expect(closedImport.body.code).toBe('ROUND.NOT_OPEN');
      expect((await ledgerRows(id)).map((r) => r.choice)).toEqual(['AGREE']);
      expect(await voteCount(id)).toBe(1);
    });

    it('refuses a household added after the round opened (422 NOT_IN_SNAPSHOT); the denominator stays the snapshot', async () => {
      const id = await opened(s);
      expect((await round(id)).rosterSize).toBe(10);
      const late = await api.http
        .post(`/compounds/${s.compoundId}/households`)
        .set(s.committee.auth)
        .send({ building: '1', unit: '1', room: '999', floorArea: 75 })
        .expect(201);
      const res = await vote(id, late.body.id, s.committee).expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'DOMAIN.INVALID' });
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'householdId', code: 'NOT_IN_SNAPSHOT' })]);
      const paper = await importVotes(id, `楼栋,单元,房号,意见,签字\n1,1,999,同意,是`, s.committee).expect(422);
      expect(paper.body.errors).toEqual([expect.objectContaining({ line: 2, code: 'NOT_IN_SNAPSHOT' })]);
      expect(await voteCount(id)).toBe(0);

      await vote(id, s.units.get(key(0))!, s.committee).expect(200);
      const t = await tally(id);
      expect(t).toMatchObject({ rosterSize: 10, responded: 1, notResponded: 9 });
      expect(condition(t, 'agree-of-all')).toMatchObject({ numerator: '1', denominator: '10' });
      expect((await round(id)).rosterSize).toBe(10);
      // The next round opens on the roster with the late household, once it is confirmed again.
      await confirmRoster(api, s.compoundId, s.committee);
    });

    it('refuses a committee recorder of another compound as if the round did not exist (404)', async () => {
      const id = await opened(s);
      const res = await vote(id, s.units.get(key(0))!, foreignCommittee).expect(404);
      expect(res.body).toMatchObject({ status: 404, code: 'RESOURCE.NOT_FOUND' });
      const paper = await importVotes(id, `楼栋,单元,房号,意见,签字\n1,1,101,同意,是`, foreignCommittee).expect(404);
      expect(paper.body.code).toBe('RESOURCE.NOT_FOUND');
      expect(await ledgerRows(id)).toEqual([]);
    });

    it('refuses a supervisor and a PM: only committees record votes (403)', async () => {
      const id = await opened(s);
      for (const who of [supervisor, pm]) {
        const res = await vote(id, s.units.get(key(0))!, who).expect(403);
        expect(res.body).toMatchObject({ status: 403, code: 'ACCESS.FORBIDDEN' });
        const paper = await importVotes(id, `楼栋,单元,房号,意见,签字\n1,1,101,同意,是`, who).expect(403);
        expect(paper.body.code).toBe('ACCESS.FORBIDDEN');
      }
      expect(await ledgerRows(id)).toEqual([]);
      expect(await voteCount(id)).toBe(0);
    });

    it('keeps the history of a changed vote: AGREE, DISAGREE, AGREE is three ledger entries and the last one counts', async () => {
      const id = await opened(s);
      const h = s.units.get(key(3))!;
      for (const choice of ['AGREE', 'DISAGREE', 'AGREE']) {
        expect((await vote(id, h, s.committee, { choice }).expect(200)).body.changed).toBe(true);
      }
      const votes = (await api.http.get(`/rounds/${id}/votes`).set(pm.auth).expect(200)).body;
      expect(votes.total).toBe(1);
      expect(votes.items[0]).toMatchObject({ householdId: h, unitKey: key(3), choice: 'AGREE', seq: 3 });
      const ledger = await ledgerRows(id);
      expect(ledger.filter((r) => r.household_id === h).map((r) => [r.seq, r.choice])).toEqual([
        [1, 'AGREE'],
        [2, 'DISAGREE'],
        [3, 'AGREE'],
      ]);
      const check = await verify(id);
      expect(check).toMatchObject({ ok: true, count: 3, head: (await round(id)).ledgerHead });
      expect(condition(await tally(id), 'agree-of-all').numerator).toBe('1');
    });
  });

  describe('paper tally import', () => {
    it('rejects duplicates (both lines named), unknown units and bad words, and writes no vote and no ledger entry', async () => {
      const s = await scene(6);
      const id = await opened(s);
      await vote(id, s.units.get(key(0))!, s.committee, { choice: 'DISAGREE', signed: false }).expect(200);
      const before = { ledger: await ledgerRows(id), votes: await voteCount(id), round: await round(id) };

      const file = [
        '楼栋,单元,房号,意见,签字,方式,表单编号',
        '1,1,101,同意,是,纸质,F-1', // 2: fine, would change the vote on record
        '1,1,102,同意,是,纸质,F-2', // 3: duplicate of 4
        '1,1,102,不同意,否,纸质,F-3', // 4
        '1,1,999,同意,是,纸质,F-4', // 5: not on the roster
        '1,1,104,也许,是,纸质,F-5', // 6: bad choice
        '1,1,105,同意,大概,纸质,F-6', // 7: bad signed
        '1,1,106,弃权,否,入户,F-7', // 8: fine
      ].join('\n');
      const res = await importVotes(id, file, s.committee).expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'IMPORT.REJECTED' });
      const errors: RowError[] = res.body.errors;
      const at = (line: number) => errors.filter((e) => e.line === line);
      for (const line of [3, 4]) {
        expect(at(line)).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);
        expect(at(line)[0].message).toMatch(/\b3\b.*\b4\b/);
      }
      expect(at(5)).toEqual([expect.objectContaining({ code: 'NOT_IN_SNAPSHOT', column: '房号' })]);
      expect(at(6)).toEqual([expect.objectContaining({ code: 'INVALID_CHOICE', column: '意见' })]);
      expect(at(6)[0].message).toContain('也许');
      expect(at(7)).toEqual([expect.objectContaining({ code: 'INVALID_SIGNED', column: '签字' })]);
      expect(at(2)).toEqual([]);
      expect(at(8)).toEqual([]);

      expect(await ledgerRows(id)).toEqual(before.ledger);
      expect(await voteCount(id)).toBe(before.votes);
      const after = await round(id);
      expect({ head: after.ledgerHead, count: after.ledgerCount }).toEqual({
        head: before.round.ledgerHead,
        count: before.round.ledgerCount,
      });
      const current = (await api.http.get(`/rounds/${id}/votes`).set(pm.auth).expect(200)).body.items;
      expect(current).toEqual([expect.objectContaining({ unitKey: key(0), choice: 'DISAGREE', signed: false })]);
    });

    it('imports 1,000 rows into a 1,000-household round and the tally matches', async () => {
      const s = await scene(1000);
      const id = await opened(s);
      expect((await round(id)).rosterSize).toBe(1000);
      // 850 agree (700 of them signed), 100 disagree, 50 abstain.
      const choice = (i: number) => (i < 850 ? '同意' : i < 950 ? '不同意' : '弃权');
      const signed = (i: number) => (i < 700 ? '是' : '否');
      const paper = [
        '楼栋,单元,房号,意见,签字,方式,表单编号',
        ...Array.from({ length: 1000 }, (_, i) => `1,1,${room(i)},${choice(i)},${signed(i)},纸质,F-${i}`),
      ].join('\r\n');
      const res = await importVotes(id, paper, s.committee).expect(200);
      expect(res.body).toMatchObject({ recorded: 1000, unchanged: 0, total: 1000 });

      const t = await tally(id);
      expect(t).toMatchObject({ frozen: false, result: 'PASSED', rosterSize: 1000, responded: 1000, notResponded: 0 });
      expect(condition(t, 'agree-of-all')).toMatchObject({ numerator: '850', denominator: '1000', passed: true, gap: 0 });
      expect(condition(t, 'signed-of-agree')).toMatchObject({ numerator: '700', denominator: '850', passed: true, gap: 0 });
      const [counts] = await api.db.query(
        `SELECT count(*) FILTER (WHERE choice = 'AGREE')::int AS agree, count(*) FILTER (WHERE choice = 'DISAGREE')::int AS disagree,
                count(*) FILTER (WHERE choice = 'ABSTAIN')::int AS abstain, count(*) FILTER (WHERE signed)::int AS signed
           FROM votes WHERE round_id = $1`,
        [id],
      );
      expect(counts).toEqual({ agree: 850, disagree: 100, abstain: 50, signed: 700 });
      expect(await verify(id)).toMatchObject({ ok: true, count: 1000 });

      // The same file again changes nothing and chains nothing.
      const again = await importVotes(id, paper, s.committee).expect(200);
      expect(again.body).toMatchObject({ recorded: 0, unchanged: 1000, total: 1000 });
      expect((await round(id)).ledgerCount).toBe(1000);

      // A second paper tally turning 1,000 signed agreements into disagreements updates the votes in place.
      const changed = [
        '楼栋,单元,房号,意见,签字,方式,表单编号',
        ...Array.from({ length: 1000 }, (_, i) => `1,1,${room(i)},${i < 500 ? '不同意' : choice(i)},${i < 500 ? '否' : '是'},纸质,G-${i}`),
      ].join('\n');
      expect((await importVotes(id, changed, s.committee).expect(200)).body).toMatchObject({ recorded: 1000, unchanged: 0 });
      const [after] = await api.db.query(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE choice = 'AGREE')::int AS agree FROM votes WHERE round_id = $1`,
        [id],
      );
      expect(after).toEqual({ n: 1000, agree: 350 });
      expect(await verify(id)).toMatchObject({ ok: true, count: 2000 });
    });
  });

  describe('paper tallies as offices make them', () => {
    /** A tally sheet as a committee types it up: a merged title, 序号, owners' names and 备注 beside the votes. */
    /** `foot`: lines under the table as offices write them, without a 序号. */
    async function officeTally(rows: string[][], foot: string[][] = []): Promise<Buffer> {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('汇总');
      sheet.addRow(['幸福小区改造意愿征询表决汇总表']);
      sheet.mergeCells('A1:H1');
      sheet.addRow(['序号', '栋号', '单元', '室号', '户主姓名', '表决意见', '业主签字', '备注']);
      rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
      sheet.addRows(foot);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }
    const importFile = (roundId: string, file: Buffer, who: User, dryRun?: string) =>
      api.http
        .post(`/rounds/${roundId}/votes/import`)
        .query(dryRun === undefined ? {} : { dryRun })
        .set(who.auth)
        .attach('file', file, 'tally.xlsx');
    const state = async (roundId: string) => ({
      ledger: await ledgerRows(roundId),
      votes: await api.db.query(
        'SELECT household_id, choice, signed, channel, form_number FROM votes WHERE round_id = $1 ORDER BY household_id',
        [roundId],
      ),
      round: await api.db.query('SELECT * FROM consultation_rounds WHERE id = $1', [roundId]),
      audits: (await api.db.query('SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1', [roundId]))[0].n,
    });

    it("records the rows above the tally form's foot (合计, 计票人) and names the foot's lines", async () => {
      const s = await scene(3);
      const id = await opened(s);
      const file = await officeTally(
        [
          ['1栋', '1单元', '101室', '', '同意', '√', ''],
          ['1栋', '1单元', '102室', '', '同意', '√', ''],
        ],
        [['合计：同意 2 户'], ['计票人：王芳', '', '', '监票人：李明']],
      );
      const res = await importFile(id, file, s.committee).expect(200);
      expect(res.body).toMatchObject({ recorded: 2, total: 2, footerLines: [5, 6], errors: [] });
      expect((await api.http.get(`/rounds/${id}/tally`).set(pm.auth).expect(200)).body).toMatchObject({ rosterSize: 3, responded: 2 });
    });

    it('previews with ?dryRun=true and writes nothing, then imports: 1栋 / 101室, √ and × for signed, 序号 and 备注 ignored', async () => {
      const s = await scene(4);
      const id = await opened(s);
      const file = await officeTally([
        ['1栋', '1单元', '101室', '张三', '同意', '√', ''],
        ['1栋', '1单元', '102室', '李四', '不同意', '×', '电话联系'],
        ['1', '1', '103', '王五', '同意', '已签', ''],
        ['1栋', '1单元', '104室', '赵六', '弃权', '', ''],
      ]);
      const before = await state(id);
      const preview = await importFile(id, file, s.committee, 'true').expect(200);
      expect(preview.body).toMatchObject({
        dryRun: true,
        recorded: 4,
        unchanged: 0,
        total: 4,
        headerLine: 2,
        ignoredColumns: ['序号', '户主姓名', '备注'],
        errors: [],
        errorCount: 0,
        ledgerHead: '0'.repeat(64),
      });
      expect(preview.body.sample).toEqual([
        { unitKey: key(0), choice: 'AGREE', signed: true, channel: 'PAPER_FORM', formNumber: null, chosenItems: null },
        { unitKey: key(1), choice: 'DISAGREE', signed: false, channel: 'PAPER_FORM', formNumber: null, chosenItems: null },
        { unitKey: key(2), choice: 'AGREE', signed: true, channel: 'PAPER_FORM', formNumber: null, chosenItems: null },
        { unitKey: key(3), choice: 'ABSTAIN', signed: false, channel: 'PAPER_FORM', formNumber: null, chosenItems: null },
      ]);
      expect(await state(id)).toEqual(before);

      const real = await importFile(id, file, s.committee).expect(200);
      expect(real.body).toMatchObject({ dryRun: false, recorded: 4, unchanged: 0, total: 4, ignoredColumns: ['序号', '户主姓名', '备注'] });
      expect(real.body.sample).toEqual(preview.body.sample);
      expect(real.body.ledgerHead).toBe((await round(id)).ledgerHead);
      const current = (await api.http.get(`/rounds/${id}/votes`).set(pm.auth).expect(200)).body.items;
      expect(current.map((v: { unitKey: string; choice: string; signed: boolean }) => [v.unitKey, v.choice, v.signed]).sort()).toEqual([
        [key(0), 'AGREE', true],
        [key(1), 'DISAGREE', false],
        [key(2), 'AGREE', true],
        [key(3), 'ABSTAIN', false],
      ]);

      // A dry run of the same file again would record nothing: every row is the vote on record.
      const again = await importFile(id, file, s.committee, 'true').expect(200);
      expect(again.body).toMatchObject({ recorded: 0, unchanged: 4, sample: [], ledgerHead: real.body.ledgerHead });
    });

    it('lists every row error of a dry run in Chinese, line and column as in the file, and writes nothing; for real the file is refused', async () => {
      const s = await scene(3);
      const id = await opened(s);
      await vote(id, s.units.get(key(0))!, s.committee, { choice: 'DISAGREE', signed: false }).expect(200);
      const file = await officeTally([
        ['1栋', '1单元', '101室', '', '同意', '√', ''], // row 3: fine, would change the vote on record
        ['1栋', '1单元', '999室', '', '同意', '√', ''], // row 4: not on the roster
        ['1栋', '1单元', '102室', '', '也许', '√', ''], // row 5: bad choice
        ['1栋', '1单元', '103室', '', '同意', '大概', ''], // row 6: bad signed
      ]);
      const before = await state(id);
      const preview = await importFile(id, file, s.committee, 'true').expect(200);
      expect(preview.body).toMatchObject({ dryRun: true, recorded: 1, total: 4, errorCount: 3 });
      expect(preview.body.errors).toEqual([
        { line: 4, column: '室号', code: 'NOT_IN_SNAPSHOT', message: '1/1/999 不在本轮征询开启时的花名册上' },
        { line: 5, column: '表决意见', code: 'INVALID_CHOICE', message: '「也许」不是同意、不同意或弃权' },
        { line: 6, column: '业主签字', code: 'INVALID_SIGNED', message: '「大概」不是 √ / 是 / 已签，也不是 × / 否 / 未签' },
      ]);
      expect(await state(id)).toEqual(before);

      const real = await importFile(id, file, s.committee).expect(422);
      expect(real.body).toMatchObject({ code: 'IMPORT.REJECTED', errors: preview.body.errors });
      expect(await state(id)).toEqual(before);
    });

    it('offers a template whose headers the import reads back', async () => {
      const res = await api.http.get('/votes/import-template.xlsx').set(foreignCommittee.auth).buffer(true).parse(binary).expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      expect(workbook.worksheets[0].getRow(1).values).toEqual([
        undefined,
        '楼栋',
        '单元',
        '房号',
        '意见',
        '签字',
        '方式',
        '表单编号',
        '照片哈希',
      ]);
      expect(workbook.worksheets[0].getRow(2).values).toEqual([undefined, '1', '2', '201', '同意', '√', '入户', 'F-001', '']);

      // The example unit 1/2/201 is on no roster of these tests: the only error is that, named by the template's own header.
      const s = await scene(1);
      const id = await opened(s);
      const back = await importFile(id, res.body, s.committee, 'true').expect(200);
      expect(back.body).toMatchObject({ headerLine: 1, ignoredColumns: [], total: 1 });
      expect(back.body.errors).toEqual([expect.objectContaining({ line: 2, column: '房号', code: 'NOT_IN_SNAPSHOT' })]);

      expect((await api.http.get('/votes/import-template.xlsx').set(pm.auth).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
    });
  });

  describe('the vote ledger', () => {
    let s: Scene;
    let id: string;

    beforeAll(async () => {
      s = await scene(5);
      id = await opened(s);
      for (let i = 0; i < 4; i++) await vote(id, s.units.get(key(i))!, s.committee, { formNumber: `F-${i}` }).expect(200);
    });

    it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused while the trigger is on', async () => {
      const before = await ledgerRows(id);
      expect(before).toHaveLength(4);
      await expect(api.db.query(`UPDATE vote_ledger SET choice = 'DISAGREE' WHERE round_id = $1 AND seq = 2`, [id])).rejects.toThrow(
        /append-only/,
      );
      await expect(api.db.query(`DELETE FROM vote_ledger WHERE round_id = $1 AND seq = 4`, [id])).rejects.toThrow(/append-only/);
      await expect(api.db.query(`TRUNCATE vote_ledger`)).rejects.toThrow(/append-only/);
      expect(await ledgerRows(id)).toEqual(before);
      expect(await verify(id)).toMatchObject({ ok: true, count: 4 });
    });

    it('reports a rewritten entry: ok false, broken at its seq', async () => {
      await api.db.transaction(async (m) => {
        await m.query('ALTER TABLE vote_ledger DISABLE TRIGGER vote_ledger_append_only');
        await m.query(`UPDATE vote_ledger SET choice = 'DISAGREE' WHERE round_id = $1 AND seq = 2`, [id]);
        await m.query('ALTER TABLE vote_ledger ENABLE TRIGGER vote_ledger_append_only');
      });
      expect((await ledgerRows(id)).map((r) => r.choice)).toEqual(['AGREE', 'DISAGREE', 'AGREE', 'AGREE']);
      const check = await verify(id);
      expect(check).toMatchObject({ ok: false, brokenAt: 2 });
      // The trigger is back on.
      await expect(api.db.query(`DELETE FROM vote_ledger WHERE round_id = $1`, [id])).rejects.toThrow(/append-only/);
    });
  });

  describe('tally under civil-code-278-major', () => {
    it('fails on participation under 2/3 even when every participant agrees, and the gap names the units', async () => {
      // Nine households of 80 m², except 1-1-109 with 120 m²: 760 m² in all.
      const s = await scene(9, { area: (i) => (i === 8 ? '120' : '80'), projectRuleProfile: 'civil-code-278-major' });
      const id = await opened(s);
      expect((await round(id)).ruleProfile).toBe('civil-code-278-major');
      for (let i = 0; i < 5; i++) await vote(id, s.units.get(key(i))!, s.committee).expect(200);

      let t = await tally(id);
      expect(t).toMatchObject({ result: 'FAILED', profile: 'civil-code-278-major', rosterSize: 9, responded: 5 });
      // By area the largest absent unit is the one to win over; by headcount any one will do, the first by key.
      expect(condition(t, 'participation-by-area')).toMatchObject({
        numerator: '40000',
        denominator: '76000',
        passed: false,
        gap: 1,
        gapHouseholds: [{ unitKey: '1/1/109', status: 'NOT_RESPONDED', statusName: '未表态' }],
      });
      expect(condition(t, 'participation-by-headcount')).toMatchObject({
        numerator: '5',
        denominator: '9',
        passed: false,
        gap: 1,
        gapHouseholds: [{ unitKey: '1/1/106', status: 'NOT_RESPONDED', statusName: '未表态' }],
      });
      expect(condition(t, 'agree-by-area')).toMatchObject({ numerator: '40000', denominator: '40000', passed: true, gap: 0 });
      expect(condition(t, 'agree-by-headcount')).toMatchObject({ numerator: '5', denominator: '5', passed: true, gap: 0 });

      // 6 of 9 is exactly two thirds by headcount; 480 of 760 m² is still short by area.
      await vote(id, s.units.get(key(5))!, s.committee).expect(200);
      t = await tally(id);
      expect(t.result).toBe('FAILED');
      expect(condition(t, 'participation-by-headcount')).toMatchObject({ passed: true, gap: 0, gapHouseholds: [] });
      expect(condition(t, 'participation-by-area')).toMatchObject({
        passed: false,
        gap: 1,
        gapHouseholds: [{ unitKey: '1/1/109', status: 'NOT_RESPONDED', statusName: '未表态' }],
      });

      // A disagreeing participant still counts towards participation.
      await vote(id, s.units.get(key(8))!, s.committee, { choice: 'DISAGREE' }).expect(200);
      t = await tally(id);
      expect(condition(t, 'participation-by-area')).toMatchObject({ numerator: '60000', passed: true });
      expect(condition(t, 'agree-by-area')).toMatchObject({ numerator: '48000', denominator: '60000', passed: true });
      expect(condition(t, 'agree-by-headcount')).toMatchObject({ numerator: '6', denominator: '7', passed: true });
      expect(t.result).toBe('PASSED');

      const closed = await fire(id, 'CLOSE', s.committee).expect(200);
      expect(closed.body).toMatchObject({ state: 'CLOSED', result: 'PASSED' });
    });
  });

  describe('the gap: whom to reach first', () => {
    it('names households nobody has reached before those that voted against, and says which is which, frozen at close', async () => {
      // Ten households: 101-102 against, 103-108 agree and sign, 109-110 not reached. 6 of 10 agree; 8 are needed.
      const s = await scene(10);
      const id = await opened(s);
      expect((await round(id)).ruleProfile).toBe('changsha-two-80');
      for (const i of [0, 1]) await vote(id, s.units.get(key(i))!, s.committee, { choice: 'DISAGREE', signed: false }).expect(200);
      for (let i = 2; i < 8; i++) await vote(id, s.units.get(key(i))!, s.committee).expect(200);
      const unreached = { status: 'NOT_RESPONDED', statusName: '未表态' };
      expect(condition(await tally(id), 'agree-of-all')).toMatchObject({
        passed: false,
        gap: 2,
        gapHouseholds: [
          { unitKey: '1/1/109', ...unreached },
          { unitKey: '1/1/110', ...unreached },
        ],
      });

      await vote(id, s.units.get(key(8))!, s.committee, { choice: 'DISAGREE', signed: false }).expect(200);
      const expected = {
        passed: false,
        gap: 2,
        gapHouseholds: [
          { unitKey: '1/1/110', ...unreached },
          { unitKey: '1/1/101', status: 'DISAGREED', statusName: '已反对' },
        ],
      };
      expect(condition(await tally(id), 'agree-of-all')).toMatchObject(expected);
      await fire(id, 'CLOSE', s.committee).expect(200);
      const frozen = await tally(id);
      expect(frozen.frozen).toBe(true);
      expect(condition(frozen, 'agree-of-all')).toMatchObject(expected);
    });
  });

  describe('the door-knocking list', () => {
    const sheet = async (roundId: string, who: User) => {
      const res = await api.http.get(`/rounds/${roundId}/pending.xlsx`).set(who.auth).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body);
      const ws = wb.getWorksheet('未表态住户')!;
      return { ws, rows: (ws.getSheetValues().slice(5) as unknown[][]).map((r) => r.slice(1)) };
    };

    it('lists the households not yet answered, in walking order, with names and phones for the committee and masked for a supervisor', async () => {
      const s = await scene(0, {
        roster: [
          '楼栋,单元,房号,面积,姓名,电话',
          '10,1,101,80,张建国,13800001234',
          '9,1,1001,90.5,李小梅,13912345678',
          '9,1,201,70,王五,',
          '9,2,101,60,,',
          '1,1,101,80,赵六,13700000000',
        ].join('\n'),
      });
      const id = await opened(s);
      await vote(id, s.units.get('1/1/101')!, s.committee, { choice: 'DISAGREE', signed: false }).expect(200);

      const forCommittee = await sheet(id, s.committee);
      expect(forCommittee.ws.getCell('A1').value).toMatch(/改不改.*未表态住户入户走访名单/);
      expect(forCommittee.ws.getCell('A2').value).toMatch(/共 4 户尚未表态/);
      expect(forCommittee.ws.getRow(4).values).toEqual([undefined, '楼栋', '单元', '房号', '面积（㎡）', '户主姓名', '联系电话']);
      // The header atop every printed page, the list across one A4 page's width.
      expect(forCommittee.ws.pageSetup).toMatchObject({ printTitlesRow: '4:4', paperSize: 9, fitToWidth: 1 });
      expect(forCommittee.rows).toEqual([
        ['9', '1', '201', 70, '王五'],
        ['9', '1', '1001', 90.5, '李小梅', '13912345678'],
        ['9', '2', '101', 60],
        ['10', '1', '101', 80, '张建国', '13800001234'],
      ]);

      const forSupervisor = await sheet(id, supervisor);
      expect(forSupervisor.rows).toEqual([
        ['9', '1', '201', 70, '王*'],
        ['9', '1', '1001', 90.5, '李**', '139****5678'],
        ['9', '2', '101', 60],
        ['10', '1', '101', 80, '张**', '138****1234'],
      ]);
      // Exactly as the roster masks them for a supervisor.
      const roster = (await api.http.get(`/compounds/${s.compoundId}/households`).set(supervisor.auth).expect(200)).body.items;
      const masked = (b: string, u: string, r: string) =>
        roster.find((h: Record<string, string>) => `${h.building}/${h.unit}/${h.room}` === `${b}/${u}/${r}`);
      expect(forSupervisor.rows[1]!.slice(4)).toEqual([masked('9', '1', '1001').ownerName, masked('9', '1', '1001').ownerPhone]);
      expect(forSupervisor.rows[3]!.slice(4)).toEqual([masked('10', '1', '101').ownerName, masked('10', '1', '101').ownerPhone]);
    });

    it('is refused outside the scope as the tally is (404), and for a round not yet open (409)', async () => {
      const s = await scene(2);
      const id = await opened(s);
      const outsiderPm = await api.user('DISTRICT_PM', { districtIds: [(await districtWithCompound(api, 'knock-elsewhere')).districtId] });
      for (const outsider of [foreignCommittee, outsiderPm]) {
        const tallyRead = await api.http.get(`/rounds/${id}/tally`).set(outsider.auth);
        const list = await api.http.get(`/rounds/${id}/pending.xlsx`).set(outsider.auth);
        expect(list.status).toBe(404);
        expect([list.body.code, tallyRead.status]).toEqual(['RESOURCE.NOT_FOUND', 404]);
      }
      const draftId = await draft(s, { title: '再议' });
      const refused = await api.http.get(`/rounds/${draftId}/pending.xlsx`).set(s.committee.auth).expect(409);
      expect(refused.body.code).toBe('ROUND.NOT_OPEN');
    });
  });

  describe('objections', () => {
    it('are filed while OPEN or in PUBLICITY and refused in DRAFT, CLOSED and CONCLUDED (409)', async () => {
      const s = await scene(3);
      const id = await draft(s, { publicityDays: 1 });
      const file = (who: User, text: string, householdId?: string) =>
        api.http
          .post(`/rounds/${id}/objections`)
          .set(who.auth)
          .send({ text, ...(householdId ? { householdId } : {}) });
      const refused = async (state: string) => {
        expect((await round(id)).state).toBe(state);
        const res = await file(s.committee, `在${state}时提出`).expect(409);
        expect(res.body).toMatchObject({ status: 409, code: 'ROUND.NOT_OPEN' });
      };

      await refused('DRAFT');
      await fire(id, 'OPEN', s.committee).expect(200);
      const first = await file(s.committee, '反对拆除自行车棚', s.units.get(key(0))).expect(201);
      expect(first.body).toMatchObject({ roundId: id, householdId: s.units.get(key(0)), text: '反对拆除自行车棚', response: null });
      await fire(id, 'CLOSE', s.committee).expect(200);
      await refused('CLOSED');
      await fire(id, 'START_PUBLICITY', s.committee).expect(200);
      api.clock.advance(60_000);
      await file(pm, '希望保留晾衣区').expect(201);
      api.clock.advance(DAY);
      await fire(id, 'END_PUBLICITY', pm).expect(200);
      await refused('CONCLUDED');

      const listed = (await api.http.get(`/rounds/${id}/objections`).set(supervisor.auth).expect(200)).body;
      expect(listed.map((o: { text: string }) => o.text)).toEqual(['反对拆除自行车棚', '希望保留晾衣区']);
    });

    it('are answered once, by the PM only', async () => {
      const s = await scene(2);
      const id = await opened(s);
      const objection = (await api.http.post(`/rounds/${id}/objections`).set(s.committee.auth).send({ text: '电梯位置不合理' }).expect(201))
        .body;
      const respond = (who: User, response: string, text: string) =>
        api.http.post(`/objections/${objection.id}/response`).set(who.auth).send({ response, text });

      const byCommittee = await respond(s.committee, 'ADOPTED', '采纳').expect(403);
      expect(byCommittee.body).toMatchObject({ status: 403, code: 'ACCESS.FORBIDDEN' });
      await respond(supervisor, 'ADOPTED', '采纳').expect(403);

      const answered = await respond(pm, 'EXPLAINED', '受消防通道限制，无法调整').expect(200);
      const again = await respond(pm, 'ADOPTED', '改为采纳').expect(409);
      expect(again.body).toMatchObject({ status: 409, code: 'RESOURCE.ALREADY_RECORDED' });

      const [stored] = (await api.http.get(`/rounds/${id}/objections`).set(pm.auth).expect(200)).body;
      expect(stored).toMatchObject({
        id: objection.id,
        response: 'EXPLAINED',
        responseText: '受消防通道限制，无法调整',
        respondedBy: pm.id,
      });
      // The answer is returned as the answered objection.
      expect(answered.body).toMatchObject({ id: objection.id, response: 'EXPLAINED', responseText: '受消防通道限制，无法调整' });
    });
  });

  describe('which profile may judge which round', () => {
    let s: Scene;
    const rounds = async () =>
      (await api.db.query('SELECT count(*)::int AS n FROM consultation_rounds WHERE project_id = $1', [s.projectId]))[0].n;
    const create = (body: Record<string, unknown>) =>
      api.http
        .post(`/projects/${s.projectId}/rounds`)
        .set(s.committee.auth)
        .send({ title: '征询', ...body });

    beforeAll(async () => {
      s = await scene(10);
    });

    it.each([
      ['WILLINGNESS', 'satisfaction-95'],
      ['PLAN', 'satisfaction-95'],
      ['OTHER', 'satisfaction-95'],
      ['SATISFACTION', 'civil-code-278-ordinary'],
      ['SATISFACTION', 'changsha-two-80'],
      ['PROPERTY_COMPANY', 'civil-code-278-major'],
      ['PROPERTY_COMPANY', 'changsha-two-80'],
      ['MAINTENANCE_FUND_RAISING', 'civil-code-278-ordinary'],
      ['PUBLIC_SPACE_OPERATION', 'changsha-two-80'],
    ])('refuses a %s round judged by %s (422 NOT_FOR_SUBJECT) and creates nothing', async (subject, ruleProfile) => {
      const before = await rounds();
      const res = await create({ subject, ruleProfile }).expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'DOMAIN.INVALID' });
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'ruleProfile', code: 'NOT_FOR_SUBJECT' })]);
      expect(await rounds()).toBe(before);
    });

    it.each([
      ['WILLINGNESS', 'changsha-two-80'],
      ['SATISFACTION', 'satisfaction-95'],
      ['PROPERTY_COMPANY', 'civil-code-278-ordinary'],
      ['MAINTENANCE_FUND_RAISING', 'civil-code-278-major'],
      ['PUBLIC_SPACE_OPERATION', 'civil-code-278-major'],
    ])('judges a %s round by %s when none is named, and says so in the audit trail', async (subject, ruleProfile) => {
      const res = await create({ subject }).expect(201);
      expect(res.body).toMatchObject({ subject, ruleProfile, ruleProfileOrigin: 'SHIPPED', ruleProfileReason: null, voidReason: null });
      const [audit] = await api.db.query(`SELECT detail FROM audit_log WHERE subject_id = $1 AND action = 'round.created'`, [res.body.id]);
      expect(audit.detail).toEqual({ compoundId: s.compoundId, subject, ruleProfile, ruleProfileOrigin: 'SHIPPED' });
    });

    it('takes a Civil Code tier for a willingness round with a reason, and the ordinary tier for a property-company one', async () => {
      const major = await create({
        subject: 'WILLINGNESS',
        ruleProfile: 'civil-code-278-major',
        ruleProfileReason: '业主大会议事规则',
      }).expect(201);
      expect(major.body).toMatchObject({ ruleProfileOrigin: 'NAMED', ruleProfileReason: '业主大会议事规则' });
      // The only profile a property-company round may have is the inherited one: naming it needs no reason.
      const ordinary = await create({ subject: 'PROPERTY_COMPANY', ruleProfile: 'civil-code-278-ordinary' }).expect(201);
      expect(ordinary.body).toMatchObject({ ruleProfileOrigin: 'SHIPPED', ruleProfileReason: null });
    });

    it('refuses a project whose default is the satisfaction bar (422), and keeps a Civil Code tier as one', async () => {
      const compoundId = (
        await api.http
          .post('/compounds')
          .set(admin.auth)
          .send({ districtId: place.districtId, name: '默认规则小区', address: '测试路 9 号', buildYear: 1990 })
          .expect(201)
      ).body.id;
      const refused = await api.http
        .post('/projects')
        .set(pm.auth)
        .send({ compoundId, name: '综合改造', ruleProfile: 'satisfaction-95' })
        .expect(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'ruleProfile', code: 'NOT_FOR_SUBJECT' })]);
      const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM projects WHERE compound_id = $1', [compoundId]);
      expect(n).toBe(0);
      const made = await api.http
        .post('/projects')
        .set(pm.auth)
        .send({ compoundId, name: '综合改造', ruleProfile: 'civil-code-278-ordinary', ruleProfileReason: '小区业主大会议事规则' })
        .expect(201);
      expect(made.body).toMatchObject({ ruleProfile: 'civil-code-278-ordinary', ruleProfileReason: '小区业主大会议事规则' });
    });
  });

  describe('round events', () => {
    let s: Scene;

    beforeAll(async () => {
      s = await scene(20);
    });

    it('refuses a round with an unknown rule profile (422) and creates nothing', async () => {
      const count = async () =>
        (await api.db.query('SELECT count(*)::int AS n FROM consultation_rounds WHERE project_id = $1', [s.projectId]))[0].n;
      const before = await count();
      const res = await api.http
        .post(`/projects/${s.projectId}/rounds`)
        .set(s.committee.auth)
        .send({ subject: 'WILLINGNESS', title: '改不改', ruleProfile: 'moon-base-99' })
        .expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'DOMAIN.INVALID' });
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'ruleProfile', code: 'UNKNOWN' })]);
      expect(await count()).toBe(before);
    });

    it('needs a reason to CANCEL', async () => {
      const id = await opened(s);
      for (const reason of [undefined, '   ']) {
        const res = await fire(id, 'CANCEL', pm, reason).expect(422);
        expect(res.body).toMatchObject({ status: 422, code: 'MACHINE.GUARD_FAILED' });
        expect(res.body.errors).toEqual([expect.objectContaining({ code: 'TRANSITION.REASON_REQUIRED' })]);
      }
      expect((await round(id)).state).toBe('OPEN');
      const cancelled = await fire(id, 'CANCEL', pm, '合并到下一轮征询').expect(200);
      expect(cancelled.body).toMatchObject({ state: 'CANCELLED', cancelReason: '合并到下一轮征询' });
    });

    it('refuses round events fired by a supervisor (403 MACHINE.ROLE_NOT_ALLOWED)', async () => {
      const id = await draft(s);
      const open = await fire(id, 'OPEN', supervisor).expect(403);
      expect(open.body).toMatchObject({ status: 403, code: 'MACHINE.ROLE_NOT_ALLOWED' });
      expect((await round(id)).state).toBe('DRAFT');
      await fire(id, 'OPEN', s.committee).expect(200);
      const close = await fire(id, 'CLOSE', supervisor).expect(403);
      expect(close.body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
      const cancel = await fire(id, 'CANCEL', supervisor, '督导要求').expect(403);
      expect(cancel.body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
      const after = await round(id);
      expect(after.state).toBe('OPEN');
      const audits = await api.db.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id]);
      expect(audits.map((a: { action: string }) => a.action)).toEqual(['round.created', 'round.OPEN']);
    });

    it('keeps the chain linear under twenty parallel votes for twenty households', async () => {
      const id = await opened(s);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => vote(id, s.units.get(key(i))!, s.committee, { formNumber: `P-${i}` })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(results.every((r) => r.body.changed === true)).toBe(true);
      expect(new Set(results.map((r) => r.body.vote.seq))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i + 1)));
      const ledger = await ledgerRows(id);
      expect(ledger.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(new Set(ledger.map((r) => r.household_id)).size).toBe(20);
      expect(await verify(id)).toMatchObject({ ok: true, count: 20, head: (await round(id)).ledgerHead });
      expect((await round(id)).ledgerCount).toBe(20);
    });

    it('chains ten parallel identical votes for one household once', async () => {
      const id = await opened(s);
      const h = s.units.get(key(7))!;
      const results = await Promise.all(Array.from({ length: 10 }, () => vote(id, h, s.committee, { formNumber: 'SAME-1' })));
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(results.filter((r) => r.body.changed === true)).toHaveLength(1);
      expect(await ledgerRows(id)).toEqual([{ seq: 1, household_id: h, choice: 'AGREE' }]);
      expect(await voteCount(id)).toBe(1);
      expect(await verify(id)).toMatchObject({ ok: true, count: 1 });
    });
  });
});
