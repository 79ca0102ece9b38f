import { MANDATORY_ITEMS } from '@app/domain';
import ExcelJS from 'exceljs';
import { binary, startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const item = (key: string, name: string, required: boolean) => ({
  key,
  name,
  category: required ? 'BASIC' : 'IMPROVEMENT',
  quantity: 1,
  unit: '项',
  unitPrice: 10000,
  paidBy: 'GOVERNMENT',
  required,
});

/** A PLAN round's paper tally carries the optional items each household chose, as single votes do. */
describe('item choices in a paper tally', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let committee: User;
  let projectId: string;
  let roundId: string;

  const importFile = (id: string, file: Buffer, name: string, dryRun = false) =>
    api.http
      .post(`/rounds/${id}/votes/import`)
      .query(dryRun ? { dryRun: 'true' } : {})
      .set(committee.auth)
      .attach('file', file, name);
  const csv = (lines: string[]) => Buffer.from(lines.join('\n'));
  const choices = async () => (await api.http.get(`/rounds/${roundId}/item-choices`).set(pm.auth).expect(200)).body;
  const verify = async () => (await api.http.get(`/rounds/${roundId}/ledger/verify`).set(pm.auth).expect(200)).body;
  const chosenByUnit = async () =>
    Object.fromEntries(
      (await api.http.get(`/rounds/${roundId}/votes`).set(pm.auth).expect(200)).body.items.map(
        (v: { unitKey: string; chosenItems: string[] | null }) => [v.unitKey, v.chosenItems],
      ),
    );
  const ledgerCount = async () =>
    (await api.db.query('SELECT count(*)::int AS n FROM vote_ledger WHERE round_id = $1', [roundId]))[0].n as number;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'items');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    const roster = ['楼栋,单元,房号,面积', ...Array.from({ length: 4 }, (_, i) => `1,1,${101 + i},80`)].join('\n');
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'r.csv')
      .expect(200);
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
    await api.db.query(`UPDATE projects SET state = 'DESIGN' WHERE id = $1`, [projectId]);
    const items = [
      ...MANDATORY_ITEMS.map((kind) => ({ ...item(kind.toLowerCase().replace(/_/g, '-'), kind, true), kind })),
      item('elev', '加装电梯', false),
      item('park', '停车位改造', false),
    ];
    await api.http
      .post(`/projects/${projectId}/plans`)
      .set(pm.auth)
      .send({ items, sections: { residentOpinions: '入户征求意见' } })
      .expect(201);
    roundId = (
      await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'PLAN', title: '方案征询', planVersion: 1 })
        .expect(201)
    ).body.id;
    await confirmRoster(api, place.compoundId, committee);
    await api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);
  });

  afterAll(() => api?.close());

  it('reads a column of item codes or names: the dry run shows them and writes nothing, the import chains them', async () => {
    const file = csv([
      '楼栋,单元,房号,意见,签字,自选项目',
      '1,1,101,同意,是,ELEV;PARK',
      '1,1,102,同意,是,加装电梯',
      '1,1,103,不同意,否,',
      '1,1,104,同意,是,"park、 elev，ELEV"',
    ]);
    const preview = await importFile(roundId, file, 'tally.csv', true).expect(200);
    expect(preview.body).toMatchObject({ dryRun: true, recorded: 4, errors: [], ignoredColumns: [] });
    expect(preview.body.sample.map((r: { unitKey: string; chosenItems: string[] }) => [r.unitKey, r.chosenItems])).toEqual([
      ['1/1/101', ['elev', 'park']],
      ['1/1/102', ['elev']],
      ['1/1/103', []],
      ['1/1/104', ['elev', 'park']],
    ]);
    expect(await ledgerCount()).toBe(0);

    const real = await importFile(roundId, file, 'tally.csv').expect(200);
    expect(real.body).toMatchObject({ recorded: 4, unchanged: 0, sample: preview.body.sample });
    expect(await chosenByUnit()).toEqual({ '1/1/101': ['elev', 'park'], '1/1/102': ['elev'], '1/1/103': [], '1/1/104': ['elev', 'park'] });
    expect(await verify()).toMatchObject({ ok: true, count: 4, head: real.body.ledgerHead });
    expect(await choices()).toEqual({
      respondents: 4,
      items: [
        { key: 'elev', name: '加装电梯', chosen: 3, included: true },
        { key: 'park', name: '停车位改造', chosen: 2, included: false },
      ],
    });
    // The same choices written another way are the same votes.
    const again = csv(['楼栋,单元,房号,意见,签字,选择项目', '1,1,101,同意,是,停车位改造 加装电梯']);
    expect((await importFile(roundId, again, 'tally.csv').expect(200)).body).toMatchObject({ recorded: 0, unchanged: 1 });
    expect(await ledgerCount()).toBe(4);
  });

  it('reads one column per item from an XLSX under a title row, headed by name or code and marked √/×/是/否', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('汇总');
    sheet.addRow(['方案征询表决汇总表']);
    sheet.addRow(['序号', '栋号', '单元', '室号', '表决意见', '业主签字', '加装电梯', 'PARK', '备注']);
    sheet.addRow([1, '1栋', '1单元', '101室', '同意', '√', '√', '×', '']);
    sheet.addRow([2, '1栋', '1单元', '102室', '同意', '√', '否', '是', '']);
    sheet.addRow([3, '1栋', '1单元', '103室', '同意', '√', '', '√', '']);
    sheet.addRow([4, '1栋', '1单元', '104室', '同意', '√', '√', '√', '']);
    const res = await importFile(roundId, Buffer.from(await wb.xlsx.writeBuffer()), 'tally.xlsx').expect(200);
    expect(res.body).toMatchObject({ headerLine: 2, ignoredColumns: ['序号', '备注'], recorded: 3, unchanged: 1 });
    expect(await chosenByUnit()).toEqual({ '1/1/101': ['elev'], '1/1/102': ['park'], '1/1/103': ['park'], '1/1/104': ['elev', 'park'] });
    expect(await verify()).toMatchObject({ ok: true, count: 7, head: res.body.ledgerHead });
    const counted = await choices();
    expect(counted.items.map((i: { key: string; chosen: number }) => [i.key, i.chosen])).toEqual([
      ['elev', 2],
      ['park', 3],
    ]);
  });

  it('refuses the whole file for an item the plan does not offer or a mark that is neither yes nor no, naming line and column', async () => {
    const before = await chosenByUnit();
    const file = csv([
      '楼栋,单元,房号,意见,签字,选择项目,加装电梯',
      '1,1,101,同意,是,PARK;泳池,',
      '1,1,102,同意,是,,也许',
      '1,1,103,同意,是,PARK,√',
      '1,1,104,同意,是,rain-sewage-separation,',
    ]);
    const preview = await importFile(roundId, file, 'tally.csv', true).expect(200);
    const offered = '可选：elev 加装电梯、park 停车位改造';
    expect(preview.body.errors).toEqual([
      { line: 2, column: '选择项目', code: 'NOT_OPTIONAL_ITEM', message: `「泳池」不是本轮方案（第 1 版）的可选项目；${offered}` },
      { line: 3, column: '加装电梯', code: 'INVALID_MARK', message: '「也许」不是 √ / 是，也不是 × / 否' },
      // A required item is no choice to make.
      {
        line: 5,
        column: '选择项目',
        code: 'NOT_OPTIONAL_ITEM',
        message: `「rain-sewage-separation」不是本轮方案（第 1 版）的可选项目；${offered}`,
      },
    ]);
    expect(preview.body).toMatchObject({ recorded: 1, errorCount: 3 });
    const real = await importFile(roundId, file, 'tally.csv').expect(422);
    expect(real.body).toMatchObject({ code: 'IMPORT.REJECTED', errors: preview.body.errors });
    expect(await chosenByUnit()).toEqual(before);
    expect(await ledgerCount()).toBe(7);
  });

  it("offers a round's template with a column per optional item, which the import reads back", async () => {
    const template = async (id: string, who: User) =>
      (await api.http.get(`/rounds/${id}/votes/import-template.xlsx`).set(who.auth).buffer(true).parse(binary).expect(200)).body;
    const refused = async (who: User, status: number) =>
      (await api.http.get(`/rounds/${roundId}/votes/import-template.xlsx`).set(who.auth).expect(status)).body.code;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await template(roundId, committee));
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '楼栋',
      '单元',
      '房号',
      '意见',
      '签字',
      '方式',
      '表单编号',
      '照片哈希',
      '加装电梯',
      '停车位改造',
    ]);
    expect(sheet.getRow(2).values).toEqual([undefined, '1', '2', '201', '同意', '√', '入户', 'F-001', '', '√', '√']);
    const notes = wb.getWorksheet('填写说明')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(notes.find((r) => r[1] === '停车位改造')?.[3]).toBe('选填，仅方案征询：可选项目 park；选了写 √ 或 是，未选写 ×、否或留空');
    // Filled in for room 103, which chose only parking before.
    sheet.getRow(2).getCell(1).value = '1';
    sheet.getRow(2).getCell(2).value = '1';
    sheet.getRow(2).getCell(3).value = '103';
    const res = await importFile(roundId, Buffer.from(await wb.xlsx.writeBuffer()), 'tally.xlsx').expect(200);
    expect(res.body).toMatchObject({
      recorded: 1,
      ignoredColumns: [],
      sample: [expect.objectContaining({ chosenItems: ['elev', 'park'] })],
    });
    expect(await verify()).toMatchObject({ ok: true, count: 8, head: res.body.ledgerHead });

    expect(await refused(pm, 403)).toBe('ACCESS.FORBIDDEN');
    const elsewhere = await districtWithCompound(api, 'items-other');
    const stranger = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [elsewhere.compoundId] });
    expect(await refused(stranger, 404)).toBe('RESOURCE.NOT_FOUND');
  });

  it('refuses an item column in a round that is not a PLAN round', async () => {
    const other = (
      await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'WILLINGNESS', title: '意愿征询' })
        .expect(201)
    ).body.id;
    await api.http.post(`/rounds/${other}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);
    const file = csv(['楼栋,单元,房号,意见,签字,选择项目', '1,1,101,同意,是,', '1,1,102,同意,是,ELEV']);
    const res = await importFile(other, file, 'tally.csv').expect(422);
    expect(res.body.errors).toEqual([
      { line: 1, column: '选择项目', code: 'NOT_A_PLAN_ROUND', message: '只有方案征询才选择项目，本轮表决票不应有此列' },
    ]);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM votes WHERE round_id = $1', [other]);
    expect(n).toBe(0);
    // Without the column the same tally is taken.
    const template = await api.http
      .get(`/rounds/${other}/votes/import-template.xlsx`)
      .set(committee.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([undefined, '楼栋', '单元', '房号', '意见', '签字', '方式', '表单编号', '照片哈希']);
    const plain = csv(['楼栋,单元,房号,意见,签字', '1,1,101,同意,是']);
    expect((await importFile(other, plain, 'tally.csv').expect(200)).body).toMatchObject({ recorded: 1 });
  });
});
