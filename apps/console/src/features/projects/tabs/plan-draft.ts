import { hundredths, lineBudgetFen, PLAN_SECTIONS, type PlanSection } from '@domain/plan/plan';
import { fenFromYuan, yuanFromFen, yuanNumber } from '../../../shared/money';
import type { PlanBody, PlanItemBody, PlanVersion } from './preparation-queries';

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

/** A whole version being drafted, as its form holds it: amounts and the share as typed, empty where not stated. */
export interface DraftValues {
  sections: Partial<Record<PlanSection, string>>;
  currentStateSurvey: boolean;
  fireLanes: boolean;
  ageFriendly: boolean;
  elevatorPositionReserved: boolean;
  contributions: { residentSharePercent: string; residents: string; socialCapital: string };
  items: DraftItem[];
  changeNote?: string;
  /** A closed PLAN round whose residents' choices keep or drop the optional items when saved. */
  applyChoicesFrom?: string;
  adoptedObjections: string[];
}

/** The residents' share: a percent from 0 to 100 of at most two decimals. */
export function isPercent(text: string | undefined): boolean {
  return isQuantity(text) && hundredths(text!.trim()) <= 10000n;
}

/** Yuan as the form shows them: exact, without grouping, so that they read back to the same fen. */
const typedYuan = (yuan: string | null) => (yuan === null ? '' : yuanFromFen(fenFromYuan(yuan)!).replaceAll(',', ''));

/**
 * A new version starts as the last one stands, so that only the changes are typed; the objections
 * it takes up are its own (an edited version's, none yet for the next).
 */
export function draftValuesFrom(version: PlanVersion | undefined, edit = false): DraftValues {
  const k = version?.contributions;
  return {
    sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s, version?.sections[s] ?? ''])),
    currentStateSurvey: version?.currentStateSurvey ?? false,
    fireLanes: version?.fireLanes ?? false,
    ageFriendly: version?.ageFriendly ?? false,
    elevatorPositionReserved: version?.elevatorPositionReserved ?? false,
    contributions: {
      residentSharePercent: k?.residentSharePercent ?? '',
      residents: typedYuan(k?.residents ?? null),
      socialCapital: typedYuan(k?.socialCapital ?? null),
    },
    items: draftFrom(version),
    changeNote: edit ? (version?.changeNote ?? '') : '',
    adoptedObjections: edit ? (version?.adoptedObjections ?? []) : [],
  };
}

/**
 * A validated draft as the API's body, so the version is what the form shows: a contribution left
 * empty is withdrawn (null), a section emptied is sent empty, one never written stays unwritten.
 */
export function draftBody(values: DraftValues, from?: PlanVersion): PlanBody {
  const { residentSharePercent, residents, socialCapital } = values.contributions;
  const yuan = (text: string) => (text.trim() ? yuanNumber(fenFromYuan(text)!) : null);
  const note = values.changeNote?.trim();
  return {
    sections: Object.fromEntries(
      PLAN_SECTIONS.map((s) => [s, (values.sections[s] ?? '').trim()] as const).filter(
        ([s, text]) => text || from?.sections[s] !== undefined,
      ),
    ),
    currentStateSurvey: values.currentStateSurvey,
    fireLanes: values.fireLanes,
    ageFriendly: values.ageFriendly,
    elevatorPositionReserved: values.elevatorPositionReserved,
    contributions: {
      residentSharePercent: residentSharePercent.trim() ? Number(residentSharePercent.trim()) : null,
      residents: yuan(residents),
      socialCapital: yuan(socialCapital),
    },
    items: values.items.map(itemBody),
    adoptedObjections: values.adoptedObjections ?? [],
    ...(values.applyChoicesFrom ? { applyChoicesFrom: values.applyChoicesFrom } : {}),
    ...(note ? { changeNote: note } : {}),
  };
}

/** The rows a new version starts from: the last version's items. */
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
