import { randomBytes } from 'node:crypto';
import { PROJECT_STATES, type ProjectState } from '@app/domain';
import { MONTHLY_BULLETIN_SCHEDULE, QUEUE_NAME, redisConnection } from '@app/jobs';
import { BulletinService } from '@app/workflow';
import { Queue, QueueEvents } from 'bullmq';
import ExcelJS from 'exceljs';
import { startWorker, type RunningWorker } from '../apps/worker/src/start-worker.js';
import { binary, startApi, type TestApi } from './support/api.js';
import { REDIS_URL } from './support/env.js';
import { Rows } from './support/rows.js';

type User = Awaited<ReturnType<TestApi['user']>>;

/** An instant on the users' calendar, China Standard Time. */
const cst = (local: string) => new Date(`${local}+08:00`).toISOString();
const zeros = Object.fromEntries(PROJECT_STATES.map((s) => [s, 0])) as Record<ProjectState, number>;
const noStays = Object.fromEntries(PROJECT_STATES.map((s) => [s, { stays: 0, averageDays: null }]));

/**
 * The monthly bulletin of May 2026 over a known dataset: four districts of Changsha whose ranking
 * exercises every rule (rate, then overdue items, then a shared rank), events on both sides of the
 * month's boundaries in +08:00, and overdue items judged as of the end of the month; and two
 * districts of Yichang, which would top Changsha's ranking and must stay out of it.
 */
describe('monthly bulletin (月通报)', () => {
  let api: TestApi;
  let admin: User;
  let supervisor: User;
  let pm: User;
  let worker: RunningWorker;
  let queue: Queue;
  const prefix = `bulletin-${randomBytes(4).toString('hex')}`;
  const d = { one: '', two: '', three: '', four: '', yc1: '', yc2: '' };
  const city = { changsha: '', yichang: '' };
  const PERSON = { name: '王小明', contact: '13800001234' };

  const bulletins = async (): Promise<{ city: string; month: string; built_via: string; built_by: string | null }[]> =>
    api.db.query(
      'SELECT c.code AS city, b.month, b.built_via, b.built_by FROM monthly_bulletins b JOIN cities c ON c.id = b.city_id ORDER BY b.month, c.code',
    );
  const build = (month: unknown, who: User = admin, cityCode = 'changsha') =>
    api.http.post('/bulletins').set(who.auth).send({ month, cityCode });
  const read = (path: string, who: User = admin, cityCode: string | null = 'changsha') =>
    api.http
      .get(path)
      .query(cityCode ? { cityCode } : {})
      .set(who.auth);

  beforeAll(async () => {
    api = await startApi();
    admin = await api.user('ADMIN');
    const rows = new Rows(api.db, admin.id);
    city.changsha = await rows.city('changsha', '长沙市');
    city.yichang = await rows.city('yichang', '宜昌市');
    d.one = await rows.district('430191', '一区');
    d.two = await rows.district('430192', '二区');
    d.three = await rows.district('430193', '三区');
    d.four = await rows.district('430194', '四区');
    supervisor = await api.user('SUPERVISOR', { districtIds: [d.one] });
    pm = await api.user('DISTRICT_PM', { districtIds: [d.one] });

    // 一区: 2 of 4 admitted passed acceptance (50%), 1 overdue item.
    await rows.project(d.one, 'PLANNED');
    const oneBuilding = await rows.project(d.one, 'CONSTRUCTION', { budgetFen: 1_000_000, sourcesFen: [250_000] });
    const oneDone = await rows.project(d.one, 'ARCHIVING');
    await rows.project(d.one, 'LONG_TERM');
    // Due in May, first submitted on 2 June: overdue at the end of May.
    await rows.report(oneBuilding, 1, cst('2026-05-25T00:00'), 'SUBMITTED', cst('2026-06-02T09:00'));
    // Late, but submitted within May.
    await rows.report(oneBuilding, 2, cst('2026-05-10T00:00'), 'SUBMITTED', cst('2026-05-28T09:00'));
    await rows.audit(oneBuilding, 'PASS_REVIEW', cst('2026-05-21T23:30'), { from: 'JOINT_REVIEW', to: 'PERMITTING' });
    await rows.audit(oneBuilding, 'START_CONSTRUCTION', cst('2026-05-31T23:30'), { from: 'PERMITTING', to: 'CONSTRUCTION' });
    await rows.audit(oneDone, 'START_CONSTRUCTION', cst('2026-04-20T00:00'), { from: 'PERMITTING', to: 'CONSTRUCTION' });
    await rows.audit(oneDone, 'COMPLETE_CONSTRUCTION', cst('2026-05-05T00:00'), { from: 'CONSTRUCTION', to: 'ACCEPTANCE' });
    // Neither is a lifecycle transition: the stay in ACCEPTANCE runs from 5 May all the same.
    await rows.audit(oneDone, 'reports.interval-set', cst('2026-05-08T00:00'));
    await rows.audit(oneDone, 'report.ACCEPT', cst('2026-05-09T00:00'), { from: 'SUBMITTED', to: 'ACCEPTED' }, { type: 'report', id: 'r' });
    await rows.audit(oneDone, 'PASS_ACCEPTANCE', cst('2026-05-15T10:00'), { from: 'ACCEPTANCE', to: 'ARCHIVING' });

    // 二区: 1 of 2 (50%), nothing overdue: a report submitted in May, returned, resubmitted in June.
    const twoDone = await rows.project(d.two, 'ARCHIVING');
    const twoDesign = await rows.project(d.two, 'DESIGN');
    const resubmitted = await rows.report(twoDesign, 1, cst('2026-05-21T00:00'), 'SUBMITTED', cst('2026-06-02T00:00'));
    await rows.audit(
      twoDesign,
      'report.SUBMIT',
      cst('2026-05-20T00:00'),
      { from: 'DUE', to: 'SUBMITTED' },
      { type: 'report', id: resubmitted },
    );
    await rows.audit(twoDone, 'COMPLETE_CONSTRUCTION', cst('2026-04-25T00:00'), { from: 'CONSTRUCTION', to: 'ACCEPTANCE' });
    await rows.audit(twoDone, 'PASS_ACCEPTANCE', cst('2026-05-01T00:00'), { from: 'ACCEPTANCE', to: 'ARCHIVING' });

    // 三区: 2 of 3 (66.66%), 3 overdue items at the end of May; a survey and a cancelled project count nowhere.
    await rows.project(d.three, 'CLOSED');
    await rows.project(d.three, 'ON_HOLD', { resumeState: 'ARCHIVING' });
    const threeBuilding = await rows.project(d.three, 'CONSTRUCTION');
    await rows.project(d.three, 'SURVEY');
    await rows.project(d.three, 'CANCELLED');
    await rows.finding(threeBuilding, cst('2026-05-28T00:00'), 'OPEN');
    await rows.finding(threeBuilding, cst('2026-05-28T00:00'), 'CLOSED', cst('2026-06-02T00:00'));
    await rows.finding(threeBuilding, cst('2026-05-28T00:00'), 'CLOSED', cst('2026-05-30T00:00'));
    await rows.finding(threeBuilding, cst('2026-06-05T00:00'), 'OPEN');
    await rows.complaint(
      threeBuilding,
      cst('2026-05-20T00:00'),
      cst('2026-05-23T00:00'),
      'HANDLING',
      [['HANDLE', cst('2026-05-22T00:00')]],
      PERSON,
    );
    // Resolved in May, reopened in June: resolved at the end of May.
    await rows.complaint(threeBuilding, cst('2026-05-20T00:00'), cst('2026-05-23T00:00'), 'HANDLING', [
      ['HANDLE', cst('2026-05-21T00:00')],
      ['RESOLVE', cst('2026-05-25T00:00')],
      ['REVISIT', cst('2026-06-01T09:00')],
      ['REOPEN', cst('2026-06-02T09:00')],
    ]);
    await rows.complaint(threeBuilding, cst('2026-06-01T08:00'), cst('2026-06-04T08:00'), 'RECEIVED');
    await rows.audit(threeBuilding, 'PASS_REVIEW', cst('2026-05-20T00:00'), { from: 'JOINT_REVIEW', to: 'PERMITTING' });
    await rows.audit(threeBuilding, 'START_CONSTRUCTION', cst('2026-06-01T00:10'), { from: 'PERMITTING', to: 'CONSTRUCTION' });

    // 四区: 1 of 2 (50%), nothing overdue at the end of May: ties with 二区.
    const fourDone = await rows.project(d.four, 'LONG_TERM');
    await rows.project(d.four, 'PERMITTING');
    await rows.complaint(fourDone, cst('2026-05-29T00:00'), cst('2026-06-01T01:00'), 'RECEIVED');
    await rows.audit(fourDone, 'PASS_ACCEPTANCE', cst('2026-04-30T23:59'), { from: 'ACCEPTANCE', to: 'ARCHIVING' });

    // 宜昌: 100% and 50%, one of which would rank first in one list with Changsha's.
    d.yc1 = await rows.district('420502', '西陵区', '宜昌市');
    d.yc2 = await rows.district('420503', '伍家岗区', '宜昌市');
    await rows.project(d.yc1, 'ARCHIVING', { budgetFen: 5_000_000, sourcesFen: [5_000_000] });
    await rows.project(d.yc2, 'CLOSED');
    await rows.project(d.yc2, 'CONSTRUCTION');

    api.clock.set(cst('2026-06-03T10:00'));
    queue = new Queue(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
    worker = await startWorker(api.config, { clock: api.clock, runner: { prefix, relayIntervalMs: 0, sweepIntervalMs: 0 } });
  });

  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await api?.close();
  });

  it('the worker registers the monthly job: 00:05 on the first, Changsha time', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual([
      expect.objectContaining({ key: MONTHLY_BULLETIN_SCHEDULE.id, name: 'bulletin.build', pattern: '0 5 0 1 * *', tz: 'Asia/Shanghai' }),
    ]);
    const next = new Date(schedulers[0].next!);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    expect(next.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' })).toMatch(/^\d{4}-\d{2}-01 00:05:00$/);
  });

  it('the job, delivered twice at 00:05 on 1 June, stores one bulletin of May for each city', async () => {
    api.clock.set(cst('2026-06-01T00:05'));
    try {
      const handler = worker.runner.handlers['bulletin.build'];
      await handler({}, { now: api.clock.now(), attempt: 1 });
      await handler({}, { now: api.clock.now(), attempt: 2 });
    } finally {
      api.clock.set(cst('2026-06-03T10:00'));
    }
    expect(await bulletins()).toEqual([
      { city: 'changsha', month: '2026-05', built_via: 'JOB', built_by: null },
      { city: 'yichang', month: '2026-05', built_via: 'JOB', built_by: null },
    ]);
  });

  it("ranks a city's districts by completion rate, then overdue items; ties share a rank and are listed by code", async () => {
    // The supervisor works in Changsha only: the city need not be named.
    const bulletin = (await read('/bulletins/2026-05', supervisor, null).expect(200)).body;
    expect(bulletin.city).toEqual({ id: city.changsha, code: 'changsha', name: '长沙市' });
    const { content } = bulletin;
    expect(content.month).toBe('2026-05');
    expect(content.period).toEqual({ start: '2026-04-30T16:00:00.000Z', end: '2026-05-31T16:00:00.000Z', timeZone: 'Asia/Shanghai' });
    expect(content.builtAt).toBe(cst('2026-06-01T00:05'));
    const standing = content.districts.map((x: { rank: number; code: string; completionRate: object; overdue: { total: number } }) => [
      x.rank,
      x.code,
      x.completionRate,
      x.overdue.total,
    ]);
    expect(standing).toEqual([
      [1, '430193', { accepted: 2, admitted: 3, percent: '66.66' }, 3],
      [2, '430192', { accepted: 1, admitted: 2, percent: '50.00' }, 0],
      [2, '430194', { accepted: 1, admitted: 2, percent: '50.00' }, 0],
      [4, '430191', { accepted: 2, admitted: 4, percent: '50.00' }, 1],
    ]);
    expect(content.rankingRule.zh).toContain('完成率');
  });

  it("Yichang's bulletin ranks Yichang's districts alone, with Yichang's totals", async () => {
    const { city: of, content } = (await read('/bulletins/2026-05', admin, 'yichang').expect(200)).body;
    expect(of.code).toBe('yichang');
    expect(content.districts.map((x: { rank: number; code: string }) => [x.rank, x.code])).toEqual([
      [1, '420502'],
      [2, '420503'],
    ]);
    expect(content.city).toMatchObject({
      projects: { total: 3 },
      completionRate: { accepted: 2, admitted: 3, percent: '66.66' },
      funds: { budgetFen: '5000000', raisedFen: '5000000', gapFen: '0' },
    });
    const byId = (await read('/bulletins/2026-05', admin, null).query({ cityId: city.yichang }).expect(200)).body;
    expect(byId.content).toEqual(content);
  });

  it("whose bulletin: a city's PMs and supervisors read it whole, others do not see it; an admin names the city", async () => {
    for (const who of [supervisor, pm]) {
      expect((await read('/bulletins/2026-05', who).expect(200)).body.content.districts).toHaveLength(4);
      expect((await read('/bulletins/2026-05', who, 'yichang').expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
      await read('/bulletins/2026-05.xlsx', who, 'yichang').expect(404);
      const months = (await read('/bulletins', who, null).expect(200)).body;
      expect(new Set(months.map((x: { city: { code: string } }) => x.city.code))).toEqual(new Set(['changsha']));
    }
    const ambiguous = await read('/bulletins/2026-05', admin, null).expect(400);
    expect(ambiguous.body.errors).toEqual([expect.objectContaining({ code: 'CITY_REQUIRED' })]);
    expect((await read('/bulletins/2026-05', admin, 'atlantis').expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    expect((await read('/bulletins/2026-05', admin, 'Not A Code').expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    const both = await read('/bulletins/2026-05', admin).query({ cityId: city.yichang }).expect(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ code: 'ONE_CITY' })]);
    // A supervisor of districts in both cities names the one wanted.
    const both2 = await api.user('SUPERVISOR', { districtIds: [d.one, d.yc1] });
    expect((await read('/bulletins/2026-05', both2, null).expect(400)).body.errors[0].code).toBe('CITY_REQUIRED');
    expect((await read('/bulletins/2026-05', both2, 'yichang').expect(200)).body.city.code).toBe('yichang');
  });

  it('counts starts and acceptances inside the month in +08:00, and overdue items as of its end', async () => {
    const { content } = (await read('/bulletins/2026-05').expect(200)).body;
    const byCode = Object.fromEntries(content.districts.map((x: { code: string }) => [x.code, x]));
    // 23:30 on 31 May counts, 00:10 on 1 June does not; 00:00 on 1 May counts, 23:59 on 30 April does not.
    expect(
      [byCode['430191'], byCode['430192'], byCode['430193'], byCode['430194']].map((x) => [x.startedThisMonth, x.completedThisMonth]),
    ).toEqual([
      [1, 1],
      [0, 1],
      [0, 0],
      [0, 0],
    ]);
    expect(byCode['430191'].overdue).toEqual({ reports: 1, findings: 0, complaints: 0, total: 1 });
    expect(byCode['430192'].overdue).toEqual({ reports: 0, findings: 0, complaints: 0, total: 0 });
    expect(byCode['430193'].overdue).toEqual({ reports: 0, findings: 2, complaints: 1, total: 3 });
    expect(byCode['430194'].overdue).toEqual({ reports: 0, findings: 0, complaints: 0, total: 0 });
    expect(content.city).toMatchObject({
      startedThisMonth: 1,
      completedThisMonth: 2,
      overdue: { reports: 1, findings: 2, complaints: 1, total: 4 },
      funds: { budgetFen: '1000000', raisedFen: '250000', gapFen: '750000' },
      completionRate: { accepted: 6, admitted: 11, percent: '54.54' },
      projects: {
        total: 13,
        byState: {
          ...zeros,
          SURVEY: 1,
          PLANNED: 1,
          DESIGN: 1,
          PERMITTING: 1,
          CONSTRUCTION: 2,
          ARCHIVING: 2,
          LONG_TERM: 2,
          CLOSED: 1,
          ON_HOLD: 1,
          CANCELLED: 1,
        },
      },
    });
    expect(byCode['430191'].funds).toEqual({ budgetFen: '1000000', raisedFen: '250000', gapFen: '750000' });
  });

  it('averages the time spent in each stage over the stays that ended in the month', async () => {
    const { content } = (await read('/bulletins/2026-05').expect(200)).body;
    // PERMITTING 21 May 23:30 to 31 May 23:30; CONSTRUCTION 20 April to 5 May; ACCEPTANCE 10.42 and 6 days.
    expect(content.city.averageDaysByStage).toEqual({
      ...noStays,
      PERMITTING: { stays: 1, averageDays: 10 },
      CONSTRUCTION: { stays: 1, averageDays: 15 },
      ACCEPTANCE: { stays: 2, averageDays: 8.2 },
    });
    const one = content.districts.find((x: { code: string }) => x.code === '430191');
    expect(one.averageDaysByStage.ACCEPTANCE).toEqual({ stays: 1, averageDays: 10.4 });
    const three = content.districts.find((x: { code: string }) => x.code === '430193');
    expect(three.averageDaysByStage).toEqual(noStays);
  });

  it('holds no personal data', async () => {
    const res = await read('/bulletins/2026-05').expect(200);
    expect(res.text).not.toContain(PERSON.name);
    expect(res.text).not.toContain(PERSON.contact);
  });

  it('built on demand after the job, the month returns the stored bulletin unchanged', async () => {
    const before = (await read('/bulletins/2026-05').expect(200)).body;
    await api.db.query(`UPDATE projects SET state = 'ACCEPTANCE' WHERE district_id = $1 AND state = 'CONSTRUCTION'`, [d.one]);
    try {
      const again = await build('2026-05', supervisor).expect(200);
      expect(again.body).toEqual(before);
      expect(await bulletins()).toHaveLength(2);
    } finally {
      await api.db.query(`UPDATE projects SET state = 'CONSTRUCTION' WHERE district_id = $1 AND state = 'ACCEPTANCE'`, [d.one]);
    }
  });

  it('a job delivered through the queue builds the month it names', async () => {
    const events = new QueueEvents(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
    try {
      await events.waitUntilReady();
      const job = await queue.add('bulletin.build', { month: '2026-04' });
      await job.waitUntilFinished(events, 30_000);
      const one = await queue.add('bulletin.build', { month: '2026-03', cityId: city.yichang });
      await one.waitUntilFinished(events, 30_000);
    } finally {
      await events.close();
    }
    expect((await bulletins()).map((b) => [b.city, b.month, b.built_via])).toEqual([
      ['yichang', '2026-03', 'JOB'],
      ['changsha', '2026-04', 'JOB'],
      ['yichang', '2026-04', 'JOB'],
      ['changsha', '2026-05', 'JOB'],
      ['yichang', '2026-05', 'JOB'],
    ]);
  });

  it('a job naming a malformed month fails at once instead of retrying', async () => {
    const events = new QueueEvents(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
    try {
      await events.waitUntilReady();
      const job = await queue.add('bulletin.build', { month: '2026-13' }, { attempts: 5, backoff: { type: 'fixed', delay: 10 } });
      await expect(job.waitUntilFinished(events, 30_000)).rejects.toThrow(/not a month/);
      const failed = (await queue.getJob(job.id!))!;
      expect(failed.attemptsMade).toBe(1);
    } finally {
      await events.close();
    }
  });

  it("a supervisor builds their city's month on demand, not another city's; a concurrent double build stores one per city", async () => {
    const res = await build('2026-03', supervisor).expect(201);
    expect(res.body).toMatchObject({ month: '2026-03', city: { code: 'changsha' }, builtVia: 'USER', builtBy: supervisor.id });
    expect((await build('2026-02', supervisor, 'yichang').expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    const service = api.app.get(BulletinService);
    const changsha = { cityId: city.changsha };
    const [a, b, c] = await Promise.all([
      service.build('2026-02', changsha, null),
      service.build('2026-02', changsha, null),
      service.build('2026-02', { cityId: city.yichang }, null),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.bulletin).toEqual(b.bulletin);
    expect(c).toMatchObject({ created: true, bulletin: { city: { code: 'yichang' } } });
    const audited = await api.db.query(
      `SELECT subject_id FROM audit_log WHERE action = 'bulletin.built' AND subject_id LIKE '%/2026-02' ORDER BY 1`,
    );
    expect(audited.map((r: { subject_id: string }) => r.subject_id).sort()).toEqual(
      [`${city.changsha}/2026-02`, `${city.yichang}/2026-02`].sort(),
    );
    expect((await bulletins()).map((x) => `${x.city} ${x.month}`)).toEqual([
      'changsha 2026-02',
      'yichang 2026-02',
      'changsha 2026-03',
      'yichang 2026-03',
      'changsha 2026-04',
      'yichang 2026-04',
      'changsha 2026-05',
      'yichang 2026-05',
    ]);
    const list = (await read('/bulletins', pm, null).expect(200)).body;
    expect(list.map((x: { month: string; builtVia: string }) => [x.month, x.builtVia])).toEqual([
      ['2026-05', 'JOB'],
      ['2026-04', 'JOB'],
      ['2026-03', 'USER'],
      ['2026-02', 'JOB'],
    ]);
  });

  it.each(['2026-06', '2026-07'])('refuses %s, a month that has not ended, with 400', async (month) => {
    const res = await build(month).expect(400);
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'month', code: 'MONTH_NOT_OVER' })]);
    expect((await bulletins()).map((b) => b.month)).not.toContain(month);
  });

  it.each(['2026-6', '2026-13', 'May 2026', 202605, ''])('refuses the malformed month %p with 400', async (month) => {
    const res = await build(month).expect(400);
    expect(res.body).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'month' })] });
  });

  it('a malformed month in the path is 400, a month never built 404', async () => {
    expect((await read('/bulletins/2026-13').expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await read('/bulletins/2026-1.xlsx').expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await read('/bulletins/2025-12').expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
  });

  it('who may build and read', async () => {
    const rows = new Rows(api.db, admin.id);
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [(await rows.project(d.four, 'SURVEY')).compoundId] });
    await build('2026-01', pm).expect(403);
    await read('/bulletins/2026-05', committee).expect(403);
    await read('/bulletins', committee).expect(403);
    expect(await bulletins()).not.toContainEqual(expect.objectContaining({ month: '2026-01' }));
  });

  it('downloads as XLSX: the city sheet and the district ranking, in Chinese', async () => {
    const res = await read('/bulletins/2026-05.xlsx', supervisor, null).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('bulletin-changsha-2026-05.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['全市', '各区排名']);

    const sheet = wb.getWorksheet('全市')!;
    expect(sheet.getCell('A1').value).toBe('长沙市老旧小区改造工作月通报（2026年5月）');
    const cityRows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const value = (name: string) => cityRows.find((r) => r[1] === name)?.[2];
    // Built by the job at 00:05 on 1 June in Changsha, printed as Changsha reads it.
    expect(value('生成时间（北京时间）')).toBe('2026-06-01 00:05');
    expect([value('项目总数'), value('本月开工项目'), value('本月通过竣工验收项目'), value('逾期事项合计')]).toEqual([13, 1, 2, 4]);
    expect([value('资金预算（元）'), value('已落实资金（元）'), value('资金缺口（元）')]).toEqual([10000, 2500, 7500]);

    const ranking = wb.getWorksheet('各区排名')!;
    const rows = ranking.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows.findIndex((r) => r[1] === '排名');
    expect(rows[header].slice(1, 14)).toEqual([
      '排名',
      '区县代码',
      '区县',
      '项目总数',
      '本月开工',
      '本月验收通过',
      '已纳入计划',
      '已通过验收',
      '完成率（%）',
      '逾期报告',
      '逾期问题',
      '超时投诉',
      '逾期合计',
    ]);
    expect(rows.slice(header + 1).map((r) => r.slice(1, 14))).toEqual([
      [1, '430193', '三区', 5, 0, 0, 3, 2, 66.66, 0, 2, 1, 3],
      [2, '430192', '二区', 2, 0, 1, 2, 1, 50, 0, 0, 0, 0],
      [2, '430194', '四区', 2, 0, 0, 2, 1, 50, 0, 0, 0, 0],
      [4, '430191', '一区', 4, 1, 1, 4, 2, 50, 1, 0, 0, 1],
    ]);
  });

  it('prints as an A4 page: the same figures, Beijing times, states in Chinese; read like the workbook', async () => {
    const res = await read('/bulletins/2026-05.html', pm, null).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const html: string = res.text;
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    expect(html).toMatch(/@page wide \{ size: A4 landscape;/);
    expect(html).toContain('<h1>长沙市老旧小区改造工作月通报（2026年5月）</h1>');
    const row = (label: string) => new RegExp(`<tr><t[hd]>${label}</t[hd]><td[^>]*>([^<]*)</td>`).exec(html)?.[1];
    expect(row('生成时间（北京时间）')).toBe('2026-06-01 00:05');
    expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect([row('项目总数'), row('逾期事项合计'), row('资金预算（元）'), row('资金缺口（元）')]).toEqual([
      '13',
      '4',
      '10,000.00',
      '7,500.00',
    ]);
    expect(row('其中：进行现场施工')).toMatch(/^\d+$/);
    expect(html).not.toMatch(/>(CONSTRUCTION|ARCHIVING|LONG_TERM)</);
    // The ranking on its landscape page, in ranking order, the state columns named in Chinese.
    const ranking = html.slice(html.indexOf('<section class="wide">'));
    expect(ranking).toContain('<th>建立长效机制</th>');
    expect([...ranking.matchAll(/<tr><td class="n">(\d)<\/td><td>(\d+)<\/td><td>([^<]+)<\/td>/g)].map((m) => m.slice(1))).toEqual([
      ['1', '430193', '三区'],
      ['2', '430192', '二区'],
      ['2', '430194', '四区'],
      ['4', '430191', '一区'],
    ]);
    // Read like the other forms of the bulletin: another city's is not found, a committee may not.
    await read('/bulletins/2026-05.html', pm, 'yichang').expect(404);
    const rows = new Rows(api.db, admin.id);
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [(await rows.project(d.four, 'SURVEY')).compoundId] });
    await read('/bulletins/2026-05.html', committee).expect(403);
    expect((await read('/bulletins/2026-13.html').expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
  });
});
