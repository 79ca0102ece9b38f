import { ok, PREVIOUS, refuse, type Guard, type MachineDef, type MachineRole, type TransitionDef } from '../machine/machine.js';
import type { Bilingual } from '../roles.js';
import { chinaDayEnd } from '../calendar.js';
import { ARCHIVE_KIND_LABELS, missingArchiveKinds, type ArchiveKind } from '../aftercare/archive.js';
import { FINAL_REVISIT_MONTHS, type PropertyMode } from '../aftercare/long-term.js';
import { quantityDifferences, type SiteConfirmation } from '../construction/site-confirmation.js';
import {
  elevatorAddressed,
  missingMandatoryItems,
  planBudgetFen,
  residentKindsPaidByOthers,
  residentPaidBudgetFen,
  type PlanContent,
} from '../plan/plan.js';
import { EXEMPTION_BASES, type ReviewOpinion } from '../plan/review.js';
import type { LocalRules } from '../settings/local-settings.js';

export const PROJECT_STATES = [
  'SURVEY',
  'ORGANIZING',
  'CONSULTATION',
  'APPLIED',
  'PLANNED',
  'DESIGN',
  'JOINT_REVIEW',
  'PERMITTING',
  'CONSTRUCTION',
  'ACCEPTANCE',
  'ARCHIVING',
  'LONG_TERM',
  'CLOSED',
  'ON_HOLD',
  'CANCELLED',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

export const PROJECT_EVENTS = [
  'COMPLETE_SURVEY',
  'START_CONSULTATION',
  'APPLY',
  'ADMIT_TO_PLAN',
  'START_DESIGN',
  'SUBMIT_FOR_REVIEW',
  'PASS_REVIEW',
  'REJECT_REVIEW',
  'START_CONSTRUCTION',
  'COMPLETE_CONSTRUCTION',
  'PASS_ACCEPTANCE',
  'FAIL_ACCEPTANCE',
  'COMPLETE_ARCHIVE',
  'CLOSE',
  'SUSPEND',
  'RESUME',
  'CANCEL',
] as const;
export type ProjectEvent = (typeof PROJECT_EVENTS)[number];

export const BODY_KINDS = ['RENOVATION_COUNCIL', 'OWNERS_COMMITTEE', 'OTHER'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Eligible compounds were built before the end of 2000, unless an exception was approved. */
export const LAST_ELIGIBLE_BUILD_YEAR = 2000;

/** Admission conditions residents accept before a compound enters the annual plan (Xiangtan, seed 001). */
export const ADMISSION_ITEMS = ['DEMOLISH_ILLEGAL_STRUCTURES', 'ACCEPT_PROPERTY_MANAGEMENT', 'REPLENISH_MAINTENANCE_FUND'] as const;
export type AdmissionItem = (typeof ADMISSION_ITEMS)[number];

/** Where renovation money comes from (一本账, SPEC 5.3). */
export const FUNDING_SOURCES = [
  'CENTRAL_BUDGET',
  'PROVINCIAL_BUDGET',
  'LOCAL_BUDGET',
  'RESIDENTS',
  'PROPERTY_RIGHT_UNITS',
  'PIPELINE_UNITS',
  'SPECIAL_BONDS',
  'BANK_LOANS',
  'SOCIAL_CAPITAL',
  'PUBLIC_REVENUE',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/**
 * One compound a project covers, with what its residents did: a project area (片区) covers several
 * compounds of one district, each with its own survey, self-governance bodies, consent rounds and
 * admission commitments; a single-compound project covers one.
 */
export interface CompoundContext {
  id: string;
  name: string;
  buildYear: number;
  buildings: number | null;
  households: number | null;
  floorArea: string | null;
  inShantytownPlan: boolean;
  eligibilityException: { reason: string } | null;
  survey: {
    baseDataRecorded: boolean;
    assetsRecorded: boolean;
    willingnessRecorded: boolean;
  } | null;
  bodies: { kind: BodyKind; residentMembers: number; members: number }[];
  /** The compound's willingness rounds (改不改), oldest first. */
  willingnessRounds: { state: string; result: 'PASSED' | 'FAILED' | null }[];
  /** The compound's PLAN rounds, oldest first. */
  planRounds: { state: string; result: 'PASSED' | 'FAILED' | null; planVersion: number | null }[];
  /** Objections filed in the compound's PLAN rounds and not yet answered. */
  unansweredObjections: number;
  /** The admission conditions the compound's residents confirmed. */
  admissionConfirmed: AdmissionItem[];
  /** The compound's latest satisfaction round closed during the open acceptance. */
  satisfaction: 'PASSED' | 'FAILED' | null;
}

/** Everything the lifecycle guards read, loaded fresh inside the transition's transaction. */
export interface LifecycleContext {
  /** The compounds the project covers, the lead compound first; never empty. */
  compounds: CompoundContext[];
  admission: { planYear: number | null; implementingEntity: string | null };
  /** The funding plan (一本账), with what residents and social capital committed to it. */
  funding: { budgetFen: bigint; sources: number; raisedFen: bigint; residentsFen: bigint; socialCapitalFen: bigint } | null;
  /** The latest version of the renovation plan. */
  plan: (PlanContent & { version: number }) | null;
  /** The latest joint review, and the plan version the last rejection was about. */
  review: {
    state: string;
    reviewers: string[];
    opinions: { reviewer: string; opinion: ReviewOpinion; conditions: { acknowledged: boolean }[] }[];
  } | null;
  lastRejectedVersion: number | null;
  permits: { count: number; exemptionBases: string[] };
  team: { contractor: string; supervisionCompany: string; volunteers: number } | null;
  /** Construction as supervisors accepted it: the latest accepted report's items, the plan's item keys, open findings. */
  construction: {
    acceptedItems: { key: string; percent: number }[] | null;
    planItems: string[];
    openFindings: number;
    pendingChangeOrders: number;
    /** Approved change orders: the content changed through the change procedure. */
    approvedChangeOrders: number;
    /** The written on-site confirmation of the quantities built, if recorded. */
    siteConfirmation: SiteConfirmation | null;
    openComplaints: number;
    /** The last acceptance failed and no progress report has been accepted since: the rectification is not reported. */
    rectificationUnreported: boolean;
  };
  /** The open joint acceptance form (the satisfaction rounds are the compounds'). */
  acceptance: {
    parties: string[];
    signatures: { party: string; opinion: 'PASS' | 'FAIL' }[];
  } | null;
  /** The archive's filed kinds, and how many change orders the project had (they are filed only if any). */
  archive: { filed: ArchiveKind[]; changeOrders: number };
  /** Long-term management as recorded: property arrangement, fund plan, revisits done (months after acceptance). */
  longTerm: {
    /** contractEnd: the contract's last day, YYYY-MM-DD. */
    property: { mode: PropertyMode; contractEnd: string | null } | null;
    fundPlanned: boolean;
    revisitsDone: number[];
  };
  /** The local rules in effect for the project's district (renovation council size, volunteer supervisors). */
  rules: Pick<LocalRules, 'councilMembers' | 'volunteerSupervisors'>;
  /** What the caller sent with the event. */
  request: { reason: string | null };
}

/**
 * A guard over every covered compound: refuses naming the compounds for which `fails` holds, so
 * that a project area says which of its compounds blocks it.
 */
function eachCompound(
  c: LifecycleContext,
  fails: (k: CompoundContext) => boolean,
  code: string,
  zh: (names: string) => string,
  en: (names: string) => string,
) {
  const names = c.compounds.filter(fails).map((k) => k.name);
  return names.length === 0 ? ok() : refuse(code, zh(names.join('、')), en(names.join(', ')));
}

const guards = {
  surveyBaseData: (c) =>
    eachCompound(
      c,
      (k) => !(k.survey?.baseDataRecorded && (k.buildings ?? 0) > 0 && (k.households ?? 0) > 0 && /[1-9]/.test(k.floorArea ?? '')),
      'SURVEY.BASE_DATA_INCOMPLETE',
      (n) => `${n}：基础数据未摸清：需登记楼栋数、户数、建筑面积和建成年代`,
      (n) => `${n}: base data incomplete: buildings, households, floor area and build year must be recorded`,
    ),
  surveyAssets: (c) =>
    eachCompound(
      c,
      (k) => !k.survey?.assetsRecorded,
      'SURVEY.ASSETS_MISSING',
      (n) => `${n}：资产资源未摸清：需登记小区闲置用房、公共空间等资源`,
      (n) => `${n}: assets and resources of the compound not surveyed`,
    ),
  surveyWillingness: (c) =>
    eachCompound(
      c,
      (k) => !k.survey?.willingnessRecorded,
      'SURVEY.WILLINGNESS_MISSING',
      (n) => `${n}：改造意愿未摸清：需登记居民改造意愿调查结果`,
      (n) => `${n}: residents\u2019 willingness not surveyed`,
    ),
  builtBefore2001: (c) => {
    const late = c.compounds.filter((k) => k.buildYear > LAST_ELIGIBLE_BUILD_YEAR && !k.eligibilityException);
    return late.length === 0
      ? ok()
      : refuse(
          'ELIGIBILITY.BUILT_AFTER_2000',
          `${late.map((k) => `${k.name}建成于${k.buildYear}年`).join('，')}，晚于2000年底，且无经批准的例外`,
          `${late.map((k) => `${k.name} built in ${k.buildYear}`).join(', ')}, after the end of 2000, with no approved exception`,
        );
  },
  notInShantytownPlan: (c) =>
    eachCompound(
      c,
      (k) => k.inShantytownPlan,
      'ELIGIBILITY.IN_SHANTYTOWN_PLAN',
      (n) => `${n}：已纳入棚户区改造计划，不属于老旧小区改造范围`,
      (n) => `${n}: in a shantytown redevelopment plan`,
    ),
  bodyRegistered: (c) =>
    eachCompound(
      c,
      (k) => k.bodies.length === 0,
      'BODY.MISSING',
      (n) => `${n}：尚未组建居民自治组织（业委会或改造理事会）`,
      (n) => `${n}: no self-governance body (owners\u2019 committee or renovation council) registered`,
    ),
  councilSize: (c) => {
    const { min, max } = c.rules.councilMembers;
    return eachCompound(
      c,
      (k) =>
        k.bodies
          .filter((b) => b.kind === 'RENOVATION_COUNCIL')
          .some((b) => b.members !== b.residentMembers || b.residentMembers < min || b.residentMembers > max),
      'BODY.COUNCIL_SIZE',
      (n) => `${n}：改造理事会应由${min}至${max}名居民组成`,
      (n) => `${n}: a renovation council must have ${min} to ${max} resident members`,
    );
  },
  willingnessPassed: (c) => {
    const passed = (k: CompoundContext) => k.willingnessRounds.some((r) => r.state === 'CONCLUDED' && r.result === 'PASSED');
    const short = c.compounds.filter((k) => !passed(k) && k.willingnessRounds.some((r) => r.result === 'FAILED'));
    const none = c.compounds.filter((k) => !passed(k) && !short.includes(k));
    if (short.length === 0 && none.length === 0) return ok();
    const names = (ks: CompoundContext[], sep: string) => ks.map((k) => k.name).join(sep);
    return refuse(
      'CONSENT.NO_PASSED_WILLINGNESS_ROUND',
      [
        short.length ? `${names(short, '、')}：改造意愿征询未达到规定比例：可入户解释、公开信息后再次征询` : '',
        none.length ? `${names(none, '、')}：尚无办结并通过的改造意愿征询` : '',
      ]
        .filter(Boolean)
        .join('；'),
      [
        short.length ? `${names(short, ', ')}: the willingness round fell short; explain door to door and hold another round` : '',
        none.length ? `${names(none, ', ')}: no willingness round has concluded and passed` : '',
      ]
        .filter(Boolean)
        .join('; '),
    );
  },
  planYear: (c) =>
    c.admission.planYear
      ? ok()
      : refuse('ADMISSION.NO_PLAN_YEAR', '尚未纳入年度改造计划（未登记计划年度）', 'not admitted to an annual plan: no plan year recorded'),
  admissionChecklist: (c) => {
    const missing = c.compounds
      .map((k) => ({ k, items: ADMISSION_ITEMS.filter((i) => !k.admissionConfirmed.includes(i)) }))
      .filter((x) => x.items.length > 0);
    return missing.length === 0
      ? ok()
      : refuse(
          'ADMISSION.CHECKLIST_INCOMPLETE',
          `准入条件未全部确认：${missing.map((x) => `${x.k.name}（${x.items.join('、')}）`).join('；')}`,
          `admission conditions not confirmed: ${missing.map((x) => `${x.k.name} (${x.items.join(', ')})`).join('; ')}`,
        );
  },
  implementingEntity: (c) =>
    c.admission.implementingEntity
      ? ok()
      : refuse('PLANNING.NO_IMPLEMENTING_ENTITY', '尚未明确实施主体', 'no implementing entity assigned'),
  fundingPlan: (c) =>
    c.funding && c.funding.budgetFen > 0n && c.funding.sources > 0
      ? ok()
      : refuse(
          'PLANNING.NO_FUNDING_PLAN',
          '尚未登记资金筹措计划（预算及资金来源）',
          'no funding plan: budget and sources must be recorded',
        ),
  planSurvey: (c) =>
    c.plan?.currentStateSurvey
      ? ok()
      : refuse('PLAN.NO_CURRENT_STATE_SURVEY', '方案未以现状调查为依据', 'the plan is not drawn from a survey of the current state'),
  planOpinions: (c) =>
    c.plan?.sections.residentOpinions?.trim()
      ? ok()
      : refuse('PLAN.NO_RESIDENT_OPINIONS', '方案缺少居民意见调查情况', 'the plan has no residents\u2019 opinion section'),
  planFireAndAge: (c) =>
    c.plan?.fireLanes && c.plan.ageFriendly
      ? ok()
      : refuse(
          'PLAN.NO_FIRE_LANES_OR_AGE_FRIENDLY',
          '方案未明确消防通道或适老化设施',
          'the plan does not settle fire lanes and age-friendly facilities',
        ),
  planMandatoryItems: (c) => {
    const missing = c.plan ? missingMandatoryItems(c.plan.items) : ['ALL'];
    return missing.length === 0
      ? ok()
      : refuse('PLAN.MANDATORY_ITEM_MISSING', `方案缺少必改项目：${missing.join('、')}`, `mandatory items missing: ${missing.join(', ')}`);
  },
  planElevator: (c) =>
    c.plan && elevatorAddressed(c.plan)
      ? ok()
      : refuse(
          'PLAN.ELEVATOR_NOT_ADDRESSED',
          '方案既未加装电梯也未预留电梯位置',
          'the plan neither includes an elevator nor reserves its position',
        ),
  planFunded: (c) => {
    const budget = c.plan ? planBudgetFen(c.plan.items) : 0n;
    const raised = c.funding?.raisedFen ?? 0n;
    return budget > 0n && raised >= budget
      ? ok()
      : refuse(
          'PLAN.FUNDING_GAP',
          `资金缺口未落实：预算${budget}分，已筹${raised}分`,
          `funding gap not covered: budget ${budget} fen, raised ${raised} fen`,
        );
  },
  planResidentShare: (c) =>
    c.plan?.contributions.residentSharePercent != null
      ? ok()
      : refuse(
          'PLAN.RESIDENT_SHARE_UNSTATED',
          '方案未明确居民出资比例（完善类、提升类改造）',
          'the plan does not state the residents\u2019 share of the improvement and upgrade work',
        ),
  planResidentPaidItems: (c) => {
    const others = c.plan ? residentKindsPaidByOthers(c.plan.items) : [];
    return others.length === 0
      ? ok()
      : refuse(
          'PLAN.RESIDENT_ITEMS_NOT_RESIDENT_PAID',
          `门窗更换、加装电梯和水电表后改造由居民承担，方案却列为他方出资：${others.map((i) => i.key).join('、')}`,
          `windows, elevators and after-meter work are paid by residents, but the plan has others pay for: ${others.map((i) => i.key).join(', ')}`,
        );
  },
  planContributionsDisclosed: (c) => {
    const k = c.plan?.contributions;
    const residents = c.funding?.residentsFen ?? 0n;
    const social = c.funding?.socialCapitalFen ?? 0n;
    return k && k.residentsFen === residents && k.socialCapitalFen === social
      ? ok()
      : refuse(
          'PLAN.CONTRIBUTIONS_UNDISCLOSED',
          `方案须告知居民出资和社会资本出资，且与资金筹措计划一致（居民${residents}分，社会资本${social}分）`,
          `the plan must disclose the residents\u2019 and social capital\u2019s contributions as the funding plan has them (residents ${residents} fen, social capital ${social} fen)`,
        );
  },
  planResidentShareFunded: (c) => {
    const items = c.plan ? residentPaidBudgetFen(c.plan.items) : 0n;
    const committed = c.funding?.residentsFen ?? 0n;
    return committed >= items
      ? ok()
      : refuse(
          'PLAN.RESIDENT_SHARE_UNFUNDED',
          `居民出资项目预算${items}分，居民仅承诺出资${committed}分`,
          `items residents pay for cost ${items} fen, residents committed ${committed} fen`,
        );
  },
  objectionsAnswered: (c) => {
    const open = c.compounds.filter((k) => k.unansweredObjections > 0);
    return open.length === 0
      ? ok()
      : refuse(
          'PLAN.OBJECTION_UNANSWERED',
          `尚有异议未答复：${open.map((k) => `${k.name}${k.unansweredObjections}条`).join('、')}`,
          `objections not answered: ${open.map((k) => `${k.name} ${k.unansweredObjections}`).join(', ')}`,
        );
  },
  planRoundsHeld: (c) =>
    eachCompound(
      c,
      (k) => {
        const concluded = k.planRounds.filter((r) => r.state === 'CONCLUDED');
        const last = concluded.at(-1);
        return !(
          concluded.length >= 2 &&
          last!.result === 'PASSED' &&
          (last!.planVersion ?? 0) > (concluded[0]!.planVersion ?? 0) &&
          (last!.planVersion ?? 0) <= (c.plan?.version ?? 0)
        );
      },
      'PLAN.ROUNDS_INCOMPLETE',
      (n) => `${n}：需经两轮方案征询（第二轮针对修改后的方案）且最后一轮通过，并以该版本送审`,
      (n) => `${n}: two plan rounds are needed, the second on the revised version and passed, and that version is the one submitted`,
    ),
  noPublicityPending: (c) =>
    eachCompound(
      c,
      (k) => k.planRounds.some((r) => r.state === 'PUBLICITY'),
      'PLAN.PUBLICITY_NOT_ENDED',
      (n) => `${n}：方案公示期尚未结束`,
      (n) => `${n}: a plan publicity period has not ended`,
    ),
  newVersionSinceRejection: (c) =>
    c.lastRejectedVersion === null || (c.plan?.version ?? 0) > c.lastRejectedVersion
      ? ok()
      : refuse(
          'REVIEW.SAME_VERSION_REJECTED',
          `第${c.lastRejectedVersion}版方案已被联审退回，须修改形成新版本`,
          `version ${c.lastRejectedVersion} was rejected; submit a revised version`,
        ),
  opinionsIn: (c) => {
    const missing = c.review ? c.review.reviewers.filter((r) => !c.review!.opinions.some((o) => o.reviewer === r)) : ['ALL'];
    return missing.length === 0
      ? ok()
      : refuse('REVIEW.OPINIONS_MISSING', `尚未收到联审意见：${missing.join('、')}`, `opinions missing from: ${missing.join(', ')}`);
  },
  noRejection: (c) =>
    c.review?.opinions.some((o) => o.opinion === 'REJECT')
      ? refuse('REVIEW.REJECTED', '有联审部门不同意，方案须退回修改', 'a reviewer rejected the plan; it goes back to design')
      : ok(),
  conditionsAcknowledged: (c) =>
    c.review?.opinions.every((o) => o.conditions.every((k) => k.acknowledged))
      ? ok()
      : refuse('REVIEW.CONDITIONS_UNACKNOWLEDGED', '联审附加条件尚未逐条确认', 'review conditions not all acknowledged'),
  rejectionRecorded: (c) =>
    c.review?.opinions.some((o) => o.opinion === 'REJECT')
      ? ok()
      : refuse('REVIEW.NO_REJECTION', '没有联审部门不同意，无需退回', 'no reviewer rejected the plan'),
  permitOrExemption: (c) =>
    c.permits.count > 0 || EXEMPTION_BASES.every((b) => c.permits.exemptionBases.includes(b))
      ? ok()
      : refuse('PERMIT.MISSING', '尚未办理施工许可，也未登记免办依据', 'no permit recorded and no exemption with its basis'),
  teamNamed: (c) =>
    c.team?.contractor && c.team.supervisionCompany
      ? ok()
      : refuse('PERMIT.TEAM_INCOMPLETE', '尚未明确施工单位和监理单位', 'contractor and supervision company not named'),
  volunteersAppointed: (c) => {
    const { min, max } = c.rules.volunteerSupervisors;
    return c.team && c.team.volunteers >= min && c.team.volunteers <= max
      ? ok()
      : refuse(
          'PERMIT.VOLUNTEER_SUPERVISORS_MISSING',
          `尚未选聘居民义务监督员（${min}至${max}名）`,
          `${min} to ${max} resident volunteer supervisors not appointed`,
        );
  },
  workComplete: (c) => {
    const accepted = new Map((c.construction.acceptedItems ?? []).map((i) => [i.key, i.percent]));
    const unfinished = c.construction.planItems.filter((k) => accepted.get(k) !== 100);
    return c.construction.acceptedItems && unfinished.length === 0
      ? ok()
      : refuse(
          'CONSTRUCTION.WORK_INCOMPLETE',
          `经督导采纳的进度中尚未完成的项目：${unfinished.join('、') || '全部'}`,
          `work items not reported 100% in an accepted report: ${unfinished.join(', ') || 'all'}`,
        );
  },
  noChangeOrderPending: (c) =>
    c.construction.pendingChangeOrders === 0
      ? ok()
      : refuse(
          'CONSTRUCTION.CHANGE_ORDER_PENDING',
          `尚有${c.construction.pendingChangeOrders}个变更签证未办结`,
          `${c.construction.pendingChangeOrders} change order(s) not decided`,
        ),
  quantitiesConfirmed: (c) => {
    // Huitong: the on-site written confirmation is how a project without content changes is certified complete.
    if (c.construction.approvedChangeOrders > 0) return ok();
    const confirmation = c.construction.siteConfirmation;
    const version = c.plan?.version ?? 0;
    if (!confirmation) {
      return refuse(
        'CONSTRUCTION.QUANTITIES_UNCONFIRMED',
        '未发生内容变更的项目，须由项目指挥部会同居民代表现场签证，书面确认实际完成的工程内容和工程量',
        'without a change order, the project HQ and resident representatives must confirm on site, in writing, the work and quantities built',
      );
    }
    if (confirmation.planVersion !== version) {
      return refuse(
        'CONSTRUCTION.QUANTITIES_UNCONFIRMED',
        `现场签证针对第${confirmation.planVersion}版方案，现行方案为第${version}版，须重新确认`,
        `the site confirmation is against plan version ${confirmation.planVersion}, the plan is at version ${version}: confirm again`,
      );
    }
    const differing = quantityDifferences(c.plan!.items, confirmation.items).map((d) => d.key);
    if (differing.length) {
      return refuse(
        'CONSTRUCTION.QUANTITIES_DIFFER',
        `现场确认的工程量与审定方案不符：${differing.join('、')}；内容或工程量变化须办理变更签证`,
        `quantities confirmed on site differ from the approved plan: ${differing.join(', ')}; a change goes through a change order`,
      );
    }
    return eachCompound(
      c,
      (k) => !confirmation.representedCompounds.includes(k.id),
      'CONSTRUCTION.QUANTITIES_UNCONFIRMED',
      (n) => `${n}：现场签证无本小区居民代表参加确认`,
      (n) => `${n}: no resident representative of the compound confirmed the quantities on site`,
    );
  },
  complaintsSettled: (c) =>
    c.construction.openComplaints === 0
      ? ok()
      : refuse(
          'CONSTRUCTION.COMPLAINTS_OPEN',
          `尚有${c.construction.openComplaints}件投诉未办结`,
          `${c.construction.openComplaints} complaint(s) not closed`,
        ),
  rectificationReported: (c) =>
    c.construction.rectificationUnreported
      ? refuse(
          'CONSTRUCTION.RECTIFICATION_UNREPORTED',
          '验收未通过后的整改尚未经进度报告报送并由督导审核通过',
          'since the failed acceptance no progress report on the rectification has been accepted',
        )
      : ok(),
  findingsClosed: (c) =>
    c.construction.openFindings === 0
      ? ok()
      : refuse(
          'CONSTRUCTION.FINDINGS_OPEN',
          `尚有${c.construction.openFindings}个督导问题未销号`,
          `${c.construction.openFindings} supervision finding(s) not closed`,
        ),
  allSigned: (c) => {
    const missing = c.acceptance ? c.acceptance.parties.filter((p) => !c.acceptance!.signatures.some((s) => s.party === p)) : ['ALL'];
    return missing.length === 0
      ? ok()
      : refuse(
          'ACCEPTANCE.SIGNATURES_MISSING',
          `验收表尚缺签署：${missing.join('、')}`,
          `the acceptance form lacks signatures from: ${missing.join(', ')}`,
        );
  },
  noPartyRefused: (c) =>
    c.acceptance?.signatures.some((s) => s.opinion === 'FAIL')
      ? refuse('ACCEPTANCE.PARTY_REFUSED', '有验收方签署不合格意见', 'a party signed the form as failed')
      : ok(),
  satisfied: (c) =>
    eachCompound(
      c,
      (k) => !c.acceptance || k.satisfaction !== 'PASSED',
      'ACCEPTANCE.SATISFACTION_FAILED',
      (n) => `${n}：居民满意度测评未达到本地满意率标准（或尚未测评）`,
      (n) => `${n}: the satisfaction round has not reached the local satisfaction bar (or not been held)`,
    ),
  somethingFailed: (c) =>
    c.acceptance && (c.acceptance.signatures.some((s) => s.opinion === 'FAIL') || c.compounds.some((k) => k.satisfaction === 'FAILED'))
      ? ok()
      : refuse(
          'ACCEPTANCE.NOTHING_FAILED',
          '没有不合格意见或未达标的满意度，无需退回整改',
          'no party refused and satisfaction did not fail',
        ),
  reasonGiven: (c) =>
    c.request.reason && c.request.reason.trim().length > 0
      ? ok()
      : refuse('TRANSITION.REASON_REQUIRED', '此操作须说明理由', 'this event needs a reason'),
  archiveComplete: (c) => {
    const missing = missingArchiveKinds(c.archive.filed, c.archive.changeOrders);
    return missing.length === 0
      ? ok()
      : refuse(
          'ARCHIVE.INCOMPLETE',
          `归档资料尚缺：${missing.map((k) => ARCHIVE_KIND_LABELS[k].zh).join('、')}`,
          `the archive lacks: ${missing.map((k) => ARCHIVE_KIND_LABELS[k].en).join(', ')}`,
        );
  },
  propertyMode: (c, now) => {
    const p = c.longTerm.property;
    if (!p) return refuse('LONGTERM.NO_PROPERTY_MODE', '尚未确定物业管理模式', 'no property-management mode recorded');
    // The contract runs through its last day in China.
    return p.contractEnd && chinaDayEnd(p.contractEnd).getTime() < now.getTime()
      ? refuse('LONGTERM.NO_PROPERTY_MODE', '物业服务合同已到期，须续签或另定模式', 'the property-management contract has ended')
      : ok();
  },
  ownersCommittee: (c) =>
    eachCompound(
      c,
      (k) => !k.bodies.some((b) => b.kind === 'OWNERS_COMMITTEE'),
      'LONGTERM.NO_OWNERS_COMMITTEE',
      (n) => `${n}：尚未登记业主委员会`,
      (n) => `${n}: no owners' committee registered`,
    ),
  fundPlanned: (c) =>
    c.longTerm.fundPlanned ? ok() : refuse('LONGTERM.NO_FUND_PLAN', '尚未制定维修资金归集计划', 'no maintenance fund plan recorded'),
  finalRevisitDone: (c) =>
    c.longTerm.revisitsDone.includes(FINAL_REVISIT_MONTHS)
      ? ok()
      : refuse(
          'LONGTERM.REVISIT_PENDING',
          `验收后${FINAL_REVISIT_MONTHS}个月的回头看尚未完成`,
          `the ${FINAL_REVISIT_MONTHS}-month revisit after acceptance is not done`,
        ),
} satisfies Record<string, Guard<LifecycleContext>>;

export type LifecycleGuard = keyof typeof guards;

const PM: readonly MachineRole[] = ['DISTRICT_PM'];
const PM_OR_ADMIN: readonly MachineRole[] = ['DISTRICT_PM', 'ADMIN'];

function t(
  to: ProjectState | typeof PREVIOUS,
  zh: string,
  en: string,
  guardNames: LifecycleGuard[],
  roles = PM,
): TransitionDef<ProjectState, LifecycleGuard> {
  return { to, roles, guards: guardNames, label: { zh, en } };
}

const suspend = t('ON_HOLD', '暂停', 'suspend', ['reasonGiven'], PM_OR_ADMIN);
const cancel = t('CANCELLED', '终止', 'cancel', ['reasonGiven'], PM_OR_ADMIN);
const sideExits = { SUSPEND: suspend, CANCEL: cancel };

const label = (zh: string, en: string): { label: Bilingual } => ({ label: { zh, en } });

export const lifecycleMachine: MachineDef<ProjectState, ProjectEvent, LifecycleContext, LifecycleGuard> = {
  name: 'project-lifecycle',
  title: { zh: '老旧小区改造项目全生命周期', en: 'renovation project lifecycle' },
  initial: 'SURVEY',
  states: {
    SURVEY: label('摸底调查', 'survey'),
    ORGANIZING: label('组建自治组织', 'forming self-governance body'),
    CONSULTATION: label('开展意见征求', 'consultation'),
    APPLIED: label('提出改造申请', 'applied'),
    PLANNED: label('确定改造计划', 'in the annual plan'),
    DESIGN: label('开展项目设计', 'design'),
    JOINT_REVIEW: label('联合审查方案', 'joint review'),
    PERMITTING: label('办理建设手续', 'permits'),
    CONSTRUCTION: label('进行现场施工', 'construction'),
    ACCEPTANCE: label('组织竣工验收', 'completion acceptance'),
    ARCHIVING: label('收集项目资料', 'archiving'),
    LONG_TERM: label('建立长效机制', 'long-term management'),
    CLOSED: { ...label('已完结', 'closed'), terminal: true },
    ON_HOLD: label('暂停', 'on hold'),
    CANCELLED: { ...label('已终止', 'cancelled'), terminal: true },
  },
  events: PROJECT_EVENTS,
  transitions: {
    SURVEY: {
      COMPLETE_SURVEY: t('ORGANIZING', '完成摸底调查', 'complete the survey', [
        'surveyBaseData',
        'surveyAssets',
        'surveyWillingness',
        'builtBefore2001',
        'notInShantytownPlan',
      ]),
      ...sideExits,
    },
    ORGANIZING: {
      START_CONSULTATION: t('CONSULTATION', '开始意见征求', 'start consultation', ['bodyRegistered', 'councilSize']),
      ...sideExits,
    },
    CONSULTATION: { APPLY: t('APPLIED', '提出改造申请', 'apply for renovation', ['willingnessPassed']), ...sideExits },
    APPLIED: { ADMIT_TO_PLAN: t('PLANNED', '纳入年度计划', 'admit to the annual plan', ['planYear', 'admissionChecklist']), ...sideExits },
    PLANNED: { START_DESIGN: t('DESIGN', '开展设计', 'start design', ['implementingEntity', 'fundingPlan']), ...sideExits },
    DESIGN: {
      SUBMIT_FOR_REVIEW: t('JOINT_REVIEW', '提交联合审查', 'submit for joint review', [
        'planSurvey',
        'planOpinions',
        'planFireAndAge',
        'planMandatoryItems',
        'planElevator',
        'planFunded',
        'planResidentShare',
        'planResidentPaidItems',
        'planContributionsDisclosed',
        'planResidentShareFunded',
        'objectionsAnswered',
        'planRoundsHeld',
        'noPublicityPending',
        'newVersionSinceRejection',
      ]),
      ...sideExits,
    },
    JOINT_REVIEW: {
      PASS_REVIEW: t('PERMITTING', '联合审查通过', 'joint review passed', ['opinionsIn', 'noRejection', 'conditionsAcknowledged']),
      REJECT_REVIEW: t('DESIGN', '联合审查退回', 'joint review rejected', ['reasonGiven', 'rejectionRecorded']),
      ...sideExits,
    },
    PERMITTING: {
      START_CONSTRUCTION: t('CONSTRUCTION', '开工', 'start construction', ['permitOrExemption', 'teamNamed', 'volunteersAppointed']),
      ...sideExits,
    },
    CONSTRUCTION: {
      COMPLETE_CONSTRUCTION: t('ACCEPTANCE', '完工申请验收', 'complete construction', [
        'workComplete',
        'rectificationReported',
        'findingsClosed',
        'noChangeOrderPending',
        'quantitiesConfirmed',
        'complaintsSettled',
      ]),
      ...sideExits,
    },
    ACCEPTANCE: {
      PASS_ACCEPTANCE: t('ARCHIVING', '验收通过', 'acceptance passed', ['allSigned', 'noPartyRefused', 'satisfied']),
      FAIL_ACCEPTANCE: t('CONSTRUCTION', '验收不通过，整改', 'acceptance failed, rectify', ['reasonGiven', 'somethingFailed']),
      ...sideExits,
    },
    ARCHIVING: { COMPLETE_ARCHIVE: t('LONG_TERM', '归档完成', 'archive complete', ['archiveComplete']), ...sideExits },
    LONG_TERM: {
      CLOSE: t('CLOSED', '项目完结', 'close the project', ['propertyMode', 'ownersCommittee', 'fundPlanned', 'finalRevisitDone']),
      ...sideExits,
    },
    ON_HOLD: {
      RESUME: t(PREVIOUS, '恢复', 'resume', [], PM_OR_ADMIN),
      CANCEL: cancel,
    },
  },
  guards,
};
