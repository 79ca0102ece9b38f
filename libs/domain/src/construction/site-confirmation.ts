import { hundredths, type PlanItem } from '../plan/plan.js';

/**
 * The written on-site confirmation (现场签证书面确认, Huitong, seed 001): for a project whose content
 * did not change, the project HQ and resident representatives confirm on site the work and the
 * quantities actually built. It certifies completion against the approved plan; a difference is a
 * change, which goes through a change order instead.
 */
export interface SiteConfirmation {
  /** The plan version the quantities were confirmed against. */
  planVersion: number;
  items: { key: string; quantity: string }[];
  /** The compounds whose resident representatives confirmed: in a project area, each one's. */
  representedCompounds: string[];
}

export interface QuantityDifference {
  key: string;
  /** null: confirmed but not in the plan. */
  planned: string | null;
  /** null: in the plan but not confirmed. */
  confirmed: string | null;
}

/** Every item whose confirmed quantity is not the planned one, exactly; in plan order, then the extra ones. */
export function quantityDifferences(
  plan: readonly Pick<PlanItem, 'key' | 'quantity'>[],
  confirmed: readonly { key: string; quantity: string }[],
): QuantityDifference[] {
  const built = new Map(confirmed.map((i) => [i.key, i.quantity]));
  const planned = new Set(plan.map((i) => i.key));
  return [
    ...plan
      .filter((i) => !built.has(i.key) || hundredths(built.get(i.key)!) !== hundredths(i.quantity))
      .map((i) => ({ key: i.key, planned: i.quantity, confirmed: built.get(i.key) ?? null })),
    ...confirmed.filter((i) => !planned.has(i.key)).map((i) => ({ key: i.key, planned: null, confirmed: i.quantity })),
  ];
}
