import type { CompoundEntity } from '@app/db';
import {
  addMonths,
  CHANGE_PARTIES,
  chinaDate,
  EXEMPTION_BASES,
  type GovernmentDecision,
  lifecycleMachine,
  type Actor,
  type PlanSection,
  type ProjectEvent,
  type ProjectState,
  type RoundSubject,
  type VoteChannel,
  type VoteChoice,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RoundService } from '../consent/round.service.js';
import { CompoundService } from '../places/compound.service.js';
import { RosterService } from '../places/roster.service.js';
import { Clock } from '../platform/clock.js';
import { DeadlineRunner } from '../platform/deadline-runner.js';
import { AcceptanceService } from '../projects/acceptance.service.js';
import { ArchiveService } from '../projects/archive.service.js';
import { ChangeOrderService, type ChangeEventInput, type ChangeOrderInput } from '../projects/change-order.service.js';
import { LongTermService, type RevisitInput } from '../projects/long-term.service.js';
import { PermitService } from '../projects/permit.service.js';
import { PlanService, type PlanItemInput } from '../projects/plan.service.js';
import { PlanningService, type FundingPlanInput } from '../projects/planning.service.js';
import { ProjectService } from '../projects/project.service.js';
import { ReviewService } from '../projects/review.service.js';
import { SiteConfirmationService } from '../projects/site-confirmation.service.js';
import { SupervisionService } from '../projects/supervision.service.js';
import { TransitionService } from '../projects/transition.service.js';

const DAY = 24 * 3600 * 1000;

/** A photo of a signed paper page, as a PM scans it: one grey pixel stands in for it in the demo. */
const PAPER_PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgYAAAAAMAASsJTYQAAAAASUVORK5CYII=', 'base64');
const PAPER_PHOTO_SHA256 = createHash('sha256').update(PAPER_PHOTO).digest('hex');

/** Who acts in the demo: the PM moves the stages, the committee speaks for the residents, the supervisor audits. */
export interface DemoCast {
  pm: Actor;
  committee: Actor;
  supervisor: Actor;
}

/** What one project's story has left behind so far, for the beats that follow. */
interface Walk {
  cast: DemoCast;
  /** Where the story stops: a few beats belong to one story only. */
  target: ProjectState;
  projectId: string;
  /** The lead compound, and its households in roster order: a household's place decides how it answers each round. */
  compound: CompoundEntity;
  households: string[];
  /** Every covered compound, the lead first: a project area's residents each survey and organize for themselves. */
  covered: { compound: CompoundEntity; households: string[] }[];
  rounds: Partial<Record<'willingness' | 'plan1' | 'plan2' | 'satisfaction' | 'property' | 'fund', string>>;
  objectionId?: string;
  findingId?: string;
  changeOrderId?: string;
  /** The archived photo of the acceptance form's signed paper page, which the PM enters the parties' signatures from. */
  formPhotoId?: string;
}

/** Something that happened on a day counted from the project's creation: a lifecycle event, or work done meanwhile. */
type Beat = { day: number; event: ProjectEvent } | { day: number; run: (w: Walk) => Promise<unknown> };

/**
 * Where each demo project stands now: the state its story walks to and how many days it has spent
 * there, long enough to show the work under way. A side exit leaves a state of the main path and
 * happened `since` days ago.
 */
const STANDING: Record<
  ProjectState,
  { walk: ProjectState; days: number; exit?: { event: 'SUSPEND' | 'CANCEL'; reason: string; since: number } }
> = {
  SURVEY: { walk: 'SURVEY', days: 7 },
  ORGANIZING: { walk: 'ORGANIZING', days: 8 },
  CONSULTATION: { walk: 'CONSULTATION', days: 6 },
  APPLIED: { walk: 'APPLIED', days: 7 },
  PLANNED: { walk: 'PLANNED', days: 5 },
  DESIGN: { walk: 'DESIGN', days: 25 },
  JOINT_REVIEW: { walk: 'JOINT_REVIEW', days: 6 },
  PERMITTING: { walk: 'PERMITTING', days: 5 },
  CONSTRUCTION: { walk: 'CONSTRUCTION', days: 50 },
  ACCEPTANCE: { walk: 'ACCEPTANCE', days: 10 },
  ARCHIVING: { walk: 'ARCHIVING', days: 6 },
  // Between the 6-month revisit, done, and the 12-month one, still to come.
  LONG_TERM: { walk: 'LONG_TERM', days: 230 },
  CLOSED: { walk: 'CLOSED', days: 20 },
  ON_HOLD: {
    walk: 'CONSTRUCTION',
    days: 40,
    exit: { event: 'SUSPEND', reason: '开挖发现燃气管线走向与图纸不符，暂停施工，待燃气单位完成迁改', since: 25 },
  },
  CANCELLED: {
    walk: 'CONSULTATION',
    days: 18,
    exit: { event: 'CANCEL', reason: '小区整体纳入片区城市更新项目统一实施，本项目终止', since: 60 },
  },
};

/**
 * How household i answers a round: one in `every` disagrees and, unless everyone is reached, one
 * in twenty gives no answer. Every demo roster (24 to 40 households) clears the thresholds this way.
 */
function answer(i: number, every: number, everyoneReached = false): VoteChoice | null {
  if (!everyoneReached && i % 20 === 9) return null;
  return i % every === Math.floor(every / 3) ? 'DISAGREE' : 'AGREE';
}

const CHANNELS: VoteChannel[] = ['DOOR_TO_DOOR', 'PAPER_FORM', 'MEETING'];

const COUNCIL = [
  { name: '张建国', position: '理事长', resident: true },
  { name: '李秀英', position: '副理事长', resident: true },
  { name: '王卫东', position: '理事', resident: true },
  { name: '陈桂芳', position: '理事', resident: true },
];

const OWNERS_COMMITTEE = [
  { name: '张建国', position: '主任', resident: true },
  { name: '李秀英', position: '副主任', resident: true },
  { name: '赵志强', position: '委员', resident: true },
  { name: '周慧敏', position: '委员', resident: true },
  { name: '王卫东', position: '委员', resident: true },
];

const ADMISSION = [
  ['DEMOLISH_ILLEGAL_STRUCTURES', '居民议事会决议：自行拆除违法搭建'],
  ['ACCEPT_PROPERTY_MANAGEMENT', '居民议事会决议：改造后引入专业物业'],
  ['REPLENISH_MAINTENANCE_FUND', '居民议事会决议：按标准续筹维修资金'],
] as const;

/** 800,000.00 yuan, committed in full. */
const FUNDING: FundingPlanInput = {
  budgetFen: 80_000_000n,
  sources: [
    { source: 'CENTRAL_BUDGET', amountFen: 40_000_000n, receivedFen: 20_000_000n, note: '中央补助资金' },
    { source: 'LOCAL_BUDGET', amountFen: 25_000_000n, receivedFen: 10_000_000n, note: '市区两级配套' },
    { source: 'PIPELINE_UNITS', amountFen: 8_000_000n, note: '水电气讯管线单位出资' },
    { source: 'RESIDENTS', amountFen: 7_000_000n, note: '居民自筹' },
  ],
};

const item = (
  key: string,
  name: string,
  kind: PlanItemInput['kind'],
  quantity: string,
  unit: string,
  yuan: number,
  more: Partial<PlanItemInput> = {},
): PlanItemInput => ({
  key,
  name,
  kind,
  category: 'BASIC',
  quantity,
  unit,
  unitPriceFen: BigInt(yuan) * 100n,
  paidBy: 'GOVERNMENT',
  required: true,
  ...more,
});

/** The first version: the five mandatory items, improvements, and two options residents choose from. 729,900.00 yuan. */
const V1_ITEMS: PlanItemInput[] = [
  item('demolition', '拆除违法建设', 'ILLEGAL_STRUCTURE_DEMOLITION', '180', 'm²', 150),
  item('rain-sewage', '雨污分流改造', 'RAIN_SEWAGE_SEPARATION', '650', 'm', 320),
  item('fire', '消防设施更新', 'FIRE_SAFETY', '24', '套', 2600),
  item('weak-current', '弱电线路规整', 'WEAK_CURRENT_TIDYING', '900', 'm', 45),
  item('sanitation', '垃圾分类收集点', 'SANITATION_FACILITIES', '4', '处', 12000),
  item('roads', '道路及停车位改造', null, '2400', 'm²', 90, { category: 'IMPROVEMENT' }),
  item('age-friendly', '适老化扶手及无障碍坡道', null, '12', '处', 3500, { category: 'IMPROVEMENT' }),
  item('ev-charging', '电动自行车充电桩', null, '40', '个', 800, { category: 'IMPROVEMENT', required: false }),
  item('door-access', '单元智能门禁', null, '12', '套', 4500, { category: 'UPGRADE', paidBy: 'RESIDENTS', required: false }),
];

/** What an objection to the first version asked for. */
const BIKE_SHED = item('bike-shed', '非机动车棚', null, '2', '座', 20000, { category: 'IMPROVEMENT', paidBy: 'RESIDENTS' });

const sections = (c: CompoundEntity): Record<PlanSection, string> => ({
  basicFacts: `${c.name}建于${c.buildYear}年，${c.buildings}栋${c.households}户，建筑面积${c.floorArea}平方米，均无电梯`,
  residentOpinions: '入户走访全部住户，居民集中反映雨污合流、消防设施老化、飞线充电和停车难',
  mainProblems: '雨污合流管网破损，消防设施缺失，弱电线路杂乱，道路破损积水',
  contentAndMethod: '基础类五项必改；完善类道路停车和适老化设施；充电桩、门禁由居民点菜',
  riskAssessment: '施工扰民与地下管线风险可控，分单元分段施工',
  investmentEstimate: '估算总投资约73万元',
  fundingAndBalance: '中央和地方补助为主，管线单位出资；居民出资7万元，承担完善类、提升类约25%及自选项目，无社会资本出资',
  smartCompound: '单元门禁与视频监控预留接口',
  longTermManagement: '引入专业物业，成立业主委员会，归集住宅专项维修资金',
});

/**
 * Each department's opinion, signed on paper by its officer and entered by the PM; fire safety
 * approves with conditions the PM then acknowledges.
 */
type Opinion = { signer: string; comments: string; conditions?: string[] };
const OPINIONS: Record<string, Opinion> = {
  HOUSING: { signer: '陈立群', comments: '方案符合老旧小区改造政策要求，同意' },
  NATURAL_RESOURCES_PLANNING: { signer: '刘思远', comments: '不增加建筑面积，不改变规划条件，同意' },
  URBAN_MANAGEMENT: { signer: '赵文博', comments: '违建拆除与环卫设施布点合理，同意' },
  FIRE_EMERGENCY: { signer: '钱卫东', comments: '原则同意', conditions: ['施工期间保持消防通道畅通', '竣工前完成消防设施联合调试'] },
  PUBLIC_SECURITY: { signer: '马振华', comments: '技防设施预留方案可行，同意' },
  FINANCE: { signer: '林秀芳', comments: '资金来源明确，一本账平衡，同意' },
  WATER: { signer: '何建平', comments: '雨污分流与供水管网衔接可行，同意' },
  POWER: { signer: '高俊', comments: '同意，线路迁改提前报装' },
  GAS: { signer: '罗永康', comments: '施工前完成燃气管线交底，同意' },
  TELECOM: { signer: '梁晨', comments: '弱电线路规整方案可行，同意' },
};

const SIGNERS: Record<string, [signer: string, comments: string]> = {
  CONSTRUCTION_UNIT: ['周明远', '工程内容按方案完成，同意验收'],
  DESIGN: ['孙晓峰', '按设计施工，同意验收'],
  CONTRACTOR: ['黄志刚', '施工完成，竣工资料齐全'],
  SUPERVISION: ['吴立新', '监理资料齐全，质量合格'],
  DEPARTMENTS: ['郑海燕', '各专业验收合格'],
  STREET_COMMUNITY: ['冯丽华', '居民反映良好，同意验收'],
  OWNER_REPRESENTATIVES: ['张建国', '业主代表同意验收'],
};

/** The stories that meet a change of content, the change, and the government's decision when it has come. */
const CHANGES: [ProjectState, ChangeOrderInput, Omit<GovernmentDecision, 'decidedOn'> | null][] = [
  [
    'CONSTRUCTION',
    {
      title: '雨污管线加长',
      reason: '开挖后发现原雨水管走向与图纸不符，需绕行北侧楼栋',
      lines: [{ key: 'rain-sewage', quantity: '720.00' }],
    },
    { authority: '雨花区人民政府（演示）', documentNumber: '雨政函〔演示〕12号' },
  ],
  [
    'ON_HOLD',
    {
      title: '燃气管线迁改配合',
      reason: '开挖发现燃气管线走向与图纸不符，须配合燃气单位迁改',
      lines: [
        {
          key: 'gas-relocation',
          quantity: '1.00',
          name: '燃气管线迁改配合',
          category: 'BASIC',
          unit: '项',
          unitPriceFen: 3_800_000n,
          paidBy: 'OTHER',
        },
      ],
    },
    null,
  ],
];

/** Progress per report, item by item a little apart; the last report finishes everything. */
const PROGRESS = [
  { percent: 25, narrative: '违建拆除完成，雨污管网开挖' },
  { percent: 55, narrative: '雨污分流主管铺设过半，消防设施进场' },
  { percent: 80, narrative: '道路铺装与弱电规整推进，充电桩安装' },
  { percent: 100, narrative: '全部完工，场地清理完毕' },
];

/**
 * The demo's history of a project, told through the real services with the clock replayed: each
 * beat runs on its day, deadlines fire the way the worker fires them, and the project stops where
 * its demo place in the lifecycle is.
 */
@Injectable()
export class DemoStory {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly compounds: CompoundService,
    private readonly roster: RosterService,
    private readonly projects: ProjectService,
    private readonly transitions: TransitionService,
    private readonly rounds: RoundService,
    private readonly deadlines: DeadlineRunner,
    private readonly planning: PlanningService,
    private readonly plans: PlanService,
    private readonly reviews: ReviewService,
    private readonly permits: PermitService,
    private readonly supervision: SupervisionService,
    private readonly acceptance: AcceptanceService,
    private readonly archive: ArchiveService,
    private readonly longTerm: LongTermService,
    private readonly changeOrders: ChangeOrderService,
    private readonly siteConfirmations: SiteConfirmationService,
  ) {}

  /**
   * Starts a project on the compound at the day that brings it to `target` now, and walks it there;
   * neighbours join it as one project area (片区) while it is surveyed.
   */
  async tell(cast: DemoCast, compoundId: string, name: string, target: ProjectState, neighbours: string[] = []): Promise<string> {
    const { walk, days, exit } = STANDING[target];
    const stopAt = this.entryDay(walk) + days;
    const start = this.clock.now().getTime() - ((exit?.since ?? 0) + stopAt) * DAY;
    const on = (day: number) => new Date(start + day * DAY);

    const project = await this.clock.replay(on(0), () =>
      this.projects.create(cast.pm, compoundId, { name, ruleProfile: 'changsha-two-80' }),
    );
    for (const neighbour of neighbours) await this.clock.replay(on(1), () => this.projects.addCompound(cast.pm, project.id, neighbour));
    const covered: Walk['covered'] = [];
    for (const id of [compoundId, ...neighbours]) {
      const households = await this.roster.list(cast.committee, id, { limit: 1000, offset: 0 });
      covered.push({ compound: await this.compounds.get(cast.pm, id), households: households.items.map((h) => h.id) });
    }
    const w: Walk = { cast, target, projectId: project.id, ...covered[0]!, covered, rounds: {} };
    let state: ProjectState = project.state;
    for (const beat of this.beats) {
      // In its state the project shows the work done there so far, and never the event that would take it on.
      if (state === walk && ('event' in beat || beat.day >= stopAt)) break;
      await this.clock.replay(on(beat.day), async () => {
        if ('event' in beat) state = (await this.transitions.fire(cast.pm, project.id, { event: beat.event })).project.state;
        else await beat.run(w);
      });
    }
    if (exit) {
      await this.clock.replay(on(stopAt), () => this.transitions.fire(cast.pm, project.id, { event: exit.event, reason: exit.reason }));
    }
    return project.id;
  }

  /** The day on which the story enters a state of the main path. */
  private entryDay(state: ProjectState): number {
    let current: ProjectState = lifecycleMachine.initial;
    let day = 0;
    for (const beat of this.beats) {
      if (current === state) break;
      if ('event' in beat) {
        current = lifecycleMachine.transitions[current]![beat.event]!.to as ProjectState;
        day = beat.day;
      }
    }
    return day;
  }

  private readonly beats: Beat[] = [
    // SURVEY: the three-fold survey of every covered compound.
    {
      day: 3,
      run: async ({ cast, projectId, covered }) => {
        for (const { compound: c } of covered) {
          await this.projects.recordSurvey(cast.pm, projectId, {
            compoundId: c.id,
            baseData: { buildings: c.buildings!, households: c.households!, floorArea: Number(c.floorArea), buildYear: c.buildYear },
            assets: {
              items: [
                { kind: 'VACANT_ROOM', description: '原锅炉房闲置用房', quantity: 60, unit: 'm²' },
                { kind: 'PUBLIC_SPACE', description: '楼间空地，可改造为休闲广场', quantity: 400, unit: 'm²' },
                { kind: 'PARKING', description: '沿路零散停车位', quantity: 18, unit: '个' },
              ],
            },
          });
        }
      },
    },
    {
      day: 10,
      run: async ({ cast, projectId, covered }) => {
        for (const { compound, households } of covered) {
          await this.projects.recordSurvey(cast.pm, projectId, {
            compoundId: compound.id,
            willingness: {
              surveyedHouseholds: households.length - 1,
              willingHouseholds: Math.floor((households.length - 1) * 0.9),
              method: 'DOOR_TO_DOOR',
            },
          });
        }
      },
    },
    { day: 14, event: 'COMPLETE_SURVEY' },
    // ORGANIZING: the residents of every covered compound form their renovation council.
    {
      day: 20,
      run: async ({ cast, projectId, covered }) => {
        for (const { compound } of covered) {
          await this.projects.registerBody(cast.committee, projectId, {
            compoundId: compound.id,
            kind: 'RENOVATION_COUNCIL',
            name: covered.length > 1 ? `${compound.name}改造理事会` : '改造理事会',
            establishedOn: chinaDate(this.clock.now()),
            members: COUNCIL,
          });
        }
      },
    },
    { day: 22, event: 'START_CONSULTATION' },
    // CONSULTATION: the committee confirms the roster against the survey, then asks whether to renovate at all (改不改).
    { day: 24, run: ({ cast, compound }) => this.roster.confirm(cast.committee, compound.id, {}) },
    { day: 25, run: async (w) => (w.rounds.willingness = await this.openRound(w, 'WILLINGNESS', '是否同意实施老旧小区改造')) },
    { day: 27, run: (w) => this.vote(w, w.rounds.willingness!, (i) => answer(i, 15)) },
    { day: 32, run: (w) => this.publish(w, w.rounds.willingness!) },
    { day: 39, run: (w) => this.settle(w.rounds.willingness!) },
    { day: 40, event: 'APPLY' },
    // APPLIED: the annual plan and the conditions residents accept.
    { day: 44, run: ({ cast, projectId }) => this.planning.setPlanYear(cast.pm, projectId, this.clock.now().getUTCFullYear()) },
    {
      day: 46,
      run: async ({ cast, projectId }) => {
        for (const [admission, basis] of ADMISSION) await this.planning.confirmAdmission(cast.committee, projectId, admission, basis);
      },
    },
    { day: 50, event: 'ADMIT_TO_PLAN' },
    // PLANNED: who builds, and with what money.
    { day: 53, run: ({ cast, projectId }) => this.planning.setImplementingEntity(cast.pm, projectId, '区城市更新投资有限公司（演示）') },
    { day: 57, run: ({ cast, projectId }) => this.planning.setFundingPlan(cast.pm, projectId, FUNDING) },
    { day: 60, event: 'START_DESIGN' },
    // DESIGN: two plan rounds; residents choose the options of the first, an objection is taken up in the second.
    {
      day: 70,
      run: ({ cast, projectId, compound }) =>
        this.plans.draft(cast.pm, projectId, {
          sections: sections(compound),
          currentStateSurvey: true,
          fireLanes: true,
          ageFriendly: true,
          elevatorPositionReserved: true,
          // Residents are told their share and what they commit, as the funding plan has it; no social capital.
          contributions: {
            residentSharePercent: '25.00',
            residentsFen: FUNDING.sources.find((f) => f.source === 'RESIDENTS')!.amountFen,
            socialCapitalFen: 0n,
          },
          items: V1_ITEMS,
        }),
    },
    { day: 72, run: async (w) => (w.rounds.plan1 = await this.openRound(w, 'PLAN', '改造方案第一轮征询（改什么）', 1)) },
    {
      day: 75,
      run: (w) =>
        this.vote(
          w,
          w.rounds.plan1!,
          (i) => answer(i, 10),
          (i) => ['ev-charging', 'door-access'].slice(0, i % 10 < 3 ? 2 : i % 10 < 7 ? 1 : 0),
        ),
    },
    { day: 80, run: (w) => this.publish(w, w.rounds.plan1!) },
    {
      day: 82,
      run: async (w) =>
        (w.objectionId = (
          await this.rounds.fileObjection(w.cast.committee, w.rounds.plan1!, {
            householdId: w.households[4],
            text: '楼道飞线充电和乱停车严重，建议在北侧空地增设非机动车棚',
          })
        ).id as string),
    },
    {
      day: 84,
      run: ({ cast, objectionId }) =>
        this.rounds.respondToObjection(cast.pm, objectionId!, { response: 'ADOPTED', text: '采纳，第二版方案增设非机动车棚两座' }),
    },
    { day: 87, run: (w) => this.settle(w.rounds.plan1!) },
    {
      day: 90,
      run: ({ cast, projectId, compound, rounds, objectionId }) =>
        this.plans.draft(cast.pm, projectId, {
          items: [...V1_ITEMS, BIKE_SHED],
          applyChoicesFrom: rounds.plan1,
          adoptedObjections: [objectionId!],
          changeNote: '按居民点菜结果纳入充电桩、不再实施门禁；采纳居民意见增设非机动车棚',
          sections: {
            ...sections(compound),
            contentAndMethod: '基础类五项必改；完善类道路停车、适老化设施、充电桩和非机动车棚',
            investmentEstimate: '估算总投资约72万元',
          },
        }),
    },
    { day: 92, run: async (w) => (w.rounds.plan2 = await this.openRound(w, 'PLAN', '改造方案第二轮征询（怎么改）', 2)) },
    { day: 95, run: (w) => this.vote(w, w.rounds.plan2!, (i) => answer(i, 25)) },
    { day: 100, run: (w) => this.publish(w, w.rounds.plan2!) },
    { day: 107, run: (w) => this.settle(w.rounds.plan2!) },
    { day: 108, event: 'SUBMIT_FOR_REVIEW' },
    // JOINT_REVIEW: the departments give their opinions over a week.
    ...[111, 113, 115].map((day, third) => ({ day, run: (w: Walk) => this.opinions(w, third) })),
    {
      day: 117,
      run: async ({ cast, projectId }) => {
        const review = (await this.reviews.current(cast.pm, projectId))!;
        for (const o of review.opinions) {
          for (const [index, c] of o.conditions.entries()) {
            if (!c.acknowledgedBy) await this.reviews.acknowledge(cast.pm, projectId, o.reviewer, index);
          }
        }
      },
    },
    { day: 120, event: 'PASS_REVIEW' },
    // PERMITTING: no permit is needed; the team is named.
    {
      day: 124,
      run: ({ cast, projectId }) =>
        this.permits.recordExemption(
          cast.pm,
          projectId,
          [...EXEMPTION_BASES],
          '既有设施改造，不增加建筑面积、不改变使用功能和结构、不改变规划条件',
        ),
    },
    {
      day: 127,
      run: ({ cast, projectId }) =>
        this.permits.setTeam(cast.pm, projectId, {
          contractor: '湘江建设工程有限公司（演示）',
          supervisionCompany: '岳麓工程监理有限公司（演示）',
          epc: false,
          volunteerSupervisors: [{ name: '刘建华' }, { name: '陈桂芳' }],
        }),
    },
    { day: 130, event: 'START_CONSTRUCTION' },
    // CONSTRUCTION: a report every fifteen days, submitted the day before it falls due; the second goes back once.
    { day: 144, run: (w) => this.submitReport(w, 0) },
    { day: 146, run: (w) => this.acceptReport(w) },
    { day: 159, run: (w) => this.submitReport(w, 1) },
    {
      day: 161,
      run: async ({ cast, projectId }) => {
        const report = await this.report(cast, projectId, 'SUBMITTED');
        await this.supervision.returnWithFindings(cast.supervisor, report.id, [
          {
            severity: 'MEDIUM',
            description: '雨污管网沟槽开挖未设置连续安全围挡',
            deadline: new Date(this.clock.now().getTime() + 7 * DAY),
            responsible: '施工单位项目经理',
          },
        ]);
      },
    },
    {
      day: 164,
      run: async (w) => {
        const [finding] = await this.supervision.ledger(w.cast.supervisor, { projectId: w.projectId });
        w.findingId = finding!.id;
        await this.supervision.fireFinding(w.cast.pm, finding!.id, { event: 'RECTIFY', evidence: '围挡补设照片及巡查记录' });
      },
    },
    { day: 165, run: ({ cast, findingId }) => this.supervision.fireFinding(cast.supervisor, findingId!, { event: 'CLOSE' }) },
    { day: 166, run: (w) => this.submitReport(w, 1, 'RETURNED') },
    { day: 167, run: (w) => this.acceptReport(w) },
    // Two stories meet a change of content (Huitong): argued, reviewed by finance and decided by the
    // government. The project under construction lays longer sewers, approved; the suspended one waits
    // on the gas company and on the county's decision on relocating its pipes.
    ...CHANGES.flatMap(([target, change, approval]) => this.change(target, change, approval)),
    { day: 169, run: (w) => this.settle(w.findingId!) },
    { day: 174, run: (w) => this.submitReport(w, 2) },
    { day: 176, run: (w) => this.acceptReport(w) },
    { day: 189, run: (w) => this.submitReport(w, 3) },
    { day: 191, run: (w) => this.acceptReport(w) },
    // Nothing changed the content: the project HQ and resident representatives confirm on site what was built.
    {
      day: 192,
      run: async ({ cast, projectId }) => {
        const [plan] = (await this.plans.list(cast.pm, projectId)).slice(-1);
        await this.siteConfirmations.record(cast.pm, projectId, {
          documentNumber: `QZ-${projectId.slice(0, 6).toUpperCase()}`,
          confirmedOn: chinaDate(this.clock.now()),
          residentRepresentatives: [{ name: COUNCIL[0]!.name }, { name: COUNCIL[1]!.name }],
          items: plan!.items.map((i) => ({ key: i.key, quantity: i.quantity })),
        });
      },
    },
    { day: 193, event: 'COMPLETE_CONSTRUCTION' },
    // ACCEPTANCE: every party signs, the owners through their committee; residents rate their satisfaction.
    ...[195, 196, 197].map((day, batch) => ({ day, run: (w: Walk) => this.sign(w, batch) })),
    { day: 198, run: async (w) => (w.rounds.satisfaction = await this.openRound(w, 'SATISFACTION', '竣工验收居民满意度测评')) },
    { day: 200, run: (w) => this.vote(w, w.rounds.satisfaction!, (i) => answer(i, 40, true)) },
    { day: 203, run: (w) => this.publish(w, w.rounds.satisfaction!) },
    { day: 210, run: (w) => this.settle(w.rounds.satisfaction!) },
    { day: 211, event: 'PASS_ACCEPTANCE' },
    // ARCHIVING: the system's records are filed already; the paper ones are filed by reference.
    {
      day: 214,
      run: ({ cast, projectId }) =>
        this.archive.reference(cast.pm, projectId, {
          kind: 'SURVEY_LEDGER',
          title: '摸底调查台账',
          reference: '区住建局档案室 摸底调查台账卷',
        }),
    },
    {
      day: 216,
      run: async ({ cast, projectId }) => {
        await this.archive.reference(cast.pm, projectId, { kind: 'CONTRACTS', title: '施工合同', reference: '区城建档案馆 施工合同卷' });
        await this.archive.reference(cast.pm, projectId, { kind: 'CONTRACTS', title: '监理合同', reference: '区城建档案馆 监理合同卷' });
      },
    },
    {
      day: 218,
      run: ({ cast, projectId }) =>
        this.archive.reference(cast.pm, projectId, { kind: 'PHOTOS', title: '改造前后影像资料', reference: '区城建档案馆 影像资料光盘' }),
    },
    { day: 220, event: 'COMPLETE_ARCHIVE' },
    // LONG_TERM: the owners vote on the property company and on raising the fund, then the arrangements are
    // recorded; the revisits follow 6 and 12 months after acceptance.
    {
      day: 221,
      run: async (w) => {
        w.rounds.property = await this.openRound(w, 'PROPERTY_COMPANY', '选聘湘居物业服务有限公司为小区物业服务企业');
        w.rounds.fund = await this.openRound(w, 'MAINTENANCE_FUND_RAISING', '按35元/平方米续筹住宅专项维修资金');
      },
    },
    {
      day: 222,
      run: async (w) => {
        await this.vote(w, w.rounds.property!, (i) => answer(i, 12));
        await this.vote(w, w.rounds.fund!, (i) => answer(i, 15));
      },
    },
    {
      day: 223,
      run: async (w) => {
        await this.publish(w, w.rounds.property!);
        await this.publish(w, w.rounds.fund!);
      },
    },
    {
      day: 225,
      run: ({ cast, projectId }) =>
        this.projects.registerBody(cast.committee, projectId, {
          kind: 'OWNERS_COMMITTEE',
          name: '业主委员会',
          establishedOn: chinaDate(this.clock.now()),
          members: OWNERS_COMMITTEE,
        }),
    },
    {
      day: 230,
      run: async (w) => {
        await this.settle(w.rounds.property!);
        await this.settle(w.rounds.fund!);
      },
    },
    {
      day: 231,
      run: ({ cast, projectId }) =>
        this.longTerm.setProperty(cast.pm, projectId, {
          mode: 'PROFESSIONAL',
          provider: '湘居物业服务有限公司（演示）',
          contractStart: chinaDate(this.clock.now()),
          contractEnd: chinaDate(addMonths(this.clock.now(), 60)),
        }),
    },
    { day: 232, run: ({ cast, projectId }) => this.longTerm.planFund(cast.pm, projectId, {}) },
    {
      day: 240,
      run: async ({ cast, projectId }) => {
        const [line] = (await this.longTerm.overview(cast.pm, projectId)).fund.lines as { building: string; expectedFen: string }[];
        await this.longTerm.collect(cast.committee, projectId, {
          amountFen: line!.expectedFen,
          collectedOn: chinaDate(this.clock.now()),
          building: line!.building,
          note: `${line!.building}栋首期归集`,
        });
      },
    },
    // Acceptance was on day 211: six months later is at most day 395, twelve at most day 577.
    ...this.revisit(396, 6, {
      score: 88,
      summary: '改造设施运行正常，个别问题已交办物业',
      findings: [{ description: '个别单元楼道声控灯损坏', severity: 'LOW' }],
    }),
    ...this.revisit(578, 12, { score: 94, summary: '设施完好，物业服务到位，维修资金按计划归集', findings: [] }),
    { day: 582, event: 'CLOSE' },
  ];

  /** The beats of one story's change order: raised, argued, budget-reviewed, and decided if the government has. */
  private change(target: ProjectState, change: ChangeOrderInput, approval: Omit<GovernmentDecision, 'decidedOn'> | null): Beat[] {
    const only = (run: (w: Walk) => Promise<unknown>) => (w: Walk) => (w.target === target ? run(w) : Promise.resolve());
    const fire = (w: Walk, actor: Actor, input: ChangeEventInput) => this.changeOrders.fire(actor, w.changeOrderId!, input);
    return [
      { day: 148, run: only(async (w) => (w.changeOrderId = (await this.changeOrders.create(w.cast.pm, w.projectId, change)).id)) },
      {
        day: 151,
        run: only((w) =>
          fire(w, w.cast.pm, {
            event: 'ARGUE',
            parties: [...CHANGE_PARTIES],
            opinion: '建设、设计、监理、施工单位和业主代表现场论证，同意变更并编制预算',
            meetingDecision: `项目指挥部会议纪要 ZH-${chinaDate(this.clock.now())}`,
          }),
        ),
      },
      { day: 158, run: only((w) => fire(w, w.cast.pm, { event: 'REVIEW_BUDGET', financeReview: '区财政局预算评审意见（演示）' })) },
      ...(approval
        ? [
            {
              day: 165,
              run: only((w) =>
                fire(w, w.cast.supervisor, { event: 'APPROVE', decision: { ...approval, decidedOn: chinaDate(this.clock.now()) } }),
              ),
            },
          ]
        : []),
    ];
  }

  /**
   * A revisit comes due and the PM is told; the supervisor records it the next day; once the
   * escalation's grace period (two days by default) has passed, there is nothing left to escalate.
   */
  private revisit(day: number, months: number, input: RevisitInput): Beat[] {
    const settle = async ({ projectId }: Walk) => {
      const [{ id }]: { id: string }[] = await this.db.query('SELECT id FROM revisits WHERE project_id = $1 AND months = $2', [
        projectId,
        months,
      ]);
      await this.settle(id);
    };
    return [
      { day, run: settle },
      { day: day + 1, run: ({ cast, projectId }) => this.longTerm.recordRevisit(cast.supervisor, projectId, months, input) },
      { day: day + 3, run: settle },
    ];
  }

  /** A round of the committee's, opened on the roster as it stands. */
  private async openRound(w: Walk, subject: RoundSubject, title: string, planVersion?: number): Promise<string> {
    const round = await this.rounds.create(w.cast.committee, w.projectId, { subject, title, planVersion });
    await this.rounds.fire(w.cast.committee, round.id, { event: 'OPEN' });
    return round.id;
  }

  /**
   * Every household's answer, recorded by the committee. The first goes alone and the rest arrive
   * together: the round's place is known by then, and they are written as one batch.
   */
  private async vote(
    w: Walk,
    roundId: string,
    answerOf: (i: number) => VoteChoice | null,
    choose?: (i: number) => string[],
  ): Promise<void> {
    const prefix = roundId.slice(0, 8).toUpperCase();
    const [first, ...rest] = w.households.flatMap((householdId, i) => {
      const choice = answerOf(i);
      if (!choice) return [];
      return [
        () =>
          this.rounds.recordVote(w.cast.committee, roundId, {
            householdId,
            choice,
            signed: i % 17 !== 3,
            channel: CHANNELS[i % CHANNELS.length]!,
            formNumber: `${prefix}-${String(i + 1).padStart(3, '0')}`,
            chosenItems: choose?.(i) ?? null,
          }),
      ];
    });
    await first!();
    await Promise.all(rest.map((record) => record()));
  }

  /** Closes the count and puts the result on public notice. */
  private async publish(w: Walk, roundId: string): Promise<void> {
    await this.rounds.fire(w.cast.committee, roundId, { event: 'CLOSE' });
    await this.rounds.fire(w.cast.committee, roundId, { event: 'START_PUBLICITY' });
  }

  /** What the worker does: fires the subject's pending deadlines that have come due. */
  private async settle(subjectId: string): Promise<void> {
    const now = this.clock.now();
    const due: { id: string }[] = await this.db.query(
      `SELECT id FROM deadlines WHERE subject_id = $1 AND state = 'PENDING' AND due_at <= $2 ORDER BY due_at, id`,
      [subjectId, now],
    );
    for (const d of due) await this.deadlines.fire(d.id, now);
  }

  /** One third of the district's reviewers give their opinions. */
  private async opinions({ cast, projectId }: Walk, third: number): Promise<void> {
    const review = (await this.reviews.current(cast.pm, projectId))!;
    for (const reviewer of review.reviewers.filter((_, i) => i % 3 === third)) {
      const { signer, comments, conditions }: Opinion = OPINIONS[reviewer] ?? { signer: '王建军', comments: '同意' };
      await this.reviews.recordOpinion(cast.pm, projectId, {
        reviewer,
        opinion: conditions ? 'APPROVE_WITH_CONDITIONS' : 'APPROVE',
        comments,
        conditions,
        signer,
        formNumber: `SC-${reviewer}-${projectId.slice(0, 8)}`,
        photoSha256: PAPER_PHOTO_SHA256,
      });
    }
  }

  private async report(cast: DemoCast, projectId: string, state: string) {
    return (await this.supervision.reports(cast.pm, projectId)).find((r) => r.state === state)!;
  }

  private async submitReport({ cast, projectId }: Walk, stage: number, from: 'DUE' | 'RETURNED' = 'DUE') {
    const report = await this.report(cast, projectId, from);
    const [plan] = (await this.plans.list(cast.pm, projectId)).slice(-1);
    const { percent, narrative } = PROGRESS[stage]!;
    return this.supervision.submit(cast.pm, report.id, {
      items: plan!.items.map((it, i) => ({ key: it.key, percent: Math.min(100, percent + (i % 3) * 5) })),
      narrative: from === 'RETURNED' ? `${narrative}；安全围挡已补设` : narrative,
    });
  }

  private async acceptReport({ cast, projectId }: Walk) {
    return this.supervision.accept(cast.supervisor, (await this.report(cast, projectId, 'SUBMITTED')).id);
  }

  /**
   * The form's parties sign over three days on paper, which the PM enters from a photo of the signed
   * page filed in the archive; the owners' representatives sign last, through the committee.
   */
  private async sign(walk: Walk, batch: number): Promise<void> {
    const { cast, projectId } = walk;
    walk.formPhotoId ??= (
      await this.archive.upload(cast.pm, projectId, {
        kind: 'ACCEPTANCE_FORM',
        title: '联合验收表签字页照片',
        file: { buffer: PAPER_PHOTO, originalname: 'acceptance-signatures.png' },
      })
    ).id;
    const form = (await this.acceptance.form(cast.pm, projectId))!;
    const others = form.parties.filter((p) => p !== 'OWNER_REPRESENTATIVES');
    const half = Math.ceil(others.length / 2);
    const parties = [others.slice(0, half), others.slice(half), form.parties.filter((p) => p === 'OWNER_REPRESENTATIVES')][batch]!;
    for (const party of parties) {
      const [signer, comments] = SIGNERS[party] ?? ['王建军', '同意验收'];
      await this.acceptance.sign(
        party === 'OWNER_REPRESENTATIVES' ? cast.committee : cast.pm,
        projectId,
        party === 'OWNER_REPRESENTATIVES'
          ? { party, signer, opinion: 'PASS', comments }
          : { party, signer, opinion: 'PASS', comments, formNumber: `YS-${projectId.slice(0, 8)}`, photoDocumentId: walk.formPhotoId },
      );
    }
  }
}
