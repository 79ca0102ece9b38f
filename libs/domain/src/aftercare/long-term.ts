import { chinaWallClock, fromChinaWallClock } from '../calendar.js';
import { lineBudgetFen } from '../plan/plan.js';
import type { ProjectState } from '../lifecycle/lifecycle.machine.js';
import type { Bilingual } from '../roles.js';
import type { SettingOrigin } from '../settings/local-settings.js';

/** How the compound is managed after renovation (SPEC 5.4). */
export const PROPERTY_MODES = ['PROFESSIONAL', 'SELF_MANAGED', 'TRUSTEESHIP'] as const;
export type PropertyMode = (typeof PROPERTY_MODES)[number];

/** The arrangements after renovation may be settled from acceptance on; they are judged when the project closes. */
export const AFTERCARE_STATES: readonly ProjectState[] = ['ACCEPTANCE', 'ARCHIVING', 'LONG_TERM'];

/** Modes run by an outside party under a contract that ends; self-management has neither. */
export const CONTRACTED_MODES: readonly PropertyMode[] = ['PROFESSIONAL', 'TRUSTEESHIP'];

/** Revisits (回头看) fall due this many months after the acceptance passed; the last one closes the project. */
export const REVISIT_MONTHS = [6, 12] as const;
export type RevisitMonths = (typeof REVISIT_MONTHS)[number];
export const FINAL_REVISIT_MONTHS: RevisitMonths = REVISIT_MONTHS[REVISIT_MONTHS.length - 1]!;

/** A revisit is scored out of 100. */
export const REVISIT_MAX_SCORE = 100;

/** Building types the maintenance fund is raised at a rate for; each rate is a local setting (Liuyang's by default). */
export const FUND_BUILDING_TYPES = ['NO_ELEVATOR', 'ELEVATOR'] as const;
export type FundBuildingType = (typeof FUND_BUILDING_TYPES)[number];

/** A maintenance-fund rate per building type, as in effect for a district. */
export interface FundRate {
  buildingType: string;
  name: Bilingual;
  /** Fen per square metre of floor area. */
  rateFen: number;
  origin: SettingOrigin;
}

export interface FundBuilding {
  building: string;
  buildingType: string;
  /** Floor area in m², two decimals, as the roster sums it. */
  area: string;
}

/** Expected contributions: each building's floor area times its type's rate, half up to the fen. */
export function expectedFund(
  buildings: FundBuilding[],
  rates: FundRate[],
): { lines: (FundBuilding & { rateFen: number; expectedFen: bigint })[]; expectedFen: bigint } {
  const byType = new Map(rates.map((r) => [r.buildingType, r.rateFen]));
  const lines = buildings.map((b) => {
    const rateFen = byType.get(b.buildingType);
    if (rateFen === undefined) throw new RangeError(`no maintenance-fund rate for building type ${b.buildingType}`);
    return { ...b, rateFen, expectedFen: lineBudgetFen(b.area, BigInt(rateFen)) };
  });
  return { lines, expectedFen: lines.reduce((sum, l) => sum + l.expectedFen, 0n) };
}

/**
 * The instant `months` calendar months after `from` on China's calendar, clamped to the month's
 * last day (Aug 31 + 6 → Feb 28/29): an acceptance at 01:00 on 31 August in Beijing is revisited
 * on 28 February there, whatever day it was in UTC.
 */
export function addMonths(from: Date, months: number): Date {
  const d = chinaWallClock(from);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return fromChinaWallClock(d);
}
