import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { binary, startApi, type TestApi } from './support/api.js';
import { districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface RowError {
  line: number;
  column: string | null;
  code: string;
  message: string;
}
interface HouseholdView {
  id: string;
  building: string;
  unit: string;
  room: string;
  floorArea: string;
  ownerName: string | null;
  ownerPhone: string | null;
}

const HEADER = '楼栋,单元,房号,面积,业主姓名,联系电话';
const csv = (...lines: string[]) => Buffer.from(lines.join('\n'));

describe('household roster', () => {
  let api: TestApi;
  let place: Place;
  let admin: User;
  let pm: User;
  let committee: User;
  let foreignCommittee: User;
  let supervisor: User;
  /** One compound per scenario, so that no test sees another's households. */
  const compounds: Record<string, string> = {};
  const SCENARIOS = ['single', 'csv', 'xlsx', 'reimport', 'gbk', 'reject', 'header', 'office', 'template'] as const;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'roster');
    admin = await api.user('ADMIN');
    const compound = async (name: string) =>
      (
        await api.http
          .post('/compounds')
          .set(admin.auth)
          .send({ districtId: place.districtId, name, address: '测试路 2 号', buildYear: 1992 })
          .expect(201)
      ).body.id as string;
    compounds.single = place.compoundId;
    for (const s of SCENARIOS.slice(1)) compounds[s] = await compound(`${s} 小区`);
    compounds.foreign = await compound('邻近小区');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: SCENARIOS.map((s) => compounds[s]) });
    foreignCommittee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [compounds.foreign] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
  });

  afterAll(async () => {
    await api?.close();
  });

  const count = async (compoundId: string, db = api.db): Promise<number> =>
    (await db.query('SELECT count(*)::int AS n FROM households WHERE compound_id = $1', [compoundId]))[0].n;
  const upload = (compoundId: string, file: Buffer, name: string, who: User = committee, http = api.http) =>
    http.post(`/compounds/${compoundId}/households/import`).set(who.auth).attach('file', file, name);
  const list = async (compoundId: string, who: User = pm): Promise<HouseholdView[]> =>
    (await api.http.get(`/compounds/${compoundId}/households`).query({ limit: 500 }).set(who.auth).expect(200)).body.items;
  const compoundFigures = async (compoundId: string) => {
    const res = await api.http.get(`/compounds/${compoundId}`).set(pm.auth).expect(200);
    return { households: res.body.households, floorArea: res.body.floorArea };
  };
  const byKey = (items: HouseholdView[]) => new Map(items.map((h) => [`${h.building}-${h.unit}-${h.room}`, h]));

  describe('single households', () => {
    let firstId: string;

    it('adds a household and corrects it; the compound follows', async () => {
      const created = await api.http
        .post(`/compounds/${compounds.single}/households`)
        .set(committee.auth)
        .send({ building: '1', unit: '2', room: '301', floorArea: 86.45, ownerName: '张三丰', ownerPhone: '13812345678' })
        .expect(201);
      expect(created.body).toMatchObject({ building: '1', unit: '2', room: '301', floorArea: '86.45', ownerName: '张三丰' });
      firstId = created.body.id;

      const updated = await api.http
        .patch(`/households/${firstId}`)
        .set(pm.auth)
        .send({ floorArea: 90.5, ownerPhone: '13900001111' })
        .expect(200);
      expect(byKey(await list(compounds.single)).get('1-2-301')).toMatchObject({
        id: firstId,
        floorArea: '90.50',
        ownerName: '张三丰',
        ownerPhone: '13900001111',
      });
      expect(await compoundFigures(compounds.single)).toEqual({ households: 1, floorArea: '90.50' });
      // The response is the corrected household.
      expect(updated.body).toMatchObject({ id: firstId, floorArea: '90.50', ownerName: '张三丰', ownerPhone: '13900001111' });
    });

    it('refuses a "/" inside building, unit or room, which would make two unit keys alike', async () => {
      const res = await api.http
        .post(`/compounds/${compounds.single}/households`)
        .set(committee.auth)
        .send({ building: '1/2', unit: '1', room: '101', floorArea: 50 })
        .expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'building', code: 'INVALID_CHARACTER' })]);
      expect(await count(compounds.single)).toBe(1);
    });

    it('refuses a second household with the same unit key (409), on add and on update', async () => {
      const dup = await api.http
        .post(`/compounds/${compounds.single}/households`)
        .set(committee.auth)
        .send({ building: '1', unit: '2', room: '301', floorArea: 50 })
        .expect(409);
      expect(dup.body).toMatchObject({ status: 409, code: 'RESOURCE.TAKEN' });
      expect(await count(compounds.single)).toBe(1);

      const second = await api.http
        .post(`/compounds/${compounds.single}/households`)
        .set(committee.auth)
        .send({ building: '1', unit: '2', room: '302', floorArea: 60, ownerName: '李四', ownerPhone: '13700002222' })
        .expect(201);
      const clash = await api.http.patch(`/households/${second.body.id}`).set(committee.auth).send({ room: '301' }).expect(409);
      expect(clash.body.code).toBe('RESOURCE.TAKEN');
      expect(byKey(await list(compounds.single)).get('1-2-302')?.id).toBe(second.body.id);
      expect(await compoundFigures(compounds.single)).toEqual({ households: 2, floorArea: '150.50' });
    });

    it('refuses a committee recorder of another compound as if the compound did not exist (404)', async () => {
      const add = await api.http
        .post(`/compounds/${compounds.single}/households`)
        .set(foreignCommittee.auth)
        .send({ building: '9', unit: '9', room: '909', floorArea: 50 })
        .expect(404);
      expect(add.body).toMatchObject({ status: 404, code: 'RESOURCE.NOT_FOUND' });
      const patch = await api.http.patch(`/households/${firstId}`).set(foreignCommittee.auth).send({ floorArea: 1 }).expect(404);
      expect(patch.body.code).toBe('RESOURCE.NOT_FOUND');
      const imported = await upload(compounds.single, csv(HEADER, '9,9,909,50,,'), 'r.csv', foreignCommittee).expect(404);
      expect(imported.body.code).toBe('RESOURCE.NOT_FOUND');
      await api.http.get(`/compounds/${compounds.single}/households`).set(foreignCommittee.auth).expect(404);
      expect(await count(compounds.single)).toBe(2);
      expect(byKey(await list(compounds.single)).get('1-2-301')?.floorArea).toBe('90.50');
    });

    it('refuses supervisor writes (403) and masks names and phones for them, while the PM sees them clear', async () => {
      for (const res of [
        await api.http
          .post(`/compounds/${compounds.single}/households`)
          .set(supervisor.auth)
          .send({ building: '8', unit: '1', room: '101', floorArea: 50 }),
        await api.http.patch(`/households/${firstId}`).set(supervisor.auth).send({ floorArea: 1 }),
        await upload(compounds.single, csv(HEADER, '8,1,101,50,,'), 'r.csv', supervisor),
      ]) {
        expect(res.status).toBe(403);
        expect(res.body).toMatchObject({ status: 403, code: 'ACCESS.FORBIDDEN' });
      }
      expect(await count(compounds.single)).toBe(2);

      const masked = byKey(await list(compounds.single, supervisor));
      expect(masked.get('1-2-301')).toMatchObject({ ownerName: '张**', ownerPhone: '139****1111', floorArea: '90.50' });
      expect(masked.get('1-2-302')).toMatchObject({ ownerName: '李*', ownerPhone: '137****2222' });
      const clear = byKey(await list(compounds.single, pm));
      expect(clear.get('1-2-301')).toMatchObject({ ownerName: '张三丰', ownerPhone: '13900001111' });
      expect(clear.get('1-2-302')).toMatchObject({ ownerName: '李四', ownerPhone: '13700002222' });
    });
  });

  describe('imports', () => {
    it('reads a UTF-8 CSV with a BOM, CRLF line ends and quoted fields holding commas and quotes', async () => {
      const text =
        '\uFEFF' +
        [
          HEADER,
          '"5","1","101","72.30","王, 小明",13800000001',
          '5,1,102,65,"Li ""Lucky"" Lei",13800000002',
          '"5",1,"103",80.5,"赵,钱,孙",',
          '',
        ].join('\r\n');
      const res = await upload(compounds.csv, Buffer.from(text, 'utf8'), 'roster.csv').expect(200);
      expect(res.body).toMatchObject({ created: 3, updated: 0, total: 3 });
      const rows = byKey(await list(compounds.csv));
      expect([...rows.keys()].sort()).toEqual(['5-1-101', '5-1-102', '5-1-103']);
      expect(rows.get('5-1-101')).toMatchObject({ floorArea: '72.30', ownerName: '王, 小明', ownerPhone: '13800000001' });
      expect(rows.get('5-1-102')).toMatchObject({ floorArea: '65.00', ownerName: 'Li "Lucky" Lei', ownerPhone: '13800000002' });
      expect(rows.get('5-1-103')).toMatchObject({ floorArea: '80.50', ownerName: '赵,钱,孙', ownerPhone: null });
      expect(await compoundFigures(compounds.csv)).toEqual({ households: 3, floorArea: '217.80' });
    });

    it('reads an XLSX workbook with English headers and numeric cells', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('roster');
      sheet.addRow(['building', 'unit', 'room', 'floor_area', 'owner_name', 'phone']);
      sheet.addRow([7, 2, 501, 95.5, 'Zhao Lei', '13700000000']);
      sheet.addRow(['7', '2', '502', '88', '钱多多', '13700000001']);
      sheet.addRow([7, 2, 503, 101.25]);
      const file = Buffer.from(await workbook.xlsx.writeBuffer());
      const res = await upload(compounds.xlsx, file, 'roster.xlsx').expect(200);
      expect(res.body).toMatchObject({ created: 3, updated: 0, total: 3 });
      const rows = byKey(await list(compounds.xlsx));
      expect(rows.get('7-2-501')).toMatchObject({ floorArea: '95.50', ownerName: 'Zhao Lei', ownerPhone: '13700000000' });
      expect(rows.get('7-2-502')).toMatchObject({ floorArea: '88.00', ownerName: '钱多多' });
      expect(rows.get('7-2-503')).toMatchObject({ floorArea: '101.25', ownerName: null });
      expect(await compoundFigures(compounds.xlsx)).toEqual({ households: 3, floorArea: '284.75' });
    });

    it('updates by unit key on re-import instead of duplicating, and the compound follows', async () => {
      const roster = (area: (i: number) => string, name: (i: number) => string) =>
        csv(HEADER, ...Array.from({ length: 10 }, (_, i) => `2,1,${101 + i},${area(i)},${name(i)},1390000${1000 + i}`));
      expect(
        (
          await upload(
            compounds.reimport,
            roster(
              () => '80',
              (i) => `业主${i}`,
            ),
            'a.csv',
          ).expect(200)
        ).body,
      ).toMatchObject({
        created: 10,
        updated: 0,
        total: 10,
      });
      expect(await compoundFigures(compounds.reimport)).toEqual({ households: 10, floorArea: '800.00' });
      const before = byKey(await list(compounds.reimport));

      const again = await upload(
        compounds.reimport,
        roster(
          (i) => (i === 0 ? '100.25' : '90'),
          (i) => (i === 0 ? '新业主' : `业主${i}`),
        ),
        'b.csv',
      ).expect(200);
      expect(again.body).toMatchObject({ created: 0, updated: 10, total: 10 });
      expect(await count(compounds.reimport)).toBe(10);
      const after = byKey(await list(compounds.reimport));
      expect(after.get('2-1-101')).toMatchObject({ id: before.get('2-1-101')!.id, floorArea: '100.25', ownerName: '新业主' });
      expect(after.get('2-1-110')).toMatchObject({ id: before.get('2-1-110')!.id, floorArea: '90.00' });
      expect(await compoundFigures(compounds.reimport)).toEqual({ households: 10, floorArea: '910.25' });

      const mixed = await upload(compounds.reimport, csv(HEADER, '2,1,101,70,,', '2,1,111,50,,'), 'c.csv').expect(200);
      expect(mixed.body).toMatchObject({ created: 1, updated: 1, total: 2 });
      // A blank owner cell keeps the owner already on the roster.
      expect(byKey(await list(compounds.reimport)).get('2-1-101')).toMatchObject({ floorArea: '70.00', ownerName: '新业主' });
      expect(await compoundFigures(compounds.reimport)).toEqual({ households: 11, floorArea: '930.00' });
    });

    it('decodes a GBK-encoded CSV into the right Chinese characters, never mojibake', async () => {
      const text = [HEADER, '东3栋,甲单元,101,66.6,张伟,13600000000', '东3栋,甲单元,102,70,欧阳娜娜,'].join('\r\n');
      const gbk = iconv.encode(text, 'gbk');
      // The bytes really are not UTF-8, so the GBK path is what is exercised.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
      expect(gbk.length).toBeLessThan(Buffer.byteLength(text, 'utf8'));

      expect((await upload(compounds.gbk, gbk, 'gbk.csv').expect(200)).body).toMatchObject({ created: 2, updated: 0, total: 2 });
      const stored: { building: string; unit: string; owner_name: string | null }[] = await api.db.query(
        'SELECT building, unit, owner_name FROM households WHERE compound_id = $1 ORDER BY room',
        [compounds.gbk],
      );
      expect(stored).toEqual([
        { building: '东3栋', unit: '甲单元', owner_name: '张伟' },
        { building: '东3栋', unit: '甲单元', owner_name: '欧阳娜娜' },
      ]);
      const rows = byKey(await list(compounds.gbk));
      expect(rows.get('东3栋-甲单元-101')).toMatchObject({ floorArea: '66.60', ownerName: '张伟' });
    });
  });

  describe('refused imports write nothing', () => {
    const snapshot = async (compoundId: string) => ({
      count: await count(compoundId),
      rows: await api.db.query(
        'SELECT building, unit, room, floor_area, owner_name, owner_phone, updated_at FROM households WHERE compound_id = $1 ORDER BY room',
        [compoundId],
      ),
      figures: await compoundFigures(compoundId),
      audits: (
        await api.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'roster.imported'`, [compoundId])
      )[0].n,
    });

    beforeAll(async () => {
      await upload(compounds.reject, csv(HEADER, '9,1,101,80,周一,13500000001', '9,1,102,80,,'), 'seed.csv').expect(200);
      await upload(compounds.header, csv(HEADER, '4,1,101,80,,'), 'seed.csv').expect(200);
    });

    it('rejects a file with bad rows, reporting each line and column, and writes none of its good rows', async () => {
      const before = await snapshot(compounds.reject);
      expect(before.count).toBe(2);
      const file = csv(
        HEADER,
        '9,1,101,99,周二,13500000009', // line 2: fine, would update
        '9,1,102,abc,,', // line 3
        '9,1,103,-5,,', // line 4
        '9,1,104,12.345,,', // line 5
        '9,1,,60,,', // line 6: no room
        '9,1,105,70,,', // line 7: duplicate of line 8
        '9,1,105,71,,', // line 8
        '9,1,150,70,,', // line 9: fine, would create
      );
      const res = await upload(compounds.reject, file, 'bad.csv').expect(422);
      expect(res.body).toMatchObject({ status: 422, code: 'IMPORT.REJECTED', title: expect.any(String), type: expect.any(String) });
      expect(res.body.detail).toEqual(expect.any(String));
      const errors: RowError[] = res.body.errors;
      const at = (line: number) => errors.filter((e) => e.line === line);
      for (const line of [3, 4, 5]) {
        expect(at(line)).toHaveLength(1);
        expect(at(line)[0].code).toBe('INVALID_AREA');
        expect(['floorArea', '面积']).toContain(at(line)[0].column);
      }
      expect(at(3)[0].message).toContain('abc');
      expect(at(6)).toHaveLength(1);
      expect(at(6)[0]).toMatchObject({ code: 'REQUIRED' });
      expect(['room', '房号']).toContain(at(6)[0].column);
      for (const line of [7, 8]) {
        expect(at(line)).toHaveLength(1);
        expect(at(line)[0].code).toBe('DUPLICATE');
        expect(at(line)[0].message).toMatch(/\b7\b.*\b8\b/);
      }
      expect(at(2)).toEqual([]);
      expect(at(9)).toEqual([]);
      expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);

      expect(await snapshot(compounds.reject)).toEqual(before);
    });

    it('rejects a header without 面积, naming the missing column in Chinese with the other ways to write it', async () => {
      const before = await snapshot(compounds.header);
      const res = await upload(compounds.header, csv('楼栋,单元,房号,业主姓名', '4,1,102,张三'), 'r.csv').expect(422);
      expect(res.body.code).toBe('IMPORT.REJECTED');
      expect(res.body.errors).toEqual([expect.objectContaining({ line: 1, code: 'MISSING_COLUMN', column: '建筑面积（㎡）' })]);
      expect(res.body.errors[0].message).toMatch(/^缺少「建筑面积（㎡）」列（表头也可写作：面积、建筑面积/);
      expect(res.body.detail).toMatch(/^导入被拒绝，未写入任何数据：第 1 行/);
      expect(await snapshot(compounds.header)).toEqual(before);
    });

    it('calls an empty file and a header-only file unreadable (422 IMPORT.UNREADABLE)', async () => {
      const before = await snapshot(compounds.header);
      for (const file of [Buffer.alloc(0), Buffer.from('\r\n\r\n'), csv(HEADER), Buffer.from(`\uFEFF${HEADER}\r\n`)]) {
        const res = await upload(compounds.header, file, 'r.csv');
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 422, code: 'IMPORT.UNREADABLE' });
      }
      const emptyXlsx = new ExcelJS.Workbook();
      emptyXlsx.addWorksheet('empty');
      const xlsx = await upload(compounds.header, Buffer.from(await emptyXlsx.xlsx.writeBuffer()), 'r.xlsx').expect(422);
      expect(xlsx.body.code).toBe('IMPORT.UNREADABLE');
      const garbage = await upload(compounds.header, Buffer.from('PK\u0003\u0004 not a zip at all'), 'r.xlsx').expect(422);
      expect(garbage.body.code).toBe('IMPORT.UNREADABLE');
      expect(await snapshot(compounds.header)).toEqual(before);
    });

    it('refuses a request without a file (400)', async () => {
      const before = await snapshot(compounds.header);
      const res = await api.http.post(`/compounds/${compounds.header}/households/import`).set(committee.auth).expect(400);
      expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'file' })]);
      expect(await snapshot(compounds.header)).toEqual(before);
    });

    it('refuses a file above IMPORT_MAX_BYTES with 413 and writes nothing', async () => {
      const small = await startApi({ IMPORT_MAX_BYTES: '2048' });
      try {
        const p = await districtWithCompound(small, 'small');
        const recorder = await small.user('RESIDENTS_COMMITTEE', { compoundIds: [p.compoundId] });
        const rows = Array.from({ length: 190 }, (_, i) => `1,1,${1000 + i},80.25,,`);
        const big = csv(HEADER, ...rows);
        expect(big.length).toBeGreaterThan(3 * 1024);
        expect(big.length).toBeLessThan(4 * 1024);
        const res = await upload(p.compoundId, big, 'big.csv', recorder, small.http).expect(413);
        expect(res.body).toMatchObject({ status: 413, code: 'REQUEST.TOO_LARGE' });
        expect(await count(p.compoundId, small.db)).toBe(0);

        // The limit is the only thing in the way: a file under it is taken.
        const fits = csv(HEADER, ...rows.slice(0, 20));
        expect(fits.length).toBeLessThan(2048);
        expect((await upload(p.compoundId, fits, 'fits.csv', recorder, small.http).expect(200)).body.total).toBe(20);
        expect(await count(p.compoundId, small.db)).toBe(20);
      } finally {
        await small.close();
      }
    });
  });

  describe('spreadsheets as offices make them', () => {
    /** A roster as a community office keeps it: a merged title, a merged line below it, 序号 and 备注, units spelt out. */
    /** `foot`: lines under the table as offices write them, without a 序号. */
    async function officeRoster(rows: (string | number)[][], foot: (string | number)[][] = []): Promise<Buffer> {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('花名册');
      sheet.addRow(['幸福小区住户花名册']);
      sheet.mergeCells('A1:H1');
      sheet.addRow(['填报单位：幸福社区居委会          填报日期：2026年12月1日']);
      sheet.mergeCells('A2:H2');
      sheet.addRow(['序号', '楼号', '单元', '房号', '建筑面积（㎡）', '户主姓名', '手机号码', '备注']);
      rows.forEach((r, i) => sheet.addRow([i + 1, ...r]));
      sheet.addRows(foot);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    }
    const state = async (compoundId: string) => ({
      households: await api.db.query(
        'SELECT building, unit, room, floor_area, owner_name, owner_phone, updated_at FROM households WHERE compound_id = $1 ORDER BY room',
        [compoundId],
      ),
      compound: await api.db.query('SELECT households, floor_area, roster_revision, updated_at FROM compounds WHERE id = $1', [compoundId]),
      audits: (await api.db.query('SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1', [compoundId]))[0].n,
    });

    it('reads the header under a merged title, ignores 序号 and 备注 (naming them), and reads 1栋 / 2单元 / 201室 as 1 / 2 / 201', async () => {
      const file = await officeRoster([
        ['1栋', '2单元', '201室', 86.45, '张三', '13800000001', ''],
        ['1栋', '2单元', '202室', '90', '李四', '13800000002', '出租'],
        [1, 2, 203, 70.5, '', '', ''],
      ]);
      const res = await upload(compounds.office, file, '花名册.xlsx').expect(200);
      expect(res.body).toMatchObject({
        dryRun: false,
        created: 3,
        updated: 0,
        total: 3,
        headerLine: 3,
        ignoredColumns: ['序号', '备注'],
        errors: [],
      });
      expect(res.body.sample[0]).toEqual({
        building: '1',
        unit: '2',
        room: '201',
        floorArea: '86.45',
        ownerName: '张三',
        ownerPhone: '13800000001',
      });
      const rows = byKey(await list(compounds.office));
      expect([...rows.keys()].sort()).toEqual(['1-2-201', '1-2-202', '1-2-203']);
      expect(rows.get('1-2-202')).toMatchObject({ floorArea: '90.00', ownerName: '李四', ownerPhone: '13800000002' });
      expect(await compoundFigures(compounds.office)).toEqual({ households: 3, floorArea: '246.95' });
    });

    it('takes a household typed in as 3栋 2单元 101室 as 3/2/101, the unit an import of 3/2/101 then updates', async () => {
      const added = await api.http
        .post(`/compounds/${compounds.office}/households`)
        .set(committee.auth)
        .send({ building: '3栋', unit: '2单元', room: '101室', floorArea: 60 })
        .expect(201);
      expect(added.body).toMatchObject({ building: '3', unit: '2', room: '101' });
      const res = await upload(compounds.office, csv(HEADER, '3,2,101,61,,'), 'r.csv').expect(200);
      expect(res.body).toMatchObject({ created: 0, updated: 1 });
      expect(byKey(await list(compounds.office)).get('3-2-101')).toMatchObject({ id: added.body.id, floorArea: '61.00' });
    });

    it('previews a file with ?dryRun=true: every row error in Chinese, the rows that would be written, and nothing written', async () => {
      const before = await state(compounds.office);
      const file = await officeRoster([
        ['1栋', '2单元', '201室', 88, '张三', '13800000001', '面积更正'], // row 4: would update
        ['1栋', '2单元', '204室', '八十', '', '', ''], // row 5: bad area
        ['', '2单元', '205室', 75, '', '', ''], // row 6: no building
        ['1栋', '2单元', '206室', 75, '王五', '电话', ''], // row 7: bad phone
        ['2栋', '1单元', '101室', 66.6, '赵六', '', ''], // row 8: would create
      ]);
      const res = await upload(compounds.office, file, '花名册.xlsx').query({ dryRun: 'true' }).expect(200);
      expect(res.body).toMatchObject({
        dryRun: true,
        headerLine: 3,
        ignoredColumns: ['序号', '备注'],
        total: 5,
        created: 1,
        updated: 1,
        errorCount: 3,
      });
      expect(res.body.errors).toEqual([
        { line: 5, column: '建筑面积（㎡）', code: 'INVALID_AREA', message: '面积「八十」不是大于 0、最多两位小数的平方米数' },
        { line: 6, column: '楼号', code: 'REQUIRED', message: '楼栋不能为空' },
        { line: 7, column: '手机号码', code: 'INVALID_PHONE', message: '电话「电话」应为 5 至 20 位数字' },
      ]);
      expect(res.body.sample).toEqual([
        { building: '1', unit: '2', room: '201', floorArea: '88.00', ownerName: '张三', ownerPhone: '13800000001' },
        { building: '2', unit: '1', room: '101', floorArea: '66.60', ownerName: '赵六', ownerPhone: null },
      ]);
      expect(await state(compounds.office)).toEqual(before);

      // The same file for real is refused whole, with the same errors, and writes nothing either.
      const real = await upload(compounds.office, file, '花名册.xlsx').expect(422);
      expect(real.body).toMatchObject({ code: 'IMPORT.REJECTED', errorCount: 3 });
      expect(real.body.errors).toEqual(res.body.errors);
      expect(await state(compounds.office)).toEqual(before);
    });

    it('writes what the dry run of a clean file said it would', async () => {
      const file = await officeRoster([
        ['1栋', '2单元', '201室', 88, '', '', ''],
        ['2栋', '1单元', '101室', 66.6, '赵六', '', ''],
      ]);
      const before = await state(compounds.office);
      const preview = await upload(compounds.office, file, 'r.xlsx').query({ dryRun: 'true' }).expect(200);
      expect(preview.body).toMatchObject({ dryRun: true, created: 1, updated: 1, total: 2, errors: [], errorCount: 0 });
      expect(await state(compounds.office)).toEqual(before);
      const real = await upload(compounds.office, file, 'r.xlsx').query({ dryRun: 'false' }).expect(200);
      const { dryRun: _, ...done } = real.body;
      const { dryRun: __, ...previewed } = preview.body;
      expect(done).toEqual(previewed);
      expect(real.body.dryRun).toBe(false);
      expect(await compoundFigures(compounds.office)).toEqual({ households: 5, floorArea: '376.10' });
    });

    it("leaves out the form's foot (合计, 填表人, 日期) and names its lines, but refuses a 合计 between households", async () => {
      const foot = [['合  计', '', '', '', 166], ['填表人：王芳', '', '', '', '审核人：李明'], ['日期：2026年12月1日']];
      const file = await officeRoster(
        [
          ['5栋', '1单元', '101室', 80, '', '', ''],
          ['5栋', '1单元', '102室', 86, '', '', ''],
        ],
        foot,
      );
      const res = await upload(compounds.office, file, '花名册.xlsx').expect(200);
      expect(res.body).toMatchObject({ created: 2, total: 2, headerLine: 3, footerLines: [6, 7, 8], errors: [] });
      expect([...byKey(await list(compounds.office)).keys()].filter((k) => k.startsWith('5-'))).toEqual(['5-1-101', '5-1-102']);

      const before = await state(compounds.office);
      const middle = Buffer.from(['楼栋,单元,房号,面积', '6,1,101,80', '合计,,,80', '6,1,102,80'].join('\n'));
      const refused = await upload(compounds.office, middle, 'r.csv').expect(422);
      expect(refused.body.errors.length).toBeGreaterThan(0);
      expect(new Set(refused.body.errors.map((e: { line: number }) => e.line))).toEqual(new Set([3]));
      expect(await state(compounds.office)).toEqual(before);
    });

    it('refuses a dryRun that is neither true nor false (400), and writes nothing', async () => {
      const before = await state(compounds.office);
      const res = await upload(compounds.office, csv(HEADER, '9,9,909,50,,'), 'r.csv').query({ dryRun: 'yes' }).expect(400);
      expect(res.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'dryRun' })] });
      expect(await state(compounds.office)).toEqual(before);
    });

    it('offers a template whose headers and example row the import reads back', async () => {
      const res = await api.http.get('/households/import-template.xlsx').set(committee.auth).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).values).toEqual([undefined, '楼栋', '单元', '房号', '建筑面积（㎡）', '户主姓名', '联系电话']);
      expect(sheet.rowCount).toBe(2);
      expect(workbook.getWorksheet('填写说明')).toBeDefined();

      const before = await state(compounds.template);
      const back = await upload(compounds.template, res.body, 'template.xlsx').query({ dryRun: 'true' }).expect(200);
      expect(back.body).toMatchObject({ headerLine: 1, ignoredColumns: [], total: 1, created: 1, errors: [] });
      expect(back.body.sample).toEqual([
        { building: '1', unit: '2', room: '201', floorArea: '86.45', ownerName: '张三', ownerPhone: '13800000000' },
      ]);
      expect(await state(compounds.template)).toEqual(before);

      expect((await api.http.get('/households/import-template.xlsx').set(supervisor.auth).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
    });
  });
});
