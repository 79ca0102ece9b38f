/** The nine sections of a renovation plan (Yichang, seed 003). */
export const PLAN_SECTIONS = [
  'basicFacts',
  'residentOpinions',
  'mainProblems',
  'contentAndMethod',
  'riskAssessment',
  'investmentEstimate',
  'fundingAndBalance',
  'smartCompound',
  'longTermManagement',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const WORK_CATEGORIES = ['BASIC', 'IMPROVEMENT', 'UPGRADE'] as const;
export type WorkCategory = (typeof WORK_CATEGORIES)[number];

export const PAYERS = ['GOVERNMENT', 'RESIDENTS', 'OTHER'] as const;
export type Payer = (typeof PAYERS)[number];

/** Items every plan carries (seed 003), and the elevator, which is included or has its position reserved. */
export const MANDATORY_ITEMS = [
  'ILLEGAL_STRUCTURE_DEMOLITION',
  'RAIN_SEWAGE_SEPARATION',
  'FIRE_SAFETY',
  'WEAK_CURRENT_TIDYING',
  'SANITATION_FACILITIES',
] as const;
/**
 * Items residents pay for themselves (Yichang, seed 003): replacing windows, adding an elevator,
 * and water and power work after the meter in their homes.
 */
export const RESIDENT_PAID_KINDS = ['WINDOWS', 'ELEVATOR', 'AFTER_METER'] as const;
export const ITEM_KINDS = [...MANDATORY_ITEMS, ...RESIDENT_PAID_KINDS] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface PlanItem {
  key: string;
  name: string;
  kind: ItemKind | null;
  category: WorkCategory;
  /** Exact decimal text, two places. */
  quantity: string;
  unit: string;
  unitPriceFen: bigint;
  budgetFen: bigint;
  paidBy: Payer;
  /** Required items are in the plan; optional ones are chosen by residents (由居民点菜). */
  required: boolean;
  /** In a project area, the covered compound the item is built in; none: shared by the area. */
  compoundId?: string | null;
}

/**
 * What the plan tells residents they and social capital contribute (Changsha's eight-no-pass: the
 * plan informs of social and residents' contributions, seed 001; Yichang: each place states the
 * residents' share of improvement and upgrade work, seed 003). Null until stated; zero is a statement.
 */
export interface PlanContributions {
  /** Residents' share of the improvement and upgrade work, percent with two decimals ("30.00"). */
  residentSharePercent: string | null;
  residentsFen: bigint | null;
  socialCapitalFen: bigint | null;
}

export interface PlanContent {
  sections: Partial<Record<PlanSection, string>>;
  contributions: PlanContributions;
  /** The plan was drawn from a survey of the current state of the compound. */
  currentStateSurvey: boolean;
  fireLanes: boolean;
  ageFriendly: boolean;
  elevatorPositionReserved: boolean;
  items: PlanItem[];
}

/** A quantity written as decimal text, in hundredths: '650' and '650.00' are both 65000n. */
export function hundredths(quantity: string): bigint {
  const [whole, frac = ''] = quantity.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
}

/**
 * A line's budget: quantity (hundredths) x unit price (fen), rounded half up to the fen.
 * Integer arithmetic only.
 */
export function lineBudgetFen(quantity: string, unitPriceFen: bigint): bigint {
  return (hundredths(quantity) * unitPriceFen + 50n) / 100n;
}

export function planBudgetFen(items: PlanItem[]): bigint {
  return items.reduce((sum, i) => sum + i.budgetFen, 0n);
}

/** The mandatory items a plan lacks. */
export function missingMandatoryItems(items: PlanItem[]): ItemKind[] {
  return MANDATORY_ITEMS.filter((k) => !items.some((i) => i.kind === k));
}

export function elevatorAddressed(plan: PlanContent): boolean {
  return plan.elevatorPositionReserved || plan.items.some((i) => i.kind === 'ELEVATOR');
}

/** Items of a resident-paid kind that the plan has someone else pay for. */
export function residentKindsPaidByOthers(items: PlanItem[]): PlanItem[] {
  return items.filter((i) => (RESIDENT_PAID_KINDS as readonly (ItemKind | null)[]).includes(i.kind) && i.paidBy !== 'RESIDENTS');
}

/** What the plan's items residents pay for cost in all. */
export function residentPaidBudgetFen(items: PlanItem[]): bigint {
  return planBudgetFen(items.filter((i) => i.paidBy === 'RESIDENTS'));
}
