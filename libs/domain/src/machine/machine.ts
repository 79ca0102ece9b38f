import type { Bilingual, Role } from '../roles.js';

/** A guard either lets the event through or refuses with a stable code and a bilingual message. */
export type GuardOutcome = { ok: true } | { ok: false; code: string; message: Bilingual };

/** Pure: a loaded context and the time in, an outcome out. */
export type Guard<C> = (context: C, now: Date) => GuardOutcome;

export interface GuardResult {
  guard: string;
  ok: boolean;
  code?: string;
  message?: Bilingual;
}

/** Target of an event that returns to the state the machine was in before (ON_HOLD -> where it left). */
export const PREVIOUS = '$previous' as const;

/** Users' roles, plus the worker acting on a deadline. */
export type MachineRole = Role | 'SYSTEM';

export interface TransitionDef<S extends string, G extends string> {
  to: S | typeof PREVIOUS;
  roles: readonly MachineRole[];
  guards: readonly G[];
  label: Bilingual;
}

export interface StateDef {
  label: Bilingual;
  terminal?: boolean;
}

export interface MachineDef<S extends string, E extends string, C, G extends string = string> {
  name: string;
  title: Bilingual;
  initial: S;
  states: Record<S, StateDef>;
  events: readonly E[];
  transitions: { [state in S]?: { [event in E]?: TransitionDef<S, G> } };
  guards: Record<G, Guard<C>>;
}

export function ok(): GuardOutcome {
  return { ok: true };
}

export function refuse(code: string, zh: string, en: string): GuardOutcome {
  return { ok: false, code, message: { zh, en } };
}

export function isEvent<S extends string, E extends string, C>(machine: MachineDef<S, E, C>, value: string): value is E {
  return (machine.events as readonly string[]).includes(value);
}

/** Events defined from a state, whoever fires them. */
export function eventsFrom<S extends string, E extends string, C>(machine: MachineDef<S, E, C>, state: S): E[] {
  return Object.keys(machine.transitions[state] ?? {}) as E[];
}

export function evaluateGuards<S extends string, E extends string, C, G extends string>(
  machine: MachineDef<S, E, C, G>,
  def: TransitionDef<S, G>,
  context: C,
  now: Date,
): GuardResult[] {
  return def.guards.map((name) => {
    const outcome = machine.guards[name](context, now);
    return outcome.ok ? { guard: name, ok: true } : { guard: name, ok: false, code: outcome.code, message: outcome.message };
  });
}

export type Decision<S extends string, E extends string> =
  | { ok: true; from: S; to: S; event: E; guards: GuardResult[] }
  | { ok: false; reason: 'EVENT_NOT_ALLOWED'; from: S; event: E; allowed: E[] }
  | { ok: false; reason: 'ROLE_NOT_ALLOWED'; from: S; event: E; roles: readonly MachineRole[] }
  | { ok: false; reason: 'GUARD_FAILED'; from: S; event: E; guards: GuardResult[] };

export interface DecideInput<S extends string, E extends string, C> {
  state: S;
  /** The state to return to for a PREVIOUS target. */
  previous?: S | null;
  event: E;
  role: MachineRole;
  context: C;
  now: Date;
}

/**
 * The one place that decides a transition. No I/O: a late, duplicate or concurrent request is
 * refused here simply because the state it saw is no longer the state it started from.
 */
export function decide<S extends string, E extends string, C, G extends string>(
  machine: MachineDef<S, E, C, G>,
  input: DecideInput<S, E, C>,
): Decision<S, E> {
  const { state, event } = input;
  const def = machine.transitions[state]?.[event];
  if (!def) {
    return { ok: false, reason: 'EVENT_NOT_ALLOWED', from: state, event, allowed: eventsFrom(machine, state) };
  }
  if (!def.roles.includes(input.role)) {
    return { ok: false, reason: 'ROLE_NOT_ALLOWED', from: state, event, roles: def.roles };
  }
  const guards = evaluateGuards(machine, def, input.context, input.now);
  if (guards.some((g) => !g.ok)) {
    return { ok: false, reason: 'GUARD_FAILED', from: state, event, guards };
  }
  const to = def.to === PREVIOUS ? input.previous : def.to;
  if (!to) {
    // A PREVIOUS target without a remembered state is a corrupted row, not a user error.
    throw new Error(`${machine.name}: ${String(event)} from ${state} has no state to return to`);
  }
  return { ok: true, from: state, to, event, guards };
}
