import ExcelJS from 'exceljs';
import { binary, startApi, type TestApi } from './support/api.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

/**
 * Ten households, six in building 1, three in building 2 and one in building 10: 8 agree (7
 * signed), 1 disagrees, 1 never answers; the last has no name on the roster.
 */
const OWNERS = ['张三丰', '李四', '王小明', '赵敏', '欧阳娜娜', '钱多多', '孙悟空', '周芷若', '吴用', ''];
const PHONE = '13912345678';

/** The tally of a consent round and its public notice (公示), as a workbook and as a page to print. */
describe('the tally and its public notice', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let roundId: string;
  let draftId: string;
  let unitKeys: string[];
  /** The chain as recomputed after close: what the notice tells a reader to compare against. */
  let verified: { ok: boolean; count: number; head: string };

  const get = (path: string, who: User) => api.http.get(path).set(who.auth);
  const workbook = async (who: User) => {
    const res = await get(`/rounds/${roundId}/tally.xlsx`, who).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    return wb;
  };
  const rowsOf = (wb: ExcelJS.Workbook, sheet: string) =>
    (wb.getWorksheet(sheet)!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'notice');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    const roster = [
      '楼栋,单元,房号,面积,业主姓名,联系电话',
      ...OWNERS.map((name, i) => `${i < 6 ? 1 : i < 9 ? 2 : 10},1,${101 + i},${80 + i}.5,${name},${name ? PHONE : ''}`),
    ].join('\n');
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'r.csv')
      .expect(200);
    const projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201))
      .body.id;
    const round = (title: string) =>
      api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'WILLINGNESS', title, publicityDays: 7 })
        .expect(201);
    draftId = (await round('备用征询')).body.id;
    roundId = (await round('改不改')).body.id;
    await confirmRoster(api, place.compoundId, committee);
    const fire = (event: string) => api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event }).expect(200);
    api.clock.set('2026-12-04T09:21:00+08:00');
    await fire('OPEN');
    const households: { id: string; room: string }[] = (
      await api.http.get(`/compounds/${place.compoundId}/households`).set(committee.auth).query({ limit: 100 }).expect(200)
    ).body.items;
    households.sort((a, b) => a.room.localeCompare(b.room));
    for (const [i, h] of households.slice(0, 9).entries())
      await api.http
        .post(`/rounds/${roundId}/votes`)
        .set(committee.auth)
        .send({ householdId: h.id, choice: i < 8 ? 'AGREE' : 'DISAGREE', signed: i !== 7, channel: 'DOOR_TO_DOOR' })
        .expect(200);
    api.clock.set('2026-12-09T16:30:00+08:00');
    await fire('CLOSE');
    await fire('START_PUBLICITY');
    verified = (await get(`/rounds/${roundId}/ledger/verify`, supervisor).expect(200)).body;
    expect(verified).toMatchObject({ ok: true, count: 9 });
    unitKeys = (await api.db.query('SELECT unit_key FROM round_households WHERE round_id = $1 ORDER BY unit_key', [roundId])).map(
      (r: { unit_key: string }) => r.unit_key,
    );
  });

  afterAll(() => api?.close());

  it('the workbook: the tally with the state and result in Chinese and Beijing times', async () => {
    const rows = rowsOf(await workbook(committee), '计票结果');
    expect(rows[0]![0]).toBe('notice 小区改造意愿征询（改不改）计票结果');
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect([value('征询状态'), value('计票结果'), value('名册户数'), value('已表决户数'), value('未表决户数')]).toEqual([
      '公示中',
      '通过',
      10,
      9,
      1,
    ]);
    expect(value('计票时间（北京时间）')).toBe('2026-12-09 16:30');
    const header = rows.findIndex((r) => r[0] === '条件');
    expect(rows[header]).toEqual(['条件', '口径', '实得', '基数', '门槛', '是否达到', '尚差户数']);
    // 8 of 10 agree: exactly 80%; 7 of the 8 signed.
    expect(rows.slice(header + 1).map((r) => r.slice(1))).toEqual([
      ['按户数', 8, 10, '≥ 4/5', '达到', 0],
      ['按户数', 7, 8, '≥ 4/5', '达到', 0],
    ]);
  });

  it('the notice: every household of the snapshot with its answer, the owner masked for everyone, no phone', async () => {
    for (const who of [committee, pm, supervisor]) {
      const wb = await workbook(who);
      const rows = rowsOf(wb, '公示');
      expect(rows[0]![0]).toBe('关于notice 小区改造意愿征询（改不改）结果的公示');
      expect(rows.some((r) => String(r[0]).includes('公示期7天，至2026-12-16 16:30止'))).toBe(true);
      const header = rows.findIndex((r) => r[0] === '序号');
      expect(rows[header]).toEqual(['序号', '房号', '户主', '建筑面积（㎡）', '意见', '签字']);
      const households = rows.slice(header + 1, header + 11);
      expect(households.map((r) => r[1])).toEqual(unitKeys);
      expect(households.map((r) => [r[2], r[3], r[4], r[5]])).toEqual([
        ['张**', 80.5, '同意', '已签字'],
        ['李*', 81.5, '同意', '已签字'],
        ['王**', 82.5, '同意', '已签字'],
        ['赵*', 83.5, '同意', '已签字'],
        ['欧***', 84.5, '同意', '已签字'],
        ['钱**', 85.5, '同意', '已签字'],
        ['—', 89.5, '未表决', '—'],
        ['孙**', 86.5, '同意', '已签字'],
        ['周**', 87.5, '同意', '未签字'],
        ['吴*', 88.5, '不同意', '已签字'],
      ]);
      const first = wb
        .getWorksheet('公示')!
        .getRows(1, 40)!
        .find((r) => r.getCell(2).value === unitKeys[0])!;
      expect(first.getCell(4).numFmt).toBe('0.00');
      const byBuilding = rows.findIndex((r) => r[0] === '楼栋');
      // Buildings by their number: 2 before 10.
      expect(rows.slice(byBuilding, byBuilding + 5)).toEqual([
        ['楼栋', '户数', '同意', '其中同意并签字', '不同意', '弃权', '未表决'],
        ['1栋', 6, 6, 6, 0, 0, 0],
        ['2栋', 3, 2, 1, 1, 0, 0],
        ['10栋', 1, 0, 0, 0, 0, 1],
        ['合计', 10, 8, 7, 1, 0, 1],
      ]);
      const ledger = rows.find((r) => String(r[0]).startsWith('表决记录链'))!;
      expect(ledger[0]).toBe(
        `表决记录链截止计票时共9条，链头哈希：${verified.head}。此后任何时候均可通过 GET /rounds/${roundId}/ledger/verify 重新核算：返回的 count 与 head 与此处一致，即表决记录未被改动。`,
      );
      const text = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
      for (const name of OWNERS.filter(Boolean)) expect(text).not.toContain(name);
      expect(text).not.toContain(PHONE);
    }
  });

  it('prints on A4: the same tally and notice, Beijing times, Chinese states, masked owners', async () => {
    const res = await get(`/rounds/${roundId}/tally.html`, supervisor).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html: string = res.text;
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    expect(html).toContain('<h1>关于notice 小区改造意愿征询（改不改）结果的公示</h1>');
    expect(html).toContain('<tr><th>征询状态</th><td>公示中</td></tr>');
    expect(html).toContain('<tr><th>计票时间（北京时间）</th><td>2026-12-09 16:30</td></tr>');
    expect(html).toContain('于2026-12-04 09:21开始征询，2026-12-09 16:30截止计票。名册共10户，已表决9户，未表决1户。');
    expect(html).toContain(
      `<tr><td class="n">1</td><td>${unitKeys[0]}</td><td>张**</td><td class="n">80.50</td><td>同意</td><td>已签字</td></tr>`,
    );
    expect(html).toContain(`<td>10/1/110</td><td>—</td><td class="n">89.50</td><td>未表决</td><td>—</td>`);
    expect(html).toContain(
      '<tr><td>2栋</td><td class="n">3</td><td class="n">2</td><td class="n">1</td><td class="n">1</td><td class="n">0</td><td class="n">0</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>合计</td><td class="n">10</td><td class="n">8</td><td class="n">7</td><td class="n">1</td><td class="n">0</td><td class="n">1</td></tr>',
    );
    expect(html).toContain(
      `<p>表决记录链截止计票时共9条，链头哈希：${verified.head}。此后任何时候均可通过 GET /rounds/${roundId}/ledger/verify`,
    );
    for (const name of OWNERS.filter(Boolean)) expect(html).not.toContain(name);
    expect(html).not.toContain(PHONE);
    expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d|PUBLICITY|PASSED|AGREE/);
  });

  it('is read like the tally: another compound or district is not found, a round without a tally conflicts', async () => {
    const elsewhere = await districtWithCompound(api, 'notice-other');
    const strangers = [
      await api.user('RESIDENTS_COMMITTEE', { compoundIds: [elsewhere.compoundId] }),
      await api.user('SUPERVISOR', { districtIds: [elsewhere.districtId] }),
      await api.user('DISTRICT_PM', { districtIds: [elsewhere.districtId] }),
    ];
    for (const who of strangers)
      for (const path of ['tally', 'tally.xlsx', 'tally.html']) {
        const res = await get(`/rounds/${roundId}/${path}`, who).expect(404);
        expect(res.body.code).toBe('RESOURCE.NOT_FOUND');
      }
    for (const path of ['tally', 'tally.xlsx', 'tally.html']) {
      expect((await get(`/rounds/${draftId}/${path}`, committee).expect(409)).body.code).toBe('ROUND.NOT_OPEN');
      await api.http.get(`/rounds/${roundId}/${path}`).expect(401);
      expect((await get(`/rounds/not-a-uuid/${path}`, committee).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    }
  });
});
