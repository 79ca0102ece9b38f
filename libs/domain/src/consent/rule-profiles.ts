import type { Bilingual } from '../roles.js';
import { SETTING_KEYS, type SettingKey } from '../settings/local-settings.js';
import { ROUND_SUBJECTS, type RoundSubject } from './round.machine.js';

/** Consent rule profiles shipped in seeds/rule-profiles.json (SPEC 5.1). */
export const RULE_PROFILE_IDS = ['changsha-two-80', 'civil-code-278-major', 'civil-code-278-ordinary', 'satisfaction-95'] as const;
export type RuleProfileId = (typeof RULE_PROFILE_IDS)[number];
export const DEFAULT_RULE_PROFILE: RuleProfileId = 'changsha-two-80';

/**
 * Sets of snapshot households a condition counts. A participant is a household that returned a
 * vote of any choice; a respondent is the same thing in a satisfaction survey.
 */
export const HOUSEHOLD_SETS = ['ALL', 'PARTICIPANTS', 'AGREE', 'SIGNED_AGREE'] as const;
export type HouseholdSet = (typeof HOUSEHOLD_SETS)[number];

export const WEIGHTS = ['HEADCOUNT', 'AREA'] as const;
export type Weight = (typeof WEIGHTS)[number];

/** numerator / denominator >= num/den (or > when strict), weighted by households or by floor area. */
export interface ConsentCondition {
  id: string;
  label: Bilingual;
  numerator: HouseholdSet;
  denominator: HouseholdSet;
  weight: Weight;
  threshold: { num: number; den: number };
  strict: boolean;
  /** A threshold set per city or district, in percent: the one shipped is its default. */
  setting?: SettingKey;
}

/** The profile with each locally set threshold at the value in effect, which the tally then records. */
export function withSettings(p: RuleProfile, value: (key: SettingKey) => number): RuleProfile {
  if (!p.conditions.some((c) => c.setting)) return p;
  return { ...p, conditions: p.conditions.map((c) => (c.setting ? { ...c, threshold: { num: value(c.setting), den: 100 } } : c)) };
}

export interface RuleProfile {
  id: string;
  name: Bilingual;
  source: string;
  /** The round subjects this rule is valid for; a round of any other subject may not be judged by it. */
  subjects: RoundSubject[];
  conditions: ConsentCondition[];
}

/** What a project's default profile judges: the lifecycle's own consultation (改不改, 改什么、怎么改). */
export const PROJECT_PROFILE_SUBJECTS: readonly RoundSubject[] = ['WILLINGNESS', 'PLAN'];

export function judges(p: RuleProfile, subject: RoundSubject): boolean {
  return p.subjects.includes(subject);
}

/**
 * The profile a round is judged by when its creator names none: the project's own when it is valid
 * for the subject, otherwise the only profile that is (a satisfaction survey, a Civil Code matter);
 * null when several would do and the choice is the creator's.
 */
export function defaultProfileFor(subject: RoundSubject, projectProfile: RuleProfile, profiles: RuleProfile[]): RuleProfile | null {
  if (judges(projectProfile, subject)) return projectProfile;
  const valid = profiles.filter((p) => judges(p, subject));
  return valid.length === 1 ? valid[0]! : null;
}

/**
 * Where the profile judging a round comes from. PROJECT: the project's own, which its PM chose over
 * the district's with a reason; DISTRICT: the district's default for the round's subject; SHIPPED:
 * the project's profile as created, or the only profile valid for the subject; NAMED: the round's
 * creator named another one, with a reason.
 */
export const PROFILE_ORIGINS = ['PROJECT', 'DISTRICT', 'SHIPPED', 'NAMED'] as const;
export type ProfileOrigin = (typeof PROFILE_ORIGINS)[number];

export interface ProfileChoice {
  profile: RuleProfile;
  origin: ProfileOrigin;
  reason: string | null;
}

/**
 * The profile a round of this subject inherits: a project's override (one with the PM's reason),
 * then its district's default, then as shipped.
 */
export function inheritedProfile(
  subject: RoundSubject,
  project: { profile: RuleProfile; reason: string | null },
  districtDefault: RuleProfile | null,
  profiles: RuleProfile[],
): ProfileChoice | null {
  if (project.reason !== null && judges(project.profile, subject))
    return { profile: project.profile, origin: 'PROJECT', reason: project.reason };
  if (districtDefault && judges(districtDefault, subject)) return { profile: districtDefault, origin: 'DISTRICT', reason: null };
  const shipped = defaultProfileFor(subject, project.profile, profiles);
  return shipped && { profile: shipped, origin: 'SHIPPED', reason: null };
}

/**
 * A profile named where one is inherited is an override and must say why; naming the inherited one
 * changes nothing. The answer is the choice, or the problem with it.
 */
export function namedOverInherited(
  named: RuleProfile,
  reason: string | null | undefined,
  inherited: ProfileChoice | null,
): ProfileChoice | { problem: 'REASON_REQUIRED'; inherited: string } {
  if (inherited && inherited.profile.id === named.id) return inherited;
  const why = reason?.trim() || null;
  if (inherited && !why) return { problem: 'REASON_REQUIRED', inherited: inherited.profile.id };
  return { profile: named, origin: 'NAMED', reason: why };
}

/** Problems of a shipped set as a whole: every round subject can be judged by some profile. */
export function catalogProblems(profiles: RuleProfile[]): string[] {
  return ROUND_SUBJECTS.filter((s) => !profiles.some((p) => judges(p, s))).map((s) => `no profile judges ${s} rounds`);
}

/** Checks a profile read from data; returns the problems, empty when sound. */
export function profileProblems(p: RuleProfile): string[] {
  const problems: string[] = [];
  if (!p.id || !p.name?.zh || !p.name?.en) problems.push(`${p.id}: id and bilingual name required`);
  if (!Array.isArray(p.conditions) || p.conditions.length === 0) problems.push(`${p.id}: at least one condition`);
  if (!Array.isArray(p.subjects) || p.subjects.length === 0) problems.push(`${p.id}: at least one round subject`);
  for (const s of p.subjects ?? []) if (!ROUND_SUBJECTS.includes(s)) problems.push(`${p.id}: unknown round subject ${s}`);
  for (const c of p.conditions ?? []) {
    if (!HOUSEHOLD_SETS.includes(c.numerator) || !HOUSEHOLD_SETS.includes(c.denominator)) problems.push(`${p.id}/${c.id}: unknown set`);
    if (!WEIGHTS.includes(c.weight)) problems.push(`${p.id}/${c.id}: unknown weight`);
    const { num, den } = c.threshold ?? {};
    if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || num < 0 || den <= 0 || num > den) {
      problems.push(`${p.id}/${c.id}: threshold must be integers 0 <= num <= den, den > 0`);
    }
    if (typeof c.strict !== 'boolean') problems.push(`${p.id}/${c.id}: strict must be true or false`);
    if (c.setting !== undefined && !SETTING_KEYS.includes(c.setting)) problems.push(`${p.id}/${c.id}: unknown setting ${c.setting}`);
  }
  return problems;
}
