import type { components } from '../../api/schema';

type HouseholdBody = components['schemas']['HouseholdDto'];
type MoveBody = components['schemas']['HouseholdMoveDto'];

/** A household as its form holds it: the area as typed, owner and phone possibly blank. */
export interface HouseholdForm {
  building: string;
  unit: string;
  room: string;
  floorArea: number;
  ownerName?: string | null;
  ownerPhone?: string | null;
}

export interface MoveForm {
  kind: MoveBody['kind'];
  reason: string;
  on: string;
  intoHouseholdId?: string;
  newHouseholds?: HouseholdForm[];
}

const blankToNull = (s: string | null | undefined): string | null => (s?.trim() ? s.trim() : null);

/**
 * What the API takes for a household: a blank owner or phone is sent as null, which clears it on
 * an edit (left out, it would stay as it was). The API accepts null there though its document
 * declares only a string.
 */
export function householdBody(v: HouseholdForm): HouseholdBody {
  return {
    building: v.building.trim(),
    unit: v.unit.trim(),
    room: v.room.trim(),
    floorArea: v.floorArea,
    ownerName: blankToNull(v.ownerName),
    ownerPhone: blankToNull(v.ownerPhone),
  } as HouseholdBody;
}

/** A move as the API takes it: each kind with its own fields only, since another kind's are refused. */
export function moveBody(v: MoveForm): MoveBody {
  const common = { kind: v.kind, reason: v.reason.trim(), on: v.on };
  if (v.kind === 'MERGED') return { ...common, intoHouseholdId: v.intoHouseholdId };
  if (v.kind === 'SPLIT') return { ...common, newHouseholds: (v.newHouseholds ?? []).map(householdBody) };
  return common;
}

/** Today in China as YYYY-MM-DD: the latest day a move may be dated, wherever the browser is. */
export function chinaToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A household as a recorder says it: 1-1-101. */
export function doorOf(h: { building: string; unit: string; room: string }): string {
  return `${h.building}-${h.unit}-${h.room}`;
}
