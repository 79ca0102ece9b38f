import { decide, type MachineRole } from '../machine/machine.js';
import { ROUND_EVENTS, ROUND_STATES, roundMachine, type RoundContext, type RoundEvent, type RoundState } from './round.machine.js';
import { confirmationNeedsReason, rosterConfirmationState, type RosterConfirmationRecord, type RosterNow } from './roster.js';

const ROLES: MachineRole[] = ['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR', 'SYSTEM'];
const ENDS = new Date('2024-06-01T00:00:00.000Z');
const NOW = new Date('2024-06-15T00:00:00.000Z');

/** A context in which every guard is satisfied. */
const ROSTER_NOW: RosterNow = { revision: 7, households: 120, surveyHouseholds: 120 };
const CONFIRMED: RosterConfirmationRecord = { revision: 7, households: 120, surveyHouseholds: 120, reason: null };
const good = (over: Partial<RoundContext> = {}): RoundContext => ({
  rosterSize: 120,
  roster: { now: ROSTER_NOW, confirmation: CONFIRMED },
  publicityEndsAt: ENDS,
  request: { reason: '规划调整 / plan changed' },
  ...over,
});

const fire = (state: RoundState, event: RoundEvent, role: MachineRole, context: RoundContext = good(), now: Date = NOW) =>
  decide(roundMachine, { state, event, role, context, now });

/** Every transition: from, event, to, and exactly who may fire it. */
const ROWS: [RoundState, RoundEvent, RoundState, MachineRole[]][] = [
  ['DRAFT', 'OPEN', 'OPEN', ['RESIDENTS_COMMITTEE', 'DISTRICT_PM']],
  ['OPEN', 'CLOSE', 'CLOSED', ['RESIDENTS_COMMITTEE', 'DISTRICT_PM']],
  ['CLOSED', 'START_PUBLICITY', 'PUBLICITY', ['RESIDENTS_COMMITTEE', 'DISTRICT_PM']],
  ['PUBLICITY', 'END_PUBLICITY', 'CONCLUDED', ['SYSTEM', 'DISTRICT_PM']],
  ['DRAFT', 'CANCEL', 'CANCELLED', ['DISTRICT_PM']],
  ['OPEN', 'CANCEL', 'CANCELLED', ['DISTRICT_PM']],
  ['CLOSED', 'CANCEL', 'CANCELLED', ['DISTRICT_PM']],
  ['PUBLICITY', 'CANCEL', 'CANCELLED', ['DISTRICT_PM']],
];

describe('roundMachine', () => {
  it('starts in DRAFT; CONCLUDED and CANCELLED are the terminal states', () => {
    expect(roundMachine.initial).toBe('DRAFT');
    const terminal = ROUND_STATES.filter((s) => roundMachine.states[s].terminal);
    expect(terminal.sort()).toEqual(['CANCELLED', 'CONCLUDED']);
  });

  describe.each(ROWS)('%s --%s--> %s', (from, event, to, allowed) => {
    it.each(allowed)('is fired by %s', (role) => {
      expect(fire(from, event, role)).toMatchObject({ ok: true, from, to, event });
    });
    it.each(ROLES.filter((r) => !allowed.includes(r)))('is refused to %s', (role) => {
      expect(fire(from, event, role)).toMatchObject({ ok: false, reason: 'ROLE_NOT_ALLOWED', from, event });
    });
  });

  it('defines no transitions beyond the rows above (every other state/event is refused)', () => {
    for (const state of ROUND_STATES) {
      for (const event of ROUND_EVENTS) {
        const row = ROWS.find(([f, e]) => f === state && e === event);
        for (const role of ROLES) {
          const d = fire(state, event, role);
          if (!row) expect(d).toMatchObject({ ok: false, reason: 'EVENT_NOT_ALLOWED', from: state, event });
        }
      }
    }
  });

  it.each(['CONCLUDED', 'CANCELLED'] as const)('nothing leaves %s', (state) => {
    for (const event of ROUND_EVENTS) {
      for (const role of ROLES) {
        expect(fire(state, event, role)).toMatchObject({ ok: false, reason: 'EVENT_NOT_ALLOWED', allowed: [] });
      }
    }
  });

  it('a SUPERVISOR fires nothing, from any state', () => {
    for (const state of ROUND_STATES) {
      for (const event of ROUND_EVENTS) {
        expect(fire(state, event, 'SUPERVISOR').ok).toBe(false);
      }
    }
  });

  describe('DRAFT -> OPEN needs a non-empty roster', () => {
    it('refuses an empty roster with ROUND.EMPTY_ROSTER', () => {
      const d = fire('DRAFT', 'OPEN', 'RESIDENTS_COMMITTEE', good({ rosterSize: 0 }));
      expect(d).toMatchObject({
        ok: false,
        reason: 'GUARD_FAILED',
        guards: [
          { guard: 'rosterNotEmpty', ok: false, code: 'ROUND.EMPTY_ROSTER' },
          { guard: 'rosterConfirmed', ok: true },
          { guard: 'rosterConfirmationCurrent', ok: true },
        ],
      });
      if (!d.ok && d.reason === 'GUARD_FAILED') {
        expect(d.guards[0]!.message?.zh).toBeTruthy();
        expect(d.guards[0]!.message?.en).toBeTruthy();
      }
    });
    it('opens with a single household', () => {
      expect(fire('DRAFT', 'OPEN', 'DISTRICT_PM', good({ rosterSize: 1 }))).toMatchObject({ ok: true, to: 'OPEN' });
    });
  });

  describe('DRAFT -> OPEN needs the roster confirmed complete, and still as it was confirmed', () => {
    const codes = (roster: RoundContext['roster']) => {
      const d = fire('DRAFT', 'OPEN', 'RESIDENTS_COMMITTEE', good({ roster }));
      return d.ok || d.reason !== 'GUARD_FAILED' ? [] : d.guards.filter((g) => !g.ok).map((g) => g.code);
    };

    it.each<[string, RoundContext['roster'], string[]]>([
      ['confirmed at the current revision', { now: ROSTER_NOW, confirmation: CONFIRMED }, []],
      ['never confirmed', { now: ROSTER_NOW, confirmation: null }, ['ROUND.ROSTER_UNCONFIRMED']],
      ['not read at all', null, ['ROUND.ROSTER_UNCONFIRMED']],
      [
        'changed once since (a household added, edited, imported or removed)',
        { now: { ...ROSTER_NOW, revision: 8 }, confirmation: CONFIRMED },
        ['ROUND.ROSTER_CONFIRMATION_STALE'],
      ],
      [
        'the survey count changed since',
        { now: { ...ROSTER_NOW, surveyHouseholds: 121 }, confirmation: CONFIRMED },
        ['ROUND.ROSTER_CONFIRMATION_STALE'],
      ],
      [
        'confirmed with a reason for a difference, unchanged since',
        {
          now: { revision: 3, households: 118, surveyHouseholds: 120 },
          confirmation: { revision: 3, households: 118, surveyHouseholds: 120, reason: '两户为公房，已并入' },
        },
        [],
      ],
    ])('%s: %j', (_name, roster, expected) => {
      expect(codes(roster)).toEqual(expected);
    });

    it('says what to do in both languages', () => {
      const d = fire('DRAFT', 'OPEN', 'DISTRICT_PM', good({ roster: { now: ROSTER_NOW, confirmation: null } }));
      const failed = !d.ok && d.reason === 'GUARD_FAILED' ? d.guards.find((g) => !g.ok) : undefined;
      expect(failed?.message?.zh).toMatch(/摸底调查户数/);
      expect(failed?.message?.en).toMatch(/survey/);
    });

    it('a difference from the survey, or no survey to compare with, needs a reason; equal counts do not', () => {
      expect(confirmationNeedsReason({ revision: 1, households: 120, surveyHouseholds: 120 })).toBe(false);
      expect(confirmationNeedsReason({ revision: 1, households: 119, surveyHouseholds: 120 })).toBe(true);
      expect(confirmationNeedsReason({ revision: 1, households: 121, surveyHouseholds: 120 })).toBe(true);
      expect(confirmationNeedsReason({ revision: 1, households: 120, surveyHouseholds: null })).toBe(true);
      expect(rosterConfirmationState(ROSTER_NOW, null)).toBe('UNCONFIRMED');
    });
  });

  describe('PUBLICITY -> CONCLUDED only once the notice period is over', () => {
    it.each([
      ['one ms before the end', new Date(ENDS.getTime() - 1), false],
      ['exactly at the end', new Date(ENDS.getTime()), true],
      ['after the end', new Date(ENDS.getTime() + 86_400_000), true],
    ])('%s -> ok=%s', (_name, now, ok) => {
      for (const role of ['SYSTEM', 'DISTRICT_PM'] as const) {
        const d = fire('PUBLICITY', 'END_PUBLICITY', role, good(), now);
        if (ok) expect(d).toMatchObject({ ok: true, to: 'CONCLUDED' });
        else
          expect(d).toMatchObject({
            ok: false,
            reason: 'GUARD_FAILED',
            guards: [{ guard: 'publicityOver', ok: false, code: 'ROUND.PUBLICITY_NOT_OVER' }],
          });
      }
    });
    it('refuses when no end of publicity is set', () => {
      expect(fire('PUBLICITY', 'END_PUBLICITY', 'SYSTEM', good({ publicityEndsAt: null }))).toMatchObject({
        ok: false,
        reason: 'GUARD_FAILED',
        guards: [{ code: 'ROUND.PUBLICITY_NOT_OVER' }],
      });
    });
    it('refuses a RESIDENTS_COMMITTEE even after the end', () => {
      expect(fire('PUBLICITY', 'END_PUBLICITY', 'RESIDENTS_COMMITTEE')).toMatchObject({
        ok: false,
        reason: 'ROLE_NOT_ALLOWED',
        roles: ['SYSTEM', 'DISTRICT_PM'],
      });
    });
  });

  describe('CANCEL needs a reason', () => {
    it.each(['DRAFT', 'OPEN', 'CLOSED', 'PUBLICITY'] as const)(
      'from %s: no, empty or blank reason is refused with TRANSITION.REASON_REQUIRED',
      (state) => {
        for (const reason of [null, '', '   \n\t']) {
          expect(fire(state, 'CANCEL', 'DISTRICT_PM', good({ request: { reason } }))).toMatchObject({
            ok: false,
            reason: 'GUARD_FAILED',
            guards: [{ guard: 'reasonGiven', ok: false, code: 'TRANSITION.REASON_REQUIRED' }],
          });
        }
        expect(fire(state, 'CANCEL', 'DISTRICT_PM', good({ request: { reason: 'x' } }))).toMatchObject({ ok: true, to: 'CANCELLED' });
      },
    );
  });

  it('the other transitions have no guards to fail (empty roster or open publicity do not matter)', () => {
    const bad = good({ rosterSize: 0, publicityEndsAt: null, request: { reason: null } });
    expect(fire('OPEN', 'CLOSE', 'RESIDENTS_COMMITTEE', bad)).toMatchObject({ ok: true, to: 'CLOSED', guards: [] });
    expect(fire('CLOSED', 'START_PUBLICITY', 'DISTRICT_PM', bad)).toMatchObject({ ok: true, to: 'PUBLICITY', guards: [] });
  });
});
