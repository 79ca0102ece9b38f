/**
 * What a recorder types for a household — "1-1-101", "1 1 101", "1栋1单元101" — as the API's
 * unit key "1/1/101": building, unit, room, whatever separates them.
 */
export function unitKeyOf(typed: string): string | null {
  const parts = typed
    .trim()
    .split(/[\s\-/、，,.。#栋幢号单元室]+/)
    .filter((p) => p !== '');
  return parts.length === 3 ? parts.join('/') : null;
}

/** The unit key as the recorder types it. */
export function typedOf(unitKey: string): string {
  return unitKey.split('/').join('-');
}

/**
 * The household to record after `current`: the next one in roster order not yet answered,
 * wrapping round to the first; none when every household has answered.
 */
export function nextUnanswered(order: readonly string[], answered: ReadonlySet<string>, current: string | null): string | null {
  const start = current === null ? 0 : order.indexOf(current) + 1;
  for (let k = 0; k < order.length; k++) {
    const key = order[(start + k) % order.length]!;
    if (!answered.has(key) && key !== current) return key;
  }
  return null;
}

/** A consent condition's sets, as the rule profile names them. */
type HouseholdSet = 'ALL' | 'PARTICIPANTS' | 'AGREE' | 'SIGNED_AGREE';

const WHAT_IS_MISSING: Record<HouseholdSet, string> = {
  ALL: '',
  PARTICIPANTS: '参与表决',
  AGREE: '同意',
  SIGNED_AGREE: '签字同意',
};

/**
 * A condition's gap in words: the least households still needed, of what kind. `gap` is as the
 * tally gives it: 0 when passed, null when no number of households would do.
 */
export function gapText(gap: number | null, numerator: HouseholdSet | undefined): string {
  if (gap === 0) return '已达到';
  if (gap === null) return '剩余户数已不足以达到';
  return `还差 ${gap} 户${numerator ? WHAT_IS_MISSING[numerator] : ''}`;
}

/** A share of a condition, for the bar: households as they are, floor area from hundredths of m². */
export function shareOf(numerator: string, denominator: string): number {
  const d = Number(denominator);
  return d > 0 ? Number(numerator) / d : 0;
}

/** A condition's count as read: "32 / 40 户" or "2,650.50 / 3,300.00 m²". */
export function countText(numerator: string, denominator: string, weight: 'HEADCOUNT' | 'AREA'): string {
  if (weight === 'HEADCOUNT') return `${numerator} / ${denominator} 户`;
  const m2 = (hundredths: string) =>
    (Number(hundredths) / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${m2(numerator)} / ${m2(denominator)} m²`;
}
