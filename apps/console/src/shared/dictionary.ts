import type { Role } from '@domain/roles';
import type { RoundSubject } from '@domain/consent/round.machine';
import type {
  AdmissionItem,
  BodyKind,
  FundingSource,
  LifecycleGuard,
  ProjectEvent,
  ProjectState,
} from '@domain/lifecycle/lifecycle.machine';
import type { ItemKind, Payer, PlanSection, WorkCategory } from '@domain/plan/plan';
import type { Entry } from '@domain/access/signing';
import type { ChangeOrderEvent, ChangeOrderState, ChangeParty } from '@domain/construction/change-order';
import type { ExemptionBasis, ReviewOpinion } from '@domain/plan/review';
import type { PropertyMode } from '@domain/aftercare/long-term';
import type { AcceptanceFormState, AcceptanceOpinion } from '@domain/construction/acceptance';
import type { FindingEvent, FindingSeverity } from '@domain/construction/supervision';
import type { components } from '../api/schema';

type Schemas = components['schemas'];

/**
 * Every state, choice and enum the console prints, in Chinese: the one dictionary. The machines'
 * labels here are the ones the domain declares (a unit test compares them), so the console says
 * what the API's state charts say.
 */
export const PROJECT_STATE_LABELS: Record<ProjectState, string> = {
  SURVEY: '摸底调查',
  ORGANIZING: '组建自治组织',
  CONSULTATION: '开展意见征求',
  APPLIED: '提出改造申请',
  PLANNED: '确定改造计划',
  DESIGN: '开展项目设计',
  JOINT_REVIEW: '联合审查方案',
  PERMITTING: '办理建设手续',
  CONSTRUCTION: '进行现场施工',
  ACCEPTANCE: '组织竣工验收',
  ARCHIVING: '收集项目资料',
  LONG_TERM: '建立长效机制',
  CLOSED: '已完结',
  ON_HOLD: '暂停',
  CANCELLED: '已终止',
};

export const PROJECT_EVENT_LABELS: Record<ProjectEvent, string> = {
  COMPLETE_SURVEY: '完成摸底调查',
  START_CONSULTATION: '开始意见征求',
  APPLY: '提出改造申请',
  ADMIT_TO_PLAN: '纳入年度计划',
  START_DESIGN: '开展设计',
  SUBMIT_FOR_REVIEW: '提交联合审查',
  PASS_REVIEW: '联合审查通过',
  REJECT_REVIEW: '联合审查退回',
  START_CONSTRUCTION: '开工',
  COMPLETE_CONSTRUCTION: '完工申请验收',
  PASS_ACCEPTANCE: '验收通过',
  FAIL_ACCEPTANCE: '验收不通过，整改',
  COMPLETE_ARCHIVE: '归档完成',
  CLOSE: '项目完结',
  SUSPEND: '暂停',
  RESUME: '恢复',
  CANCEL: '终止',
};

/** What each lifecycle guard checks, said as the condition (its refusal says what is missing). */
export const GUARD_LABELS: Record<LifecycleGuard, string> = {
  surveyBaseData: '已登记基础数据',
  surveyAssets: '已摸清资产资源',
  surveyWillingness: '已摸清改造意愿',
  builtBefore2001: '建成于 2000 年底前（或经批准例外）',
  notInShantytownPlan: '未列入棚户区改造计划',
  bodyRegistered: '已组建自治组织',
  councilSize: '改造理事会居民成员人数符合本地规定',
  willingnessPassed: '改造意愿征询已通过',
  planYear: '已纳入年度计划',
  admissionChecklist: '入围条件已逐项确认',
  implementingEntity: '已明确实施主体',
  fundingPlan: '已登记资金筹措计划',
  planSurvey: '方案以现状调查为依据',
  planOpinions: '方案含居民意见调查',
  planFireAndAge: '方案含消防通道与适老化设施',
  planMandatoryItems: '方案含全部必改项目',
  planElevator: '方案含电梯或预留位置',
  planFunded: '资金覆盖方案预算',
  planResidentShare: '方案已写明居民出资比例',
  planResidentPaidItems: '窗户、电梯、表后改造由居民出资',
  planContributionsDisclosed: '方案已公开居民和社会资本出资',
  planResidentShareFunded: '居民出资足以覆盖居民出资项目',
  objectionsAnswered: '异议均已答复',
  planRoundsHeld: '两轮方案征询已开展且后一轮通过',
  noPublicityPending: '公示期均已结束',
  newVersionSinceRejection: '退回后已形成新版本方案',
  opinionsIn: '联审意见已全部收到',
  noRejection: '没有联审部门不同意',
  conditionsAcknowledged: '联审附加条件已逐条确认',
  rejectionRecorded: '有联审部门不同意',
  permitOrExemption: '已办理施工许可或登记免办依据',
  teamNamed: '已明确施工单位和监理单位',
  volunteersAppointed: '已聘请居民义务监督员',
  workComplete: '全部工程量已完成并经采纳',
  noChangeOrderPending: '没有待批的变更签证',
  quantitiesConfirmed: '无变更时工程量已现场签证确认，且与方案一致',
  complaintsSettled: '投诉均已办结',
  rectificationReported: '验收整改已报进度并经采纳',
  findingsClosed: '督导问题均已销号',
  allSigned: '验收各方均已签署',
  noPartyRefused: '没有验收方签署不合格',
  satisfied: '满意度测评已通过',
  somethingFailed: '有验收方签署不合格或满意度未达标',
  reasonGiven: '已说明原因',
  archiveComplete: '归档清单已齐全',
  propertyMode: '已确定物业管理模式且合同有效',
  ownersCommittee: '已登记业主委员会',
  fundPlanned: '已制定维修资金归集计划',
  finalRevisitDone: '已完成 12 个月回头看',
};

export function guardLabel(guard: string): string {
  return (GUARD_LABELS as Record<string, string>)[guard] ?? guard;
}

/** The states of the other machines, by machine name (GET /meta/machines). */
export const MACHINE_STATE_LABELS = {
  'project-lifecycle': PROJECT_STATE_LABELS,
  'consultation-round': {
    DRAFT: '草稿',
    OPEN: '征询中',
    CLOSED: '已截止计票',
    PUBLICITY: '公示中',
    CONCLUDED: '已办结',
    CANCELLED: '已取消',
  },
  'progress-report': { DUE: '待提交', SUBMITTED: '已提交', ACCEPTED: '已采纳', RETURNED: '已退回', OVERDUE: '已逾期' },
  finding: { OPEN: '待整改', RECTIFIED: '已整改待销号', CLOSED: '已销号', REOPENED: '重新整改' },
  'change-order': {
    DRAFT: '草拟',
    ARGUED: '已论证',
    BUDGET_REVIEWED: '已财评',
    APPROVED: '政府已批准',
    REJECTED: '未变更',
  },
  complaint: { RECEIVED: '已受理', HANDLING: '办理中', RESOLVED: '已化解', REVISITED: '已回访', CLOSED: '已办结' },
} as const satisfies Record<string, Record<string, string>>;

export type MachineName = keyof typeof MACHINE_STATE_LABELS;

/** A change order's step, keyed `FROM.EVENT` (one event, REJECT, is a withdrawal or the government's refusal), as the machine labels it. */
export const CHANGE_ORDER_TRANSITION_LABELS = {
  'DRAFT.ARGUE': '五方论证并出具意见书，指挥部会议决定',
  'DRAFT.REJECT': '项目指挥部不再变更',
  'ARGUED.REVIEW_BUDGET': '县财政预算评审',
  'ARGUED.REJECT': '项目指挥部不再变更',
  'BUDGET_REVIEWED.APPROVE': '县（区）政府审批同意',
  'BUDGET_REVIEWED.REJECT': '县（区）政府不予批准',
} as const satisfies Partial<Record<`${ChangeOrderState}.${ChangeOrderEvent}`, string>>;

export function changeOrderStepLabel(step: string): string {
  return (CHANGE_ORDER_TRANSITION_LABELS as Record<string, string>)[step] ?? step;
}

export function changeOrderActionLabel(step: string): string {
  return (CHANGE_ORDER_ACTION_LABELS as Record<string, string>)[step] ?? step;
}

/** The same steps as a button says them: what the user records. */
export const CHANGE_ORDER_ACTION_LABELS: Record<keyof typeof CHANGE_ORDER_TRANSITION_LABELS, string> = {
  'DRAFT.ARGUE': '登记五方论证',
  'DRAFT.REJECT': '撤回变更',
  'ARGUED.REVIEW_BUDGET': '登记财政评审',
  'ARGUED.REJECT': '撤回变更',
  'BUDGET_REVIEWED.APPROVE': '登记政府批准',
  'BUDGET_REVIEWED.REJECT': '登记政府不予批准',
};

/** The five parties who argue a change (Huitong). */
export const CHANGE_PARTY_LABELS: Record<ChangeParty, string> = {
  CONSTRUCTION_UNIT: '建设单位',
  DESIGN: '设计单位',
  SUPERVISION: '监理单位',
  CONTRACTOR: '施工单位',
  OWNER_REPRESENTATIVES: '业主代表',
};

export const REVIEW_OPINION_LABELS: Record<ReviewOpinion, string> = {
  APPROVE: '同意',
  APPROVE_WITH_CONDITIONS: '附条件同意',
  REJECT: '不同意',
};

/** A joint review as a whole (not a machine of its own: the project's lifecycle opens and closes it). */
export const REVIEW_STATE_LABELS: Record<'OPEN' | 'PASSED' | 'REJECTED', string> = {
  OPEN: '审查中',
  PASSED: '已通过',
  REJECTED: '已退回',
};

/** How a signature or an opinion came into the record, as the domain says it. */
export const ENTRY_LABELS: Record<Entry, string> = {
  SELF: '本单位签署',
  ON_BEHALF: '代为录入（纸质签字）',
  UNVERIFIED: '录入（未留凭证）',
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '系统管理员',
  DISTRICT_PM: '区县项目经理',
  RESIDENTS_COMMITTEE: '居委会记录员',
  SUPERVISOR: '督导',
};

export const ROUND_SUBJECT_LABELS: Record<RoundSubject, string> = {
  WILLINGNESS: '改造意愿征询',
  PLAN: '改造方案征询',
  SATISFACTION: '满意度测评',
  PROPERTY_COMPANY: '选聘物业服务企业',
  MAINTENANCE_FUND_RAISING: '筹集住宅专项维修资金',
  PUBLIC_SPACE_OPERATION: '利用共有部分从事经营活动',
  OTHER: '其他事项征询',
};

/** Where a household stands on the roster: on it, or gone by which move. */
export const HOUSEHOLD_STATUS_LABELS: Record<Schemas['HouseholdView']['status'], string> = {
  CURRENT: '在册',
  MOVED_OUT: '已迁出',
  MERGED: '已合并',
  SPLIT: '已分户',
};

export const HOUSEHOLD_MOVE_LABELS: Record<Schemas['HouseholdMoveDto']['kind'], string> = {
  MOVED_OUT: '迁出',
  MERGED: '合并',
  SPLIT: '分户',
};

export const OBJECTION_RESPONSE_LABELS: Record<NonNullable<Schemas['ObjectionView']['response']>, string> = {
  ADOPTED: '采纳（修改方案）',
  EXPLAINED: '不采纳（说明理由）',
};
/** A finding's events, as the finding machine labels them. */
export const FINDING_EVENT_LABELS: Record<FindingEvent, string> = { RECTIFY: '整改完成', CLOSE: '销号', REOPEN: '整改不到位，重新整改' };

export const FINDING_SEVERITY_LABELS: Record<FindingSeverity, string> = { LOW: '轻微', MEDIUM: '一般', HIGH: '严重', CRITICAL: '重大' };

/** Who built a monthly bulletin. */
export const BULLETIN_BUILT_VIA_LABELS: Record<'JOB' | 'USER', string> = { JOB: '月初自动生成', USER: '手动生成' };

export const NOTIFICATION_KIND_LABELS: Record<string, string> = {
  REPORT_OVERDUE: '进度报告逾期',
  COMPLAINT_LATE: '投诉超时未响应',
  FINDING_OVERDUE: '整改逾期',
  REVISIT_DUE: '回头看到期',
};

export const NOTIFICATION_LEVEL_LABELS: Record<string, string> = { PM: '通知项目经理', SUPERVISOR: '已升级至督导' };

/** Audit actions that are not lifecycle events (those read from PROJECT_EVENT_LABELS). */
const AUDIT_ACTION_LABELS: Record<string, string> = {
  'project.created': '创建项目',
};

export function projectStateLabel(state: string): string {
  return (PROJECT_STATE_LABELS as Record<string, string>)[state] ?? state;
}

export function machineStateLabel(machine: MachineName, state: string): string {
  return (MACHINE_STATE_LABELS[machine] as Record<string, string>)[state] ?? state;
}

/** An audit entry's action in Chinese; an action the dictionary does not know is shown as it is. */
export function auditActionLabel(action: string): string {
  return (PROJECT_EVENT_LABELS as Record<string, string>)[action] ?? AUDIT_ACTION_LABELS[action] ?? action;
}

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

/** The tag colour of a lifecycle state: where it stands, not whether it is good. */
export function projectStateColor(state: string): string {
  if (state === 'CANCELLED') return 'default';
  if (state === 'ON_HOLD') return 'warning';
  if (state === 'CLOSED') return 'success';
  if (['CONSTRUCTION', 'ACCEPTANCE'].includes(state)) return 'processing';
  return 'blue';
}

/** The end of the lifecycle: acceptance, archive and long-term management (the domain's labels where it has them). */
export const ACCEPTANCE_FORM_STATE_LABELS: Record<AcceptanceFormState, string> = { OPEN: '进行中', PASSED: '已通过', FAILED: '未通过' };
export const ACCEPTANCE_OPINION_LABELS: Record<AcceptanceOpinion, string> = { PASS: '合格', FAIL: '不合格' };
export const ARCHIVE_SOURCE_LABELS: Record<'UPLOAD' | 'REFERENCE' | 'SYSTEM', string> = {
  UPLOAD: '上传文件',
  REFERENCE: '外部档案引用',
  SYSTEM: '系统记录',
};
export const ARCHIVE_PROBLEM_LABELS: Record<'MISSING' | 'ALTERED', string> = { MISSING: '文件缺失', ALTERED: '文件与归档时不一致' };
export const PROPERTY_MODE_LABELS: Record<PropertyMode, string> = {
  PROFESSIONAL: '专业物业服务',
  SELF_MANAGED: '业主自治管理',
  TRUSTEESHIP: '托管',
};
export const REVISIT_STATE_LABELS: Record<'SCHEDULED' | 'DUE' | 'DONE', string> = { SCHEDULED: '未到期', DUE: '待回访', DONE: '已完成' };

/** The survey, the planning and the plan: what the work before construction records. */
export const ASSET_KIND_LABELS: Record<components['schemas']['AssetItemDto']['kind'], string> = {
  VACANT_ROOM: '闲置用房',
  PUBLIC_SPACE: '公共空间',
  PARKING: '停车位',
  GREEN_SPACE: '绿地',
  FACILITY: '配套设施',
  OTHER: '其他',
};

export const SURVEY_METHOD_LABELS: Record<components['schemas']['WillingnessDto']['method'], string> = {
  DOOR_TO_DOOR: '入户调查',
  QUESTIONNAIRE: '问卷调查',
  MEETING: '座谈会',
  ONLINE: '线上调查',
};

export const ADMISSION_ITEM_LABELS: Record<AdmissionItem, string> = {
  DEMOLISH_ILLEGAL_STRUCTURES: '同意拆除违法建设',
  ACCEPT_PROPERTY_MANAGEMENT: '同意接受物业管理',
  REPLENISH_MAINTENANCE_FUND: '同意补建续筹维修资金',
};

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  CENTRAL_BUDGET: '中央补助资金',
  PROVINCIAL_BUDGET: '省级补助资金',
  LOCAL_BUDGET: '市县财政资金',
  RESIDENTS: '居民出资',
  PROPERTY_RIGHT_UNITS: '原产权单位出资',
  PIPELINE_UNITS: '管线单位出资',
  SPECIAL_BONDS: '地方政府专项债券',
  BANK_LOANS: '银行贷款',
  SOCIAL_CAPITAL: '社会资本',
  PUBLIC_REVENUE: '公共收益',
};

export const PLAN_SECTION_LABELS: Record<PlanSection, string> = {
  basicFacts: '基本情况',
  residentOpinions: '居民意见调查情况',
  mainProblems: '存在的主要问题',
  contentAndMethod: '改造内容及方式',
  riskAssessment: '风险评估',
  investmentEstimate: '投资估算',
  fundingAndBalance: '资金筹措及平衡方案',
  smartCompound: '智慧小区建设',
  longTermManagement: '长效管理方案',
};

export const WORK_CATEGORY_LABELS: Record<WorkCategory, string> = { BASIC: '基础类', IMPROVEMENT: '完善类', UPGRADE: '提升类' };

export const PAYER_LABELS: Record<Payer, string> = { GOVERNMENT: '政府', RESIDENTS: '居民', OTHER: '其他' };

export const ITEM_KIND_LABELS: Record<ItemKind, string> = {
  ILLEGAL_STRUCTURE_DEMOLITION: '拆除违法建设（必改）',
  RAIN_SEWAGE_SEPARATION: '雨污分流（必改）',
  FIRE_SAFETY: '消防设施（必改）',
  WEAK_CURRENT_TIDYING: '弱电管线整治（必改）',
  SANITATION_FACILITIES: '环卫设施（必改）',
  WINDOWS: '更换窗户（居民出资）',
  ELEVATOR: '加装电梯（居民出资）',
  AFTER_METER: '表后水电改造（居民出资）',
};

export const EXEMPTION_BASIS_LABELS: Record<ExemptionBasis, string> = {
  NO_ADDED_FLOOR_AREA: '不增加建筑面积',
  NO_FUNCTION_OR_STRUCTURE_CHANGE: '不改变使用功能和建筑结构',
  NO_PLANNING_CONDITION_CHANGE: '不改变规划条件',
};

export const BODY_KIND_LABELS: Record<BodyKind, string> = {
  RENOVATION_COUNCIL: '改造理事会',
  OWNERS_COMMITTEE: '业主委员会',
  OTHER: '其他自治组织',
};

/** One of the tables above as the choices of a select or a checkbox group. */
export function optionsOf<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}

/** A label of one of the tables above, or the value itself where the dictionary does not know it. */
export function labelOf(labels: Record<string, string>, value: string | null | undefined): string {
  return value == null ? '—' : (labels[value] ?? value);
}
