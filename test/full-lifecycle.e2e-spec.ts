import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeadlineRunner } from '@app/workflow';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Response } from 'supertest';
import { binary, startApi, type TestApi } from './support/api.js';
import {
  COMPLETE_SURVEY,
  COUNCIL,
  concludedRound,
  confirmQuantities,
  confirmRoster,
  districtWithCompound,
  fileFormPhoto,
  FORM_PHOTO,
  PAPER_OPINION,
  type Place,
} from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface HistoryEntry {
  action: string;
  subjectType: string;
  fromState: string | null;
  toState: string | null;
  actorId: string | null;
  reason: string | null;
}
interface Report {
  id: string;
  seq: number;
  dueAt: string;
  state: string;
}

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

/**
 * Twenty households in two buildings: 1-1-101..110 at 80 m² and 2-1-101..110 at 90 m² (1,700 m²).
 * Building 2 has had an elevator added; building 1 has none.
 */
const HOUSEHOLDS = Array.from({ length: 20 }, (_, i) => ({ building: i < 10 ? '1' : '2', room: 101 + (i % 10) }));
const ROSTER_CSV = [
  '楼栋,单元,房号,面积,业主姓名,联系电话',
  ...HOUSEHOLDS.map((h, i) => `${h.building},1,${h.room},${h.building === '1' ? 80 : 90},业主${i},1370000${1000 + i}`),
].join('\n');

/** A paper tally of every household: the first `yes` answer yes (signed), the rest no. */
const tallyCsv = (yes: number, words: [string, string] = ['同意', '不同意']) =>
  [
    '楼栋,单元,房号,意见,签字,方式,表单编号',
    ...HOUSEHOLDS.map((h, i) => `${h.building},1,${h.room},${i < yes ? words[0] : words[1]},是,入户,T-${h.building}${h.room}`),
  ].join('\n');

const SECTIONS = {
  basicFacts: '小区建于1995年，2栋20户，建筑面积1700平方米',
  residentOpinions: '入户调查20户，主要诉求为雨污分流、消防和单元门禁',
  mainProblems: '雨污合流，消防设施老化，弱电线路杂乱',
  contentAndMethod: '基础类五项必改',
  riskAssessment: '施工扰民风险可控',
  investmentEstimate: '约27万元',
  fundingAndBalance: '地方财政为主，居民出资',
  smartCompound: '门禁与监控',
  longTermManagement: '引入专业物业，成立业主委员会，归集维修资金',
};

const item = (key: string, kind: string | null, quantity: number, unit: string, unitPrice: number, category = 'BASIC') => ({
  key,
  name: key,
  ...(kind ? { kind } : {}),
  category,
  quantity,
  unit,
  unitPrice,
  paidBy: 'GOVERNMENT',
  required: category === 'BASIC',
});

/** The five mandatory items: 251,000.00 yuan. */
const MANDATORY = [
  item('demolition', 'ILLEGAL_STRUCTURE_DEMOLITION', 100, 'm²', 150), // 15,000
  item('rain-sewage', 'RAIN_SEWAGE_SEPARATION', 500, 'm', 300), // 150,000
  item('fire', 'FIRE_SAFETY', 20, '套', 2500), // 50,000
  item('weak-current', 'WEAK_CURRENT_TIDYING', 400, 'm', 45), // 18,000
  item('sanitation', 'SANITATION_FACILITIES', 6, '处', 3000), // 18,000
];
/** What residents asked for in the first PLAN round: unit door access, 20,000.00 yuan. */
const DOOR_ACCESS = item('door-access', null, 4, '套', 5000, 'IMPROVEMENT');
const ALL_KEYS = [...MANDATORY, DOOR_ACCESS].map((i) => i.key);

const PARTIES = ['CONSTRUCTION_UNIT', 'DESIGN', 'CONTRACTOR', 'SUPERVISION', 'DEPARTMENTS', 'STREET_COMMUNITY', 'OWNER_REPRESENTATIVES'];

/** Files whose first bytes say what they are. */
const CONTRACT_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% 施工合同 HT-2026-017\n%%EOF\n');
const PHOTO_BEFORE = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('before: 3栋外立面')]);
const PHOTO_AFTER = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF after: 3栋外立面')]);
const NOT_A_PNG = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A tiny CSV reader for the archive index: quoted cells, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''));
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) (row.push(cell), rows.push(row));
  return rows;
}

/** Reads a response body as bytes (supertest buffers only text by default). */

/**
 * One project from SURVEY to CLOSED over HTTP, each role doing its own part: the district PM moves
 * the stages, the residents' committee keeps the roster, runs the rounds and signs for the owners,
 * the supervisor audits. The first joint acceptance fails and construction goes back to rectify.
 * Time is the test's clock; deadlines fire as the worker fires them (DeadlineRunner on every
 * pending deadline that came due). No state is written to the database directly.
 */
describe('one project from SURVEY to CLOSED, with a failed acceptance on the way', () => {
  let api: TestApi;
  let archiveDir: string;
  let place: Place;
  let pm: User;
  let committee: User;
  let supervisor: User;
  /** A supervisor of another district. */
  let stranger: User;
  let projectId: string;
  /** The archived photo of the signed paper form the PM enters the parties' signatures from. */
  let formPhoto: { id: string; sha256: string };
  let households: { id: string }[];
  let constructionStartedAt: Date;
  let acceptedAt: Date;
  let surveyLedger: Buffer;

  beforeAll(async () => {
    archiveDir = mkdtempSync(join(tmpdir(), 'renovation-archive-'));
    api = await startApi({ ARCHIVE_DIR: archiveDir });
    place = await districtWithCompound(api, 'lifecycle');
    const elsewhere = await districtWithCompound(api, 'lifecycle-other');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    stranger = await api.user('SUPERVISOR', { districtIds: [elsewhere.districtId] });
  });

  afterAll(async () => {
    await api?.close();
    if (archiveDir) rmSync(archiveDir, { recursive: true, force: true });
  });

  const post = (path: string, body: object, who = pm) => api.http.post(path).set(who.auth).send(body);
  const put = (path: string, body: object, who = pm) => api.http.put(path).set(who.auth).send(body);
  const get = (path: string, who = pm) => api.http.get(path).set(who.auth);
  const fire = (event: string, extra: object = {}, who = pm) => post(`/projects/${projectId}/transitions`, { event, ...extra }, who);
  const guardCodes = (res: Response) => (res.body.errors as { code: string }[]).map((e) => e.code);

  /** Fires an event and checks where the project went. */
  async function move(event: string, to: string, extra: object = {}): Promise<void> {
    const res = await fire(event, extra).expect(200);
    expect(res.body.project.state).toBe(to);
    expect(res.body.entry).toMatchObject({ action: event, toState: to, actorId: pm.id });
  }

  /** Fires an event that must be refused with exactly these guard codes, leaving the state as it was. */
  async function refused(event: string, codes: string[], extra: object = {}): Promise<Response> {
    const before = (await get(`/projects/${projectId}`).expect(200)).body.state;
    const res = await fire(event, extra).expect(422);
    expect(res.body).toMatchObject({ status: 422, code: 'MACHINE.GUARD_FAILED', state: before });
    expect(guardCodes(res)).toEqual(codes);
    return res;
  }

  /**
   * What the worker does: every pending deadline that has come due is fired, oldest first, until
   * none is left. Returns `KIND:OUTCOME` of each. A deadline still pending after it was fired
   * would be fired again forever, so that fails the test.
   */
  async function worker(): Promise<string[]> {
    const runner = api.app.get(DeadlineRunner);
    const fired: string[] = [];
    const seen = new Set<string>();
    for (;;) {
      const now = api.clock.now();
      const due = (await runner.pending()).filter((d) => d.dueAt.getTime() <= now.getTime());
      if (due.length === 0) return fired;
      for (const d of due) {
        if (seen.has(d.id)) throw new Error(`deadline ${d.id} is still pending after it was fired`);
        seen.add(d.id);
        const [{ kind }]: { kind: string }[] = await api.db.query('SELECT kind FROM deadlines WHERE id = $1', [d.id]);
        fired.push(`${kind}:${await runner.fire(d.id, now)}`);
      }
    }
  }

  /** The clock moves on, and the worker acts on what came due meanwhile. */
  async function advance(ms: number): Promise<string[]> {
    api.clock.advance(ms);
    return worker();
  }

  /** A round of the committee's, tallied from a paper CSV and closed. */
  async function round(subject: string, title: string, yes: number, extra: object = {}, words?: [string, string]) {
    const created = await post(`/projects/${projectId}/rounds`, { subject, title, ...extra }, committee).expect(201);
    const id: string = created.body.id;
    await confirmRoster(api, place.compoundId, committee);
    const opened = await post(`/rounds/${id}/transitions`, { event: 'OPEN' }, committee).expect(200);
    expect(opened.body).toMatchObject({ state: 'OPEN', rosterSize: 20 });
    const imported = await api.http
      .post(`/rounds/${id}/votes/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(tallyCsv(yes, words)), 'tally.csv')
      .expect(200);
    expect(imported.body).toMatchObject({ recorded: 20, total: 20 });
    const closed = await post(`/rounds/${id}/transitions`, { event: 'CLOSE' }, committee).expect(200);
    return { id, closed: closed.body as { state: string; result: string; ruleProfile: string } };
  }

  const reports = async (): Promise<Report[]> => (await get(`/projects/${projectId}/reports`).expect(200)).body;
  const dueReport = async (): Promise<Report> => (await reports()).find((r) => r.state === 'DUE')!;
  /** The PM reports every plan item at the same percent. */
  const submit = (reportId: string, percent: number, narrative: string) =>
    post(`/reports/${reportId}/submit`, { items: ALL_KEYS.map((key) => ({ key, percent })), narrative }).expect(200);
  const sign = (party: string, opinion: 'PASS' | 'FAIL', who: User, comments = '同意') =>
    post(
      `/projects/${projectId}/acceptance/signatures`,
      { party, signer: '王建军', opinion, comments, ...(who === pm && { formNumber: 'YS-2026-017', photoDocumentId: formPhoto.id }) },
      who,
    );
  const upload = (kind: string, title: string, file: Buffer, filename: string, contentType: string, who = pm) =>
    api.http
      .post(`/projects/${projectId}/archive/documents`)
      .set(who.auth)
      .field('kind', kind)
      .field('title', title)
      .attach('file', file, { filename, contentType });
  const inbox = async (who: User): Promise<{ kind: string; level: string; subjectType: string; projectId: string }[]> =>
    (await get('/me/notifications', who).expect(200)).body;
  /** The calendar date in China now, as YYYY-MM-DD. */
  const chinaToday = () => new Date(api.clock.now().getTime() + 8 * HOUR).toISOString().slice(0, 10);

  it('the committee imports the roster of twenty households', async () => {
    const res = await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(ROSTER_CSV), 'roster.csv')
      .expect(200);
    expect(res.body).toMatchObject({ created: 20, updated: 0, total: 20 });
    households = (await get(`/compounds/${place.compoundId}/households`, committee).expect(200)).body.items;
    expect(households).toHaveLength(20);
  });

  it('SURVEY → ORGANIZING → CONSULTATION: the survey, and the council registered by the committee', async () => {
    projectId = (await post('/projects', { compoundId: place.compoundId, name: '综合改造' }).expect(201)).body.id;
    expect((await get(`/projects/${projectId}`).expect(200)).body).toMatchObject({ state: 'SURVEY', ruleProfile: 'changsha-two-80' });

    // The committee cannot move a stage: that is the PM's.
    const byCommittee = await fire('COMPLETE_SURVEY', {}, committee).expect(403);
    expect(byCommittee.body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
    // Nor can a supervisor of another district so much as see the project.
    expect((await get(`/projects/${projectId}`, stranger).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');

    await refused('COMPLETE_SURVEY', ['SURVEY.BASE_DATA_INCOMPLETE', 'SURVEY.ASSETS_MISSING', 'SURVEY.WILLINGNESS_MISSING']);
    await put(`/projects/${projectId}/survey`, {
      ...COMPLETE_SURVEY,
      baseData: { buildings: 2, households: 20, floorArea: 1700, buildYear: 1995 },
      willingness: { surveyedHouseholds: 20, willingHouseholds: 18, method: 'DOOR_TO_DOOR' },
    }).expect(200);
    await move('COMPLETE_SURVEY', 'ORGANIZING');

    await refused('START_CONSULTATION', ['BODY.MISSING']);
    await post(`/projects/${projectId}/bodies`, COUNCIL, committee).expect(201);
    await move('START_CONSULTATION', 'CONSULTATION');
  });

  it('CONSULTATION → APPLIED: a willingness round passes and its publicity ends when the worker fires it', async () => {
    await refused('APPLY', ['CONSENT.NO_PASSED_WILLINGNESS_ROUND']);
    const { id, closed } = await round('WILLINGNESS', '改不改', 18, { publicityDays: 5 });
    expect(closed).toMatchObject({ state: 'CLOSED', result: 'PASSED', ruleProfile: 'changsha-two-80' });
    await post(`/rounds/${id}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);
    await refused('APPLY', ['CONSENT.NO_PASSED_WILLINGNESS_ROUND']);

    expect(await advance(5 * DAY - HOUR)).toEqual([]);
    expect(await advance(HOUR)).toEqual(['ROUND_PUBLICITY_END:ACTED']);
    expect((await get(`/rounds/${id}`).expect(200)).body).toMatchObject({ state: 'CONCLUDED', result: 'PASSED' });
    await move('APPLY', 'APPLIED');
  });

  it('APPLIED → PLANNED → DESIGN: plan year, admission conditions confirmed by the committee, entity and funding', async () => {
    await refused('ADMIT_TO_PLAN', ['ADMISSION.NO_PLAN_YEAR', 'ADMISSION.CHECKLIST_INCOMPLETE']);
    await put(`/projects/${projectId}/planning/plan-year`, { planYear: 2026 }).expect(200);
    for (const a of ['DEMOLISH_ILLEGAL_STRUCTURES', 'ACCEPT_PROPERTY_MANAGEMENT', 'REPLENISH_MAINTENANCE_FUND']) {
      await put(`/projects/${projectId}/planning/admission/${a}`, { basis: '业主大会决议' }, committee).expect(200);
    }
    await move('ADMIT_TO_PLAN', 'PLANNED');

    await refused('START_DESIGN', ['PLANNING.NO_IMPLEMENTING_ENTITY', 'PLANNING.NO_FUNDING_PLAN']);
    await put(`/projects/${projectId}/planning/implementing-entity`, { name: '区城市更新公司' }).expect(200);
    await put(`/projects/${projectId}/planning/funding`, {
      budget: 300000,
      sources: [
        { source: 'LOCAL_BUDGET', amount: 250000 },
        { source: 'RESIDENTS', amount: 50000 },
      ],
    }).expect(200);
    await move('START_DESIGN', 'DESIGN');
  });

  it('DESIGN → JOINT_REVIEW: two PLAN rounds, the second on a version that takes up the objection', async () => {
    const v1 = await post(`/projects/${projectId}/plans`, {
      sections: SECTIONS,
      currentStateSurvey: true,
      fireLanes: true,
      ageFriendly: true,
      elevatorPositionReserved: true,
      items: MANDATORY,
    }).expect(201);
    expect(v1.body).toMatchObject({ version: 1, budget: '251000.00' });
    // The first version tells residents neither their share nor what they and social capital put in.
    await refused('SUBMIT_FOR_REVIEW', ['PLAN.RESIDENT_SHARE_UNSTATED', 'PLAN.CONTRIBUTIONS_UNDISCLOSED', 'PLAN.ROUNDS_INCOMPLETE']);

    const first = await round('PLAN', '方案第一轮征询', 8, { planVersion: 1, publicityDays: 5 });
    expect(first.closed).toMatchObject({ state: 'CLOSED', result: 'FAILED' });
    await post(`/rounds/${first.id}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);
    const objection = (await post(`/rounds/${first.id}/objections`, { text: '希望加装单元门禁' }, committee).expect(201)).body.id;
    await refused('SUBMIT_FOR_REVIEW', [
      'PLAN.RESIDENT_SHARE_UNSTATED',
      'PLAN.CONTRIBUTIONS_UNDISCLOSED',
      'PLAN.OBJECTION_UNANSWERED',
      'PLAN.ROUNDS_INCOMPLETE',
      'PLAN.PUBLICITY_NOT_ENDED',
    ]);
    await post(`/objections/${objection}/response`, { response: 'ADOPTED', text: '第二版方案增设单元门禁' }).expect(200);
    expect(await advance(5 * DAY)).toEqual(['ROUND_PUBLICITY_END:ACTED']);

    const v2 = await post(`/projects/${projectId}/plans`, {
      items: [...MANDATORY, DOOR_ACCESS],
      contributions: { residentSharePercent: 25, residents: 50000, socialCapital: 0 },
      changeNote: '采纳居民意见：增设单元门禁；告知居民出资',
      adoptedObjections: [objection],
    }).expect(201);
    expect(v2.body).toMatchObject({
      version: 2,
      budget: '271000.00',
      adoptedObjections: [objection],
      contributions: { residentSharePercent: '25.00', residents: '50000.00', socialCapital: '0.00' },
    });

    const second = await round('PLAN', '方案第二轮征询', 19, { planVersion: 2, publicityDays: 5 });
    expect(second.closed).toMatchObject({ state: 'CLOSED', result: 'PASSED' });
    await post(`/rounds/${second.id}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);
    await refused('SUBMIT_FOR_REVIEW', ['PLAN.ROUNDS_INCOMPLETE', 'PLAN.PUBLICITY_NOT_ENDED']);
    expect(await advance(5 * DAY)).toEqual(['ROUND_PUBLICITY_END:ACTED']);

    await move('SUBMIT_FOR_REVIEW', 'JOINT_REVIEW');
  });

  it('JOINT_REVIEW → PERMITTING → CONSTRUCTION: every department approves; exemption and team', async () => {
    const review = (await get(`/projects/${projectId}/review`, supervisor).expect(200)).body;
    expect(review).toMatchObject({ planVersion: 2, state: 'OPEN', opinions: [] });
    await refused('PASS_REVIEW', ['REVIEW.OPINIONS_MISSING']);
    for (const reviewer of review.reviewers as string[]) {
      await post(`/projects/${projectId}/review/opinions`, { reviewer, opinion: 'APPROVE', comments: '同意', ...PAPER_OPINION }).expect(
        201,
      );
    }
    await move('PASS_REVIEW', 'PERMITTING');

    await refused('START_CONSTRUCTION', ['PERMIT.MISSING', 'PERMIT.TEAM_INCOMPLETE', 'PERMIT.VOLUNTEER_SUPERVISORS_MISSING']);
    await put(`/projects/${projectId}/permits/exemption`, {
      bases: ['NO_ADDED_FLOOR_AREA', 'NO_FUNCTION_OR_STRUCTURE_CHANGE', 'NO_PLANNING_CONDITION_CHANGE'],
    }).expect(200);
    await put(`/projects/${projectId}/team`, {
      contractor: '湖南某建设工程有限公司',
      supervisionCompany: '某工程监理有限公司',
      epc: false,
      volunteerSupervisors: [{ name: '刘建华' }],
    }).expect(200);
    constructionStartedAt = api.clock.now();
    await move('START_CONSTRUCTION', 'CONSTRUCTION');
    expect((await reports()).map((r) => [r.seq, r.state, r.dueAt])).toEqual([
      [1, 'DUE', new Date(constructionStartedAt.getTime() + 15 * DAY).toISOString()],
    ]);
  });

  it('the PM files the construction contract into the archive while building; a supervisor may not', async () => {
    const denied = await upload('CONTRACTS', '施工合同', CONTRACT_PDF, 'contract.pdf', 'application/pdf', supervisor).expect(403);
    expect(denied.body.code).toBe('ACCESS.FORBIDDEN');
    const filed = await upload('CONTRACTS', '施工合同（扫描件）', CONTRACT_PDF, '施工合同.pdf', 'application/pdf').expect(201);
    expect(filed.body).toMatchObject({
      kind: 'CONTRACTS',
      source: 'UPLOAD',
      contentType: 'application/pdf',
      sizeBytes: CONTRACT_PDF.length,
      sha256: sha256(CONTRACT_PDF),
    });
    // The name the PM's browser sent (UTF-8, as browsers send it) is the name filed.
    expect(filed.body.filename).toBe('施工合同.pdf');
  });

  it('construction: a complaint handled, report 1 returned with a finding that is rectified, then accepted', async () => {
    const complaint = (await post(`/projects/${projectId}/complaints`, { subject: '夜间施工噪音' }, committee).expect(201)).body;
    await post(`/complaints/${complaint.id}/transitions`, { event: 'HANDLE', handler: '施工单位项目部' }).expect(200);

    expect(await advance(10 * DAY)).toEqual([]);
    const first = await dueReport();
    expect(first.seq).toBe(1);
    await submit(first.id, 60, '管网开挖过半');
    await post(
      `/reports/${first.id}/return`,
      {
        findings: [
          {
            severity: 'HIGH',
            description: '沟槽未设护栏',
            deadline: new Date(api.clock.now().getTime() + 5 * DAY).toISOString(),
            responsible: '施工单位',
          },
        ],
      },
      supervisor,
    ).expect(200);
    await refused('COMPLETE_CONSTRUCTION', [
      'CONSTRUCTION.WORK_INCOMPLETE',
      'CONSTRUCTION.FINDINGS_OPEN',
      'CONSTRUCTION.QUANTITIES_UNCONFIRMED',
      'CONSTRUCTION.COMPLAINTS_OPEN',
    ]);

    const [finding] = (await get(`/findings?projectId=${projectId}`, supervisor).expect(200)).body;
    await post(`/findings/${finding.id}/transitions`, { event: 'RECTIFY', evidence: '护栏照片 IMG-0601' }).expect(200);
    await post(`/findings/${finding.id}/transitions`, { event: 'CLOSE' }, supervisor).expect(200);
    await submit(first.id, 60, '管网开挖过半，护栏已设');
    expect((await post(`/reports/${first.id}/accept`, {}, supervisor).expect(200)).body).toMatchObject({
      state: 'ACCEPTED',
      auditedBy: supervisor.id,
    });

    await post(`/complaints/${complaint.id}/transitions`, { event: 'RESOLVE', resolution: '夜间停工' }).expect(200);
    await post(`/complaints/${complaint.id}/transitions`, { event: 'REVISIT', acknowledgement: '已无夜间施工' }, committee).expect(200);
    await post(`/complaints/${complaint.id}/transitions`, { event: 'CLOSE' }, committee).expect(200);
    await refused('COMPLETE_CONSTRUCTION', ['CONSTRUCTION.WORK_INCOMPLETE', 'CONSTRUCTION.QUANTITIES_UNCONFIRMED']);
  });

  it('CONSTRUCTION → ACCEPTANCE: report 2 at 100% accepted by the supervisor', async () => {
    // The finding's deadline passes after it was closed: the worker finds nothing late.
    expect(await advance(10 * DAY)).toEqual(['FINDING_DEADLINE:ACTED']);
    const second = await dueReport();
    expect(second.seq).toBe(2);
    await submit(second.id, 100, '全部完工');
    await post(`/reports/${second.id}/accept`, {}, supervisor).expect(200);
    expect((await get(`/projects/${projectId}/progress`, supervisor).expect(200)).body).toMatchObject({
      basisPoints: 10000,
      reportSeq: 2,
    });
    // Nothing changed the content: the project HQ and the residents confirm the quantities on site.
    await refused('COMPLETE_CONSTRUCTION', ['CONSTRUCTION.QUANTITIES_UNCONFIRMED']);
    await confirmQuantities(api, projectId, pm);
    await move('COMPLETE_CONSTRUCTION', 'ACCEPTANCE');
    const form = (await get(`/projects/${projectId}/acceptance`).expect(200)).body;
    expect(form).toMatchObject({ state: 'OPEN', parties: PARTIES, signatures: [] });
  });

  it('the first acceptance fails: the owners sign FAIL through the committee, and FAIL_ACCEPTANCE returns to CONSTRUCTION', async () => {
    api.clock.advance(DAY);
    await refused('PASS_ACCEPTANCE', ['ACCEPTANCE.SIGNATURES_MISSING', 'ACCEPTANCE.SATISFACTION_FAILED']);
    // A supervisor audits; it does not sign the form. The PM enters the others from the signed paper.
    await sign('SUPERVISION', 'PASS', supervisor).expect(403);
    formPhoto = await fileFormPhoto(api, projectId, pm);
    for (const party of PARTIES.filter((p) => p !== 'OWNER_REPRESENTATIVES')) await sign(party, 'PASS', pm).expect(201);
    await sign('OWNER_REPRESENTATIVES', 'FAIL', committee, '2栋单元门禁未安装').expect(201);

    const { closed } = await round('SATISFACTION', '竣工满意度测评', 18, {}, ['满意', '不满意']);
    expect(closed).toMatchObject({ state: 'CLOSED', result: 'FAILED', ruleProfile: 'satisfaction-95' });
    await refused('PASS_ACCEPTANCE', ['ACCEPTANCE.PARTY_REFUSED', 'ACCEPTANCE.SATISFACTION_FAILED']);

    // Only the PM decides the outcome, and a failure says what is to be rectified.
    expect((await fire('FAIL_ACCEPTANCE', { reason: '补装单元门禁' }, committee).expect(403)).body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
    await refused('FAIL_ACCEPTANCE', ['TRANSITION.REASON_REQUIRED']);
    await move('FAIL_ACCEPTANCE', 'CONSTRUCTION', { reason: '2栋单元门禁补装到位后重新验收' });

    const form = (await get(`/projects/${projectId}/acceptance`, supervisor).expect(200)).body;
    expect(form).toMatchObject({ state: 'FAILED', rectification: '2栋单元门禁补装到位后重新验收' });
    expect(form.signatures.find((s: { party: string }) => s.party === 'OWNER_REPRESENTATIVES')).toMatchObject({
      opinion: 'FAIL',
      signer: '王**',
    });
  });

  it('rectification is reported and audited: the supervisor returns report 3 until the door access works', async () => {
    expect(await advance(3 * DAY)).toEqual([]);
    // Work still stands at 100% from before; the rectification has to be reported and audited first.
    await refused('COMPLETE_CONSTRUCTION', ['CONSTRUCTION.RECTIFICATION_UNREPORTED']);
    // The report now due carries the rectification.
    const third = await dueReport();
    await submit(third.id, 100, '整改：2栋单元门禁已安装');
    await post(
      `/reports/${third.id}/return`,
      {
        findings: [
          {
            severity: 'MEDIUM',
            description: '2栋单元门禁未通电调试',
            deadline: new Date(api.clock.now().getTime() + 7 * DAY).toISOString(),
            responsible: '施工单位',
          },
        ],
      },
      supervisor,
    ).expect(200);
    await refused('COMPLETE_CONSTRUCTION', ['CONSTRUCTION.RECTIFICATION_UNREPORTED', 'CONSTRUCTION.FINDINGS_OPEN']);

    const [finding] = (await get(`/findings?projectId=${projectId}`, supervisor).expect(200)).body;
    await post(`/findings/${finding.id}/transitions`, { event: 'RECTIFY', evidence: '门禁调试记录及照片 IMG-0712' }).expect(200);
    await post(`/findings/${finding.id}/transitions`, { event: 'CLOSE' }, supervisor).expect(200);
    await submit(third.id, 100, '整改完成：2栋单元门禁安装并调试');
    await post(`/reports/${third.id}/accept`, {}, supervisor).expect(200);

    // The confirmation on site still holds: the rectification changed no quantity.
    await move('COMPLETE_CONSTRUCTION', 'ACCEPTANCE');
    const form = (await get(`/projects/${projectId}/acceptance`).expect(200)).body;
    expect(form).toMatchObject({ state: 'OPEN', parties: PARTIES, signatures: [], rectification: null });
  });

  it('ACCEPTANCE → ARCHIVING: every party signs PASS on the fresh form and a satisfaction round of this acceptance passes', async () => {
    api.clock.advance(DAY);
    for (const party of PARTIES) await sign(party, 'PASS', party === 'OWNER_REPRESENTATIVES' ? committee : pm).expect(201);
    // The round held during the failed acceptance does not count for this one.
    await refused('PASS_ACCEPTANCE', ['ACCEPTANCE.SATISFACTION_FAILED']);
    const { closed } = await round('SATISFACTION', '整改后满意度测评', 19, {}, ['满意', '不满意']);
    expect(closed).toMatchObject({ state: 'CLOSED', result: 'PASSED' });

    acceptedAt = api.clock.now();
    await move('PASS_ACCEPTANCE', 'ARCHIVING');
    expect((await get(`/projects/${projectId}/acceptance`).expect(200)).body.state).toBe('PASSED');
  });

  it('the archive holds the system records already; COMPLETE_ARCHIVE waits for the survey ledger and the photos', async () => {
    const checklist = (await get(`/projects/${projectId}/archive`, supervisor).expect(200)).body;
    expect(checklist).toMatchObject({ complete: false, missing: ['SURVEY_LEDGER', 'PHOTOS'] });
    const byKind = Object.fromEntries(
      (checklist.items as { kind: string; required: boolean; documents: { source: string; title: string }[] }[]).map((i) => [i.kind, i]),
    );
    expect(byKind.CHANGE_ORDERS).toMatchObject({ required: false, documents: [] });
    for (const kind of ['CONSENT_RECORDS', 'PLAN_VERSIONS', 'REVIEW_OPINIONS', 'PERMITS', 'PROGRESS_REPORTS']) {
      expect(byKind[kind].documents.length).toBeGreaterThan(0);
      expect(byKind[kind].documents.every((d: { source: string }) => d.source === 'SYSTEM')).toBe(true);
    }
    // Five rounds with a result, two plan versions, the three accepted reports, only the passed form (beside
    // the photo of the signed paper the PM entered the parties' signatures from).
    expect(byKind.CONSENT_RECORDS.documents).toHaveLength(5);
    expect(byKind.PLAN_VERSIONS.documents).toHaveLength(2);
    expect(byKind.PROGRESS_REPORTS.documents).toHaveLength(3);
    expect(byKind.ACCEPTANCE_FORM.documents.map((d: { source: string }) => d.source).sort()).toEqual(['SYSTEM', 'UPLOAD']);
    expect((await post(`/projects/${projectId}/archive/collect`, {}).expect(200)).body).toEqual({ filed: 0 });

    await refused('COMPLETE_ARCHIVE', ['ARCHIVE.INCOMPLETE']);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('摸底调查台账');
    ws.addRow(['楼栋', '户数', '建筑面积']);
    ws.addRow(['1', 10, 800]);
    ws.addRow(['2', 10, 900]);
    surveyLedger = Buffer.from(await wb.xlsx.writeBuffer());
    await upload(
      'SURVEY_LEDGER',
      '摸底调查台账',
      surveyLedger,
      'survey-ledger.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ).expect(201);
    await post(`/projects/${projectId}/archive/references`, {
      kind: 'CONTRACTS',
      title: '监理合同',
      reference: '区城建档案馆 2026-JL-0042',
    }).expect(201);

    const stillNoPhotos = await refused('COMPLETE_ARCHIVE', ['ARCHIVE.INCOMPLETE']);
    expect(stillNoPhotos.body.errors[0].message.en).toBe('the archive lacks: photos before and after');
    // A supervisor may read the archive but not add to it; a renamed executable is not a photo.
    await upload('PHOTOS', '改造前', PHOTO_BEFORE, 'before.png', 'image/png', supervisor).expect(403);
    await upload('PHOTOS', '改造前', NOT_A_PNG, 'before.png', 'image/png').expect(415);
    expect((await get(`/projects/${projectId}/archive`).expect(200)).body.missing).toEqual(['PHOTOS']);
  });

  it('ARCHIVING → LONG_TERM: with the photos filed the archive is complete, and then closed to new documents', async () => {
    await upload('PHOTOS', '改造前外立面', PHOTO_BEFORE, 'before.png', 'image/png').expect(201);
    await upload('PHOTOS', '改造后外立面', PHOTO_AFTER, 'after.jpg', 'image/jpeg').expect(201);
    expect((await get(`/projects/${projectId}/archive`).expect(200)).body).toMatchObject({ complete: true, missing: [] });
    await move('COMPLETE_ARCHIVE', 'LONG_TERM');
    const late = await upload('PHOTOS', '补充照片', Buffer.concat([PHOTO_BEFORE, Buffer.from('x')]), 'late.png', 'image/png').expect(409);
    expect(late.body.code).toBe('PROJECT.WRONG_STAGE');
  });

  it('LONG_TERM: CLOSE lists every arrangement missing; the committee registers the owners committee, the PM the rest', async () => {
    await refused('CLOSE', [
      'LONGTERM.NO_PROPERTY_MODE',
      'LONGTERM.NO_OWNERS_COMMITTEE',
      'LONGTERM.NO_FUND_PLAN',
      'LONGTERM.REVISIT_PENDING',
    ]);
    const revisits = (await get(`/projects/${projectId}/long-term`).expect(200)).body.revisits;
    const in6 = new Date(acceptedAt);
    in6.setUTCMonth(in6.getUTCMonth() + 6);
    const in12 = new Date(acceptedAt);
    in12.setUTCMonth(in12.getUTCMonth() + 12);
    expect(revisits).toEqual([
      expect.objectContaining({ months: 6, state: 'SCHEDULED', dueAt: in6.toISOString(), score: null }),
      expect.objectContaining({ months: 12, state: 'SCHEDULED', dueAt: in12.toISOString(), score: null }),
    ]);
    const early = await post(
      `/projects/${projectId}/long-term/revisits/6`,
      { score: 90, summary: '提前', findings: [] },
      supervisor,
    ).expect(409);
    expect(early.body.code).toBe('REVISIT.NOT_DUE');

    await post(
      `/projects/${projectId}/bodies`,
      {
        kind: 'OWNERS_COMMITTEE',
        name: '业主委员会',
        establishedOn: chinaToday(),
        members: [
          { name: '张建国', position: '主任', resident: true },
          { name: '李秀英', position: '副主任', resident: true },
          { name: '王卫东', position: '委员', resident: true },
        ],
      },
      committee,
    ).expect(201);
    // The owners choose the property company (ordinary tier) and decide to raise the fund (major tier).
    await concludedRound(api, projectId, 'PROPERTY_COMPANY', committee);
    await concludedRound(api, projectId, 'MAINTENANCE_FUND_RAISING', committee);
    await put(`/projects/${projectId}/long-term/property`, {
      mode: 'PROFESSIONAL',
      provider: '长沙某物业服务有限公司',
      contractStart: chinaToday(),
      contractEnd: '2029-12-31',
    }).expect(200);
    const fund = await put(`/projects/${projectId}/long-term/fund-plan`, {
      buildings: [{ building: '2', buildingType: 'ELEVATOR' }],
    }).expect(200);
    // 800 m² x 35 yuan + 900 m² x 60 yuan.
    expect(fund.body).toMatchObject({ planned: true, expectedFen: '8200000', collectedFen: '0' });
    expect(fund.body.lines).toEqual([
      expect.objectContaining({ building: '1', buildingType: 'NO_ELEVATOR', area: '800.00', expectedFen: '2800000' }),
      expect.objectContaining({ building: '2', buildingType: 'ELEVATOR', area: '900.00', expectedFen: '5400000' }),
    ]);
    const collected = await post(
      `/projects/${projectId}/long-term/fund-collections`,
      { amount: 28000, collectedOn: chinaToday(), building: '1', note: '1栋首期归集' },
      committee,
    ).expect(201);
    expect(collected.body).toMatchObject({ collectedFen: '2800000', outstandingFen: '5400000' });

    const overview = (await get(`/projects/${projectId}/long-term`, supervisor).expect(200)).body;
    expect(overview.property).toMatchObject({ mode: 'PROFESSIONAL', contractEnd: '2029-12-31' });
    expect(overview.ownersCommittee).toMatchObject({ name: '业主委员会', members: 3 });
    await refused('CLOSE', ['LONGTERM.REVISIT_PENDING']);
  });

  it('six months on the worker says the revisit is due; the supervisor records it, and CLOSE still waits for the 12-month one', async () => {
    const { revisits } = (await get(`/projects/${projectId}/long-term`).expect(200)).body;
    api.clock.set(new Date(new Date(revisits[0].dueAt).getTime() + HOUR));
    const fired = await worker();
    expect(fired).toContain('REVISIT_DUE:ACTED');
    expect((await get(`/projects/${projectId}/long-term`).expect(200)).body.revisits[0]).toMatchObject({ months: 6, state: 'DUE' });
    expect(await inbox(pm)).toContainEqual(expect.objectContaining({ kind: 'REVISIT_DUE', level: 'PM', projectId }));

    const recorded = await post(
      `/projects/${projectId}/long-term/revisits/6`,
      { score: 86, summary: '设施运行正常，个别问题待处理', findings: [{ description: '2栋屋面局部渗漏', severity: 'MEDIUM' }] },
      supervisor,
    ).expect(201);
    expect(recorded.body).toMatchObject({ months: 6, state: 'DONE', score: 86 });
    await post(`/projects/${projectId}/long-term/revisits/6`, { score: 90, summary: '再次', findings: [] }, supervisor).expect(409);
    await post(`/projects/${projectId}/long-term/revisits/12`, { score: 90, summary: '提前', findings: [] }).expect(409);

    await refused('CLOSE', ['LONGTERM.REVISIT_PENDING']);
    // A committee cannot close the project either.
    expect((await fire('CLOSE', {}, committee).expect(403)).body.code).toBe('MACHINE.ROLE_NOT_ALLOWED');
  });

  it('LONG_TERM → CLOSED: after the 12-month revisit the PM closes the project', async () => {
    const { revisits } = (await get(`/projects/${projectId}/long-term`).expect(200)).body;
    api.clock.set(new Date(new Date(revisits[1].dueAt).getTime() + HOUR));
    expect(await worker()).toContain('REVISIT_DUE:ACTED');
    await post(`/projects/${projectId}/long-term/revisits/12`, { score: 93, summary: '物业服务到位，渗漏已修复', findings: [] }).expect(
      201,
    );
    await move('CLOSE', 'CLOSED');
    expect((await get(`/projects/${projectId}`, committee).expect(200)).body.state).toBe('CLOSED');
  });

  it('no progress report is chased once construction is complete', async () => {
    // The project left CONSTRUCTION for good at the second COMPLETE_CONSTRUCTION: a report can no
    // longer be submitted (409), so none may fall overdue and be escalated to the PM or supervisors.
    const chased = (n: { kind: string }) => n.kind === 'REPORT_OVERDUE';
    expect((await inbox(pm)).filter(chased)).toEqual([]);
    expect((await inbox(supervisor)).filter(chased)).toEqual([]);
    expect((await reports()).filter((r) => r.state === 'OVERDUE')).toEqual([]);
    expect((await inbox(pm)).map((n) => n.kind)).toEqual(['REVISIT_DUE', 'REVISIT_DUE']);
  });

  it('the history holds every transition in order, with the failed acceptance and its reason', async () => {
    const items: HistoryEntry[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = (await get(`/projects/${projectId}/history?limit=500&offset=${offset}`, supervisor).expect(200)).body;
      items.push(...page.items);
      if (items.length >= page.total) break;
    }
    const transitions = items.filter((e) => e.subjectType === 'project' && e.fromState);
    expect(transitions.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['COMPLETE_SURVEY', 'SURVEY', 'ORGANIZING'],
      ['START_CONSULTATION', 'ORGANIZING', 'CONSULTATION'],
      ['APPLY', 'CONSULTATION', 'APPLIED'],
      ['ADMIT_TO_PLAN', 'APPLIED', 'PLANNED'],
      ['START_DESIGN', 'PLANNED', 'DESIGN'],
      ['SUBMIT_FOR_REVIEW', 'DESIGN', 'JOINT_REVIEW'],
      ['PASS_REVIEW', 'JOINT_REVIEW', 'PERMITTING'],
      ['START_CONSTRUCTION', 'PERMITTING', 'CONSTRUCTION'],
      ['COMPLETE_CONSTRUCTION', 'CONSTRUCTION', 'ACCEPTANCE'],
      ['FAIL_ACCEPTANCE', 'ACCEPTANCE', 'CONSTRUCTION'],
      ['COMPLETE_CONSTRUCTION', 'CONSTRUCTION', 'ACCEPTANCE'],
      ['PASS_ACCEPTANCE', 'ACCEPTANCE', 'ARCHIVING'],
      ['COMPLETE_ARCHIVE', 'ARCHIVING', 'LONG_TERM'],
      ['CLOSE', 'LONG_TERM', 'CLOSED'],
    ]);
    expect(transitions.every((e) => e.actorId === pm.id)).toBe(true);
    expect(transitions.find((e) => e.action === 'FAIL_ACCEPTANCE')!.reason).toBe('2栋单元门禁补装到位后重新验收');
    const count = (action: string) => items.filter((e) => e.action === action).length;
    expect(count('acceptance.signed')).toBe(14);
    expect(count('archive.uploaded')).toBe(5);
    expect(count('archive.referenced')).toBe(1);
    expect(count('long-term.revisit-recorded')).toBe(2);

    // Read back, not written: the database agrees with the API.
    const [row] = await api.db.query('SELECT state FROM projects WHERE id = $1', [projectId]);
    expect(row.state).toBe('CLOSED');
  });

  it('the archive downloads as a ZIP whose index lists each upload with its sha256, and whose files are intact', async () => {
    await api.http.get(`/projects/${projectId}/archive/bundle.zip`).set(stranger.auth).expect(404);
    const res = await api.http.get(`/projects/${projectId}/archive/bundle.zip`).set(supervisor.auth).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.body as Buffer);

    const csv = parseCsv((await zip.file('index.csv')!.async('string')).replace(/^\uFEFF/, ''));
    expect(csv[0]).toEqual(['序号', '类别', '类别名称', '来源', '标题', '文件', 'sha256', '字节', '引用', '归档时间']);
    const rows = csv
      .slice(1)
      .map((r) => ({ kind: r[1]!, source: r[3]!, title: r[4]!, path: r[5]!, sha256: r[6]!, bytes: r[7]!, reference: r[8]! }));
    const uploads = rows.filter((r) => r.source === '上传文件');
    expect(uploads.map((r) => [r.kind, r.title, r.sha256, r.bytes]).sort()).toEqual(
      [
        ['ACCEPTANCE_FORM', '联合验收表签字页', sha256(FORM_PHOTO), String(FORM_PHOTO.length)],
        ['CONTRACTS', '施工合同（扫描件）', sha256(CONTRACT_PDF), String(CONTRACT_PDF.length)],
        ['PHOTOS', '改造前外立面', sha256(PHOTO_BEFORE), String(PHOTO_BEFORE.length)],
        ['PHOTOS', '改造后外立面', sha256(PHOTO_AFTER), String(PHOTO_AFTER.length)],
        ['SURVEY_LEDGER', '摸底调查台账', sha256(surveyLedger), String(surveyLedger.length)],
      ].sort(),
    );
    expect(rows.find((r) => r.source === '外部档案引用')).toMatchObject({ kind: 'CONTRACTS', reference: '区城建档案馆 2026-JL-0042' });

    // Every upload is in the ZIP byte for byte, where the index says.
    const expected = new Map([FORM_PHOTO, CONTRACT_PDF, PHOTO_BEFORE, PHOTO_AFTER, surveyLedger].map((b) => [sha256(b), b]));
    for (const r of uploads) {
      const bytes = await zip.file(r.path)!.async('nodebuffer');
      expect(sha256(bytes)).toBe(r.sha256);
      expect(bytes.equals(expected.get(r.sha256)!)).toBe(true);
    }
    const ledger = new ExcelJS.Workbook();
    await ledger.xlsx.load((await zip.file(uploads.find((r) => r.kind === 'SURVEY_LEDGER')!.path)!.async('nodebuffer')) as never);
    expect(ledger.getWorksheet('摸底调查台账')!.getCell('C3').value).toBe(900);

    const index = JSON.parse(await zip.file('index.json')!.async('string'));
    expect(index.project).toMatchObject({ id: projectId, state: 'CLOSED' });
    const form = JSON.parse(await zip.file('records/ACCEPTANCE_FORM.json')!.async('string'));
    expect(form).toHaveLength(1);
    expect(form[0].signatures.map((s: { party: string; opinion: string }) => [s.party, s.opinion])).toEqual(
      [...PARTIES].sort().map((p) => [p, 'PASS']),
    );
    expect(zip.file('records/acceptance-form.xlsx')).not.toBeNull();
  });

  it('the long-term record shows both revisits done with their scores', async () => {
    const overview = (await get(`/projects/${projectId}/long-term`, committee).expect(200)).body;
    expect(overview.revisits.map((r: { months: number; state: string; score: number }) => [r.months, r.state, r.score])).toEqual([
      [6, 'DONE', 86],
      [12, 'DONE', 93],
    ]);
    expect(overview.revisits[0].findings).toEqual([{ description: '2栋屋面局部渗漏', severity: 'MEDIUM' }]);
    expect(overview.fund).toMatchObject({ expectedFen: '8200000', collectedFen: '2800000', outstandingFen: '5400000' });
  });
});
