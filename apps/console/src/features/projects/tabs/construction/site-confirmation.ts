import { fenFromYuan } from '../../../../shared/money';

export interface QuantityDifference {
  key: string;
  /** null: built but not in the plan. */
  planned: string | null;
  /** null: in the plan but not confirmed. */
  built: string | null;
}

/** Hundredths of a decimal quantity ("86.5" → 8650n), compared as numbers, not as text. */
const hundredths = (q: string) => {
  const h = fenFromYuan(q);
  return h === null ? null : BigInt(h);
};

/**
 * Where the confirmed quantities differ from the plan's, item by item: what COMPLETE_CONSTRUCTION
 * refuses when no approved change order changed the content (a difference is a change).
 */
export function quantityDifferences(
  plan: { key: string; quantity: string }[],
  built: { key: string; quantity: string }[],
): QuantityDifference[] {
  const confirmed = new Map(built.map((b) => [b.key, b.quantity]));
  const planned = new Set(plan.map((p) => p.key));
  return [
    ...plan.flatMap((p) => {
      const b = confirmed.get(p.key);
      return b !== undefined && hundredths(b) === hundredths(p.quantity) ? [] : [{ key: p.key, planned: p.quantity, built: b ?? null }];
    }),
    ...built.filter((b) => !planned.has(b.key)).map((b) => ({ key: b.key, planned: null, built: b.quantity })),
  ];
}
