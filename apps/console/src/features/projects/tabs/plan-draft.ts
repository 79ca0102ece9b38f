import { lineBudgetFen } from '@domain/plan/plan';
import { fenFromYuan, yuanNumber } from '../../../shared/money';
import type { PlanItemBody, PlanVersion } from './preparation-queries';

/** One row of a plan version being drafted, as its form holds it: quantity and unit price as typed. */
export interface DraftItem {
  key: string;
  name: string;
  kind?: PlanItemBody['kind'] | null;
  category: PlanItemBody['category'];
  quantity: string;
  unit: string;
  /** Yuan, as typed. */
  unitPrice: string;
  paidBy: PlanItemBody['paidBy'];
  required: boolean;
  compoundId?: string | null;
}

const QUANTITY = /^\d+(?:\.\d{1,2})?$/;

/** A quantity the API takes: a non-negative number of at most two decimals. */
export function isQuantity(text: string | undefined): boolean {
  return text !== undefined && QUANTITY.test(text.trim());
}

/** The rows a new version starts from: the last version's items, so that only the changes are typed. */
export function draftFrom(version: PlanVersion | undefined): DraftItem[] {
  return (version?.items ?? []).map((i) => ({
    key: i.key,
    name: i.name,
    kind: (i.kind as DraftItem['kind']) ?? null,
    category: i.category as DraftItem['category'],
    quantity: i.quantity,
    unit: i.unit,
    unitPrice: i.unitPrice,
    paidBy: i.paidBy as DraftItem['paidBy'],
    required: i.required,
    compoundId: i.compoundId,
  }));
}

/** A row's budget in fen as the API will count it (quantity × unit price, half up to the fen); null until both are amounts. */
export function lineFen(row: Partial<DraftItem> | undefined): string | null {
  if (!row || !isQuantity(row.quantity)) return null;
  const price = fenFromYuan(row.unitPrice ?? '');
  return price === null ? null : lineBudgetFen(row.quantity!.trim(), BigInt(price)).toString();
}

/** The draft's total in fen, and whether every row counted (a row still being typed does not). */
export function draftTotal(rows: (Partial<DraftItem> | undefined)[]): { fen: string; complete: boolean } {
  let total = 0n;
  let complete = true;
  for (const row of rows) {
    const line = lineFen(row);
    if (line === null) complete = false;
    else total += BigInt(line);
  }
  return { fen: total.toString(), complete };
}

/** A key for a new row, unlike every key in the draft: keys follow an item from one version to the next. */
export function newItemKey(rows: (Partial<DraftItem> | undefined)[]): string {
  const taken = new Set(rows.map((r) => r?.key));
  let n = rows.length + 1;
  while (taken.has(`item-${n}`)) n++;
  return `item-${n}`;
}

/** A validated row as the API's item: numbers of at most two decimals, read from the text exactly. */
export function itemBody(row: DraftItem): PlanItemBody {
  return {
    key: row.key,
    name: row.name.trim(),
    ...(row.kind ? { kind: row.kind } : {}),
    category: row.category,
    quantity: Number(row.quantity.trim()),
    unit: row.unit.trim(),
    unitPrice: yuanNumber(fenFromYuan(row.unitPrice)!),
    paidBy: row.paidBy,
    required: row.required,
    ...(row.compoundId ? { compoundId: row.compoundId } : {}),
  };
}
