import type { Bilingual } from '../roles.js';
import { PROJECT_STATES, type ProjectState } from '../lifecycle/lifecycle.machine.js';

/** The main line of the lifecycle in order, without the side states; the machine moves forward along it, or back within it. */
export const LIFECYCLE_MAIN_LINE: readonly ProjectState[] = PROJECT_STATES.filter((s) => s !== 'ON_HOLD' && s !== 'CANCELLED');
const from = (state: ProjectState): ProjectState[] => LIFECYCLE_MAIN_LINE.slice(LIFECYCLE_MAIN_LINE.indexOf(state));

/**
 * A project in one of these states was admitted into an annual plan (ADMIT_TO_PLAN leads to
 * PLANNED and nothing leads back before it). A suspended project counts by the state it resumes to;
 * a cancelled one counts nowhere.
 */
export const ADMITTED_STATES: readonly ProjectState[] = from('PLANNED');
/** A project in one of these states passed the joint completion acceptance (PASS_ACCEPTANCE leads to ARCHIVING). */
export const ACCEPTED_STATES: readonly ProjectState[] = from('ARCHIVING');

export const RANKING_RULE: Bilingual = {
  zh:
    '按完成率（已通过竣工验收的项目数 ÷ 已纳入年度计划的项目数）从高到低排名；完成率相同的，逾期事项' +
    '（逾期未报的进度报告、逾期未整改的督导问题、超过时限未化解的投诉）少者在前；两项都相同的区县并列同一名次，' +
    '按区县代码顺序列出。尚无项目纳入计划的区县，完成率按零计。',
  en:
    'By completion rate (projects that passed joint acceptance / projects admitted into an annual plan), highest first; ' +
    'at equal rates, fewer overdue items (overdue progress reports, findings past their deadline, complaints past their ' +
    'limit) first; districts equal on both share a rank and are listed by district code. A district with nothing ' +
    'admitted yet has a rate of zero.',
};

export interface DistrictStanding {
  code: string;
  admitted: number;
  accepted: number;
  overdue: number;
}

/** The completion rate in basis points (10000 = 100%), rounded down; null while nothing was admitted. */
export function completionBasisPoints(accepted: number, admitted: number): number | null {
  return admitted === 0 ? null : Math.floor((accepted * 10000) / admitted);
}

/** Negative when a stands above b; 0 when they share a rank. Rates compare exactly, by cross-multiplying. */
function compareStanding(a: DistrictStanding, b: DistrictStanding): number {
  const [aNum, aDen] = a.admitted === 0 ? [0, 1] : [a.accepted, a.admitted];
  const [bNum, bDen] = b.admitted === 0 ? [0, 1] : [b.accepted, b.admitted];
  return bNum * aDen - aNum * bDen || a.overdue - b.overdue;
}

/**
 * The districts in ranking order (RANKING_RULE), each with its rank. Standard competition
 * ranking: two districts tied for 2nd are both 2nd and the next is 4th.
 */
export function rankDistricts<T>(districts: readonly T[], standing: (d: T) => DistrictStanding): (T & { rank: number })[] {
  const rows = districts.map((d) => ({ d, s: standing(d) }));
  rows.sort((a, b) => compareStanding(a.s, b.s) || (a.s.code < b.s.code ? -1 : a.s.code > b.s.code ? 1 : 0));
  const ranked: (T & { rank: number })[] = [];
  rows.forEach(({ d, s }, i) => {
    const tied = i > 0 && compareStanding(rows[i - 1].s, s) === 0;
    ranked.push({ ...d, rank: tied ? ranked[i - 1].rank : i + 1 });
  });
  return ranked;
}
