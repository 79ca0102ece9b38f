import type { Bilingual } from '../roles.js';

/**
 * Rules the seeds give as one place's practice, which other cities and districts set their own way:
 * each a whole number, with the seed's value as the default and where it comes from.
 */
export const SETTING_KEYS = [
  'maintenanceFund.rateFen.NO_ELEVATOR',
  'maintenanceFund.rateFen.ELEVATOR',
  'volunteerSupervisors.min',
  'volunteerSupervisors.max',
  'renovationCouncil.minMembers',
  'renovationCouncil.maxMembers',
  'satisfaction.thresholdPercent',
  'complaint.responseDays',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Where a setting in effect comes from: the shipped default, the district's city, or the district itself. */
export const SETTING_LEVELS = ['CITY', 'DISTRICT'] as const;
export type SettingLevel = (typeof SETTING_LEVELS)[number];
export type SettingOrigin = 'DEFAULT' | SettingLevel;

export interface SettingDefinition {
  key: SettingKey;
  label: Bilingual;
  unit: string;
  min: number;
  max: number;
  default: number;
  /** The document the default comes from: seed file, place, practice id (or a note where the seed gives no figure). */
  source: { seed: string | null; place: Bilingual | null; practice: string | null; note?: string };
}

/** Pairs of settings whose values must stay ordered: a minimum never above its maximum. */
const ORDERED: [SettingKey, SettingKey][] = [
  ['volunteerSupervisors.min', 'volunteerSupervisors.max'],
  ['renovationCouncil.minMembers', 'renovationCouncil.maxMembers'],
];

export interface SettingInEffect {
  key: SettingKey;
  value: number;
  origin: SettingOrigin;
}

/** The value in effect: the district's own, else its city's, else the default. */
export function settingInEffect(def: SettingDefinition, city: number | undefined, district: number | undefined): SettingInEffect {
  if (district !== undefined) return { key: def.key, value: district, origin: 'DISTRICT' };
  if (city !== undefined) return { key: def.key, value: city, origin: 'CITY' };
  return { key: def.key, value: def.default, origin: 'DEFAULT' };
}

/** Problems of a shipped definition list: every key once, defaults inside their bounds and in order. */
export function definitionProblems(defs: SettingDefinition[]): string[] {
  const problems: string[] = [];
  for (const key of SETTING_KEYS)
    if (defs.filter((d) => d.key === key).length !== 1) problems.push(`${key}: defined ${defs.filter((d) => d.key === key).length} times`);
  for (const d of defs) {
    if (!SETTING_KEYS.includes(d.key)) problems.push(`${d.key}: unknown setting`);
    if (!d.label?.zh || !d.label?.en) problems.push(`${d.key}: bilingual label required`);
    if (![d.min, d.max, d.default].every(Number.isSafeInteger) || d.min > d.default || d.default > d.max)
      problems.push(`${d.key}: min <= default <= max, whole numbers`);
  }
  const byKey = new Map(defs.map((d) => [d.key, d.default]));
  for (const [lo, hi] of ORDERED) if ((byKey.get(lo) ?? 0) > (byKey.get(hi) ?? 0)) problems.push(`${lo} above ${hi}`);
  return problems;
}

/**
 * Why a value cannot be set: not a whole number within the definition's bounds, or it would leave a
 * minimum above its maximum among the values then in effect.
 */
export function settingValueProblems(def: SettingDefinition, value: number, effectiveAfter: Map<SettingKey, number>): string[] {
  if (!Number.isSafeInteger(value) || value < def.min || value > def.max)
    return [`${def.key} is a whole number from ${def.min} to ${def.max} (${def.unit})`];
  return ORDERED.filter(([lo, hi]) => (lo === def.key || hi === def.key) && effectiveAfter.get(lo)! > effectiveAfter.get(hi)!).map(
    ([lo, hi]) => `${lo} (${effectiveAfter.get(lo)}) would be above ${hi} (${effectiveAfter.get(hi)})`,
  );
}

/** The local rules a decision reads, as values in effect for one district. */
export interface LocalRules {
  councilMembers: { min: number; max: number };
  volunteerSupervisors: { min: number; max: number };
  satisfactionPercent: number;
  complaintResponseDays: number;
  fundRatesFen: { NO_ELEVATOR: number; ELEVATOR: number };
}

export function localRules(values: Map<SettingKey, number>): LocalRules {
  const v = (k: SettingKey) => values.get(k)!;
  return {
    councilMembers: { min: v('renovationCouncil.minMembers'), max: v('renovationCouncil.maxMembers') },
    volunteerSupervisors: { min: v('volunteerSupervisors.min'), max: v('volunteerSupervisors.max') },
    satisfactionPercent: v('satisfaction.thresholdPercent'),
    complaintResponseDays: v('complaint.responseDays'),
    fundRatesFen: { NO_ELEVATOR: v('maintenanceFund.rateFen.NO_ELEVATOR'), ELEVATOR: v('maintenanceFund.rateFen.ELEVATOR') },
  };
}
