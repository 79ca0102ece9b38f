import { decide, type Decision } from '../machine/machine.js';
import type { Role } from '../roles.js';
import { MANDATORY_ITEMS } from '../plan/plan.js';
import { EXEMPTION_BASES } from '../plan/review.js';
import { ARCHIVE_KINDS } from '../aftercare/archive.js';
import {
  ADMISSION_ITEMS,
  lifecycleMachine,
  PROJECT_EVENTS,
  PROJECT_STATES,
  type CompoundContext,
  type LifecycleContext,
  type ProjectEvent,
  type ProjectState,
} from './lifecycle.machine.js';

type D = Decision<ProjectState, ProjectEvent>;

const now = new Date('2025-06-01T08:00:00Z');

/** A covered compound whose residents did everything the guards ask. */
function passingCompound(id = 'c1', name = '桂花苑'): CompoundContext {
  return {
    id,
    name,
    buildYear: 1995,
    buildings: 12,
    households: 480,
    floorArea: '36500.00',
    inShantytownPlan: false,
    eligibilityException: null,
    survey: { baseDataRecorded: true, assetsRecorded: true, willingnessRecorded: true },
    bodies: [
      { kind: 'RENOVATION_COUNCIL', residentMembers: 5, members: 5 },
      { kind: 'OWNERS_COMMITTEE', residentMembers: 5, members: 5 },
    ],
    willingnessRounds: [{ state: 'CONCLUDED', result: 'PASSED' }],
    planRounds: [
      { state: 'CONCLUDED', result: 'FAILED', planVersion: 1 },
      { state: 'CONCLUDED', result: 'PASSED', planVersion: 2 },
    ],
    unansweredObjections: 0,
    admissionConfirmed: [...ADMISSION_ITEMS],
    satisfaction: 'PASSED',
  };
}

/** A context in which every non-capability guard passes. */
function passingContext(): LifecycleContext {
  return {
    compounds: [passingCompound()],
    admission: { planYear: 2026, implementingEntity: '区城市更新公司' },
    funding: { budgetFen: 350_000_000n, sources: 2, raisedFen: 350_000_000n, residentsFen: 0n, socialCapitalFen: 0n },
    plan: {
      version: 2,
      sections: { residentOpinions: '两轮入户征询，收集意见126条' },
      contributions: { residentSharePercent: '0.00', residentsFen: 0n, socialCapitalFen: 0n },
      currentStateSurvey: true,
      fireLanes: true,
      ageFriendly: true,
      elevatorPositionReserved: true,
      items: [...MANDATORY_ITEMS].map((kind, i) => ({
        key: kind.toLowerCase(),
        name: kind,
        kind,
        category: 'BASIC' as const,
        quantity: '1.00',
        unit: '项',
        unitPriceFen: 10_000_000n,
        budgetFen: 10_000_000n,
        paidBy: 'GOVERNMENT' as const,
        required: i >= 0,
      })),
    },
    review: {
      state: 'OPEN',
      reviewers: ['HOUSING', 'FIRE_EMERGENCY'],
      opinions: [
        { reviewer: 'HOUSING', opinion: 'APPROVE', conditions: [] },
        { reviewer: 'FIRE_EMERGENCY', opinion: 'APPROVE_WITH_CONDITIONS', conditions: [{ acknowledged: true }] },
      ],
    },
    lastRejectedVersion: null,
    permits: { count: 0, exemptionBases: [...EXEMPTION_BASES] },
    team: { contractor: '某建设公司', supervisionCompany: '某监理公司', volunteers: 2 },
    construction: {
      acceptedItems: [
        { key: 'a', percent: 100 },
        { key: 'b', percent: 100 },
      ],
      planItems: ['a', 'b'],
      openFindings: 0,
      pendingChangeOrders: 0,
      approvedChangeOrders: 0,
      // The plan's items at the plan's quantities, confirmed on site against its version.
      siteConfirmation: {
        planVersion: 2,
        items: [...MANDATORY_ITEMS].map((kind) => ({ key: kind.toLowerCase(), quantity: '1' })),
        representedCompounds: ['c1'],
      },
      openComplaints: 0,
      rectificationUnreported: false,
    },
    acceptance: {
      parties: ['CONTRACTOR', 'OWNER_REPRESENTATIVES'],
      signatures: [
        { party: 'CONTRACTOR', opinion: 'PASS' },
        { party: 'OWNER_REPRESENTATIVES', opinion: 'PASS' },
      ],
    },
    archive: { filed: [...ARCHIVE_KINDS], changeOrders: 1 },
    longTerm: {
      property: { mode: 'PROFESSIONAL', contractEnd: '2028-05-31' },
      fundPlanned: true,
      revisitsDone: [6, 12],
    },
    // The seeds' values, the defaults of the local settings: Suining's 3-5, Daoxian's 1-2.
    rules: { councilMembers: { min: 3, max: 5 }, volunteerSupervisors: { min: 1, max: 2 } },
    request: { reason: '居民反映需先处理管线问题' },
  };
}

/** A change to the passing context; the compound's parts change its one covered compound. */
type Patch = {
  compound?: Partial<CompoundContext>;
  survey?: CompoundContext['survey'] | Partial<NonNullable<CompoundContext['survey']>>;
  bodies?: CompoundContext['bodies'];
  willingnessRounds?: CompoundContext['willingnessRounds'];
  admission?: Partial<LifecycleContext['admission'] & { confirmed: CompoundContext['admissionConfirmed'] }>;
  funding?: LifecycleContext['funding'];
  plan?: Partial<NonNullable<LifecycleContext['plan']>> | null;
  planRounds?: CompoundContext['planRounds'];
  unansweredObjections?: number;
  review?: LifecycleContext['review'];
  lastRejectedVersion?: number | null;
  permits?: LifecycleContext['permits'];
  team?: LifecycleContext['team'];
  construction?: Partial<LifecycleContext['construction']>;
  acceptance?: (NonNullable<LifecycleContext['acceptance']> & { satisfaction?: CompoundContext['satisfaction'] }) | null;
  archive?: Partial<LifecycleContext['archive']>;
  longTerm?: Partial<LifecycleContext['longTerm']>;
  rules?: Partial<LifecycleContext['rules']>;
  reason?: string | null;
};

function contextWith(patch: Patch): LifecycleContext {
  const base = passingContext();
  const k = base.compounds[0]!;
  const { confirmed, ...admission } = patch.admission ?? {};
  const { satisfaction, ...acceptance } = patch.acceptance ?? { satisfaction: undefined };
  return {
    compounds: [
      {
        ...k,
        ...patch.compound,
        survey: patch.survey === null ? null : { ...k.survey!, ...patch.survey },
        bodies: patch.bodies ?? k.bodies,
        willingnessRounds: patch.willingnessRounds ?? k.willingnessRounds,
        planRounds: patch.planRounds ?? k.planRounds,
        unansweredObjections: patch.unansweredObjections ?? k.unansweredObjections,
        admissionConfirmed: confirmed ?? k.admissionConfirmed,
        satisfaction: satisfaction === undefined ? k.satisfaction : satisfaction,
      },
    ],
    admission: { ...base.admission, ...admission },
    funding: 'funding' in patch ? (patch.funding ?? null) : base.funding,
    plan: patch.plan === null ? null : { ...base.plan!, ...patch.plan },
    review: 'review' in patch ? (patch.review ?? null) : base.review,
    lastRejectedVersion: 'lastRejectedVersion' in patch ? (patch.lastRejectedVersion ?? null) : base.lastRejectedVersion,
    permits: patch.permits ?? base.permits,
    team: 'team' in patch ? (patch.team ?? null) : base.team,
    construction: { ...base.construction, ...patch.construction },
    acceptance: 'acceptance' in patch ? (patch.acceptance ? (acceptance as LifecycleContext['acceptance']) : null) : base.acceptance,
    archive: { ...base.archive, ...patch.archive },
    longTerm: { ...base.longTerm, ...patch.longTerm },
    rules: { ...base.rules, ...patch.rules },
    request: { reason: 'reason' in patch ? (patch.reason ?? null) : base.request.reason },
  };
}

function fire(
  state: ProjectState,
  event: ProjectEvent,
  opts: { role?: Role; context?: LifecycleContext; previous?: ProjectState | null } = {},
): D {
  return decide(lifecycleMachine, {
    state,
    event,
    role: opts.role ?? 'DISTRICT_PM',
    context: opts.context ?? passingContext(),
    previous: opts.previous,
    now,
  });
}

/** The codes of the failing guards; fails the test unless the decision is a guard refusal. */
function refusalCodes(d: D): string[] {
  if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error(`expected GUARD_FAILED, got ${JSON.stringify(d)}`);
  return d.guards.filter((g) => !g.ok).map((g) => g.code ?? '');
}

// ---------------------------------------------------------------------------------------------
// The table, written out literally.
// ---------------------------------------------------------------------------------------------

/** States from which a project can be suspended (every non-terminal state but ON_HOLD itself). */
const SUSPENDABLE: ProjectState[] = [
  'SURVEY',
  'ORGANIZING',
  'CONSULTATION',
  'APPLIED',
  'PLANNED',
  'DESIGN',
  'JOINT_REVIEW',
  'PERMITTING',
  'CONSTRUCTION',
  'ACCEPTANCE',
  'ARCHIVING',
  'LONG_TERM',
];
const NON_TERMINAL: ProjectState[] = [...SUSPENDABLE, 'ON_HOLD'];
const TERMINAL: ProjectState[] = ['CLOSED', 'CANCELLED'];

/** Stage rows whose guards can all pass today. */
const PASSING_STAGE_ROWS: [ProjectState, ProjectEvent, ProjectState][] = [
  ['SURVEY', 'COMPLETE_SURVEY', 'ORGANIZING'],
  ['ORGANIZING', 'START_CONSULTATION', 'CONSULTATION'],
  ['CONSULTATION', 'APPLY', 'APPLIED'],
  ['APPLIED', 'ADMIT_TO_PLAN', 'PLANNED'],
  ['PLANNED', 'START_DESIGN', 'DESIGN'],
  ['DESIGN', 'SUBMIT_FOR_REVIEW', 'JOINT_REVIEW'],
  ['JOINT_REVIEW', 'PASS_REVIEW', 'PERMITTING'],
  ['PERMITTING', 'START_CONSTRUCTION', 'CONSTRUCTION'],
  ['CONSTRUCTION', 'COMPLETE_CONSTRUCTION', 'ACCEPTANCE'],
  ['ACCEPTANCE', 'PASS_ACCEPTANCE', 'ARCHIVING'],
  ['ARCHIVING', 'COMPLETE_ARCHIVE', 'LONG_TERM'],
  ['LONG_TERM', 'CLOSE', 'CLOSED'],
];

const SIDE_ROWS: [ProjectState, ProjectEvent, ProjectState][] = [
  ...SUSPENDABLE.map((s): [ProjectState, ProjectEvent, ProjectState] => [s, 'SUSPEND', 'ON_HOLD']),
  ...NON_TERMINAL.map((s): [ProjectState, ProjectEvent, ProjectState] => [s, 'CANCEL', 'CANCELLED']),
];

/** Events allowed from each state, in any order. */
const ALLOWED: Record<ProjectState, ProjectEvent[]> = {
  SURVEY: ['COMPLETE_SURVEY', 'SUSPEND', 'CANCEL'],
  ORGANIZING: ['START_CONSULTATION', 'SUSPEND', 'CANCEL'],
  CONSULTATION: ['APPLY', 'SUSPEND', 'CANCEL'],
  APPLIED: ['ADMIT_TO_PLAN', 'SUSPEND', 'CANCEL'],
  PLANNED: ['START_DESIGN', 'SUSPEND', 'CANCEL'],
  DESIGN: ['SUBMIT_FOR_REVIEW', 'SUSPEND', 'CANCEL'],
  JOINT_REVIEW: ['PASS_REVIEW', 'REJECT_REVIEW', 'SUSPEND', 'CANCEL'],
  PERMITTING: ['START_CONSTRUCTION', 'SUSPEND', 'CANCEL'],
  CONSTRUCTION: ['COMPLETE_CONSTRUCTION', 'SUSPEND', 'CANCEL'],
  ACCEPTANCE: ['PASS_ACCEPTANCE', 'FAIL_ACCEPTANCE', 'SUSPEND', 'CANCEL'],
  ARCHIVING: ['COMPLETE_ARCHIVE', 'SUSPEND', 'CANCEL'],
  LONG_TERM: ['CLOSE', 'SUSPEND', 'CANCEL'],
  CLOSED: [],
  ON_HOLD: ['RESUME', 'CANCEL'],
  CANCELLED: [],
};

const ALL_ROWS: [ProjectState, ProjectEvent][] = (Object.keys(ALLOWED) as ProjectState[]).flatMap((s) =>
  ALLOWED[s].map((e): [ProjectState, ProjectEvent] => [s, e]),
);
const NOT_ALLOWED: [ProjectState, ProjectEvent][] = PROJECT_STATES.flatMap((s) =>
  PROJECT_EVENTS.filter((e) => !ALLOWED[s].includes(e)).map((e): [ProjectState, ProjectEvent] => [s, e]),
);

const council = (members: number, residentMembers = members) => ({ kind: 'RENOVATION_COUNCIL' as const, members, residentMembers });

const sorted = <T>(xs: readonly T[]): T[] => [...xs].sort();

describe('lifecycle machine', () => {
  describe('the table', () => {
    it('has exactly the rows listed in this test', () => {
      const actual = PROJECT_STATES.flatMap((s) => Object.keys(lifecycleMachine.transitions[s] ?? {}).map((e) => `${s}:${e}`));
      expect(sorted(actual)).toEqual(sorted(ALL_ROWS.map(([s, e]) => `${s}:${e}`)));
    });

    it('starts in SURVEY', () => {
      expect(lifecycleMachine.initial).toBe('SURVEY');
    });

    it.each(PASSING_STAGE_ROWS)('%s --%s--> %s when every guard passes', (from, event, to) => {
      expect(fire(from, event)).toMatchObject({ ok: true, from, to, event });
    });

    it.each(SIDE_ROWS)('%s --%s--> %s with a reason', (from, event, to) => {
      expect(fire(from, event)).toMatchObject({ ok: true, from, to, event });
    });

    it.each([['DESIGN'], ['CONSTRUCTION']] as [ProjectState][])('resumes ON_HOLD back to the previous state %s', (previous) => {
      expect(fire('ON_HOLD', 'RESUME', { previous })).toMatchObject({ ok: true, from: 'ON_HOLD', to: previous, event: 'RESUME' });
    });

    it('resumes without a reason', () => {
      expect(fire('ON_HOLD', 'RESUME', { previous: 'SURVEY', context: contextWith({ reason: null }) })).toMatchObject({
        ok: true,
        to: 'SURVEY',
      });
    });

    it('throws on RESUME when no previous state was remembered', () => {
      expect(() => fire('ON_HOLD', 'RESUME', { previous: null })).toThrow(/RESUME from ON_HOLD has no state to return to/);
    });

    it.each(SIDE_ROWS)('%s refuses %s without a reason', (from, event) => {
      expect(refusalCodes(fire(from, event, { context: contextWith({ reason: null }) }))).toEqual(['TRANSITION.REASON_REQUIRED']);
    });

    it.each([
      ['JOINT_REVIEW', 'REJECT_REVIEW'],
      ['ACCEPTANCE', 'FAIL_ACCEPTANCE'],
    ] as [ProjectState, ProjectEvent][])('%s %s also requires a reason', (from, event) => {
      expect(refusalCodes(fire(from, event, { context: contextWith({ reason: '  ' }) }))).toContain('TRANSITION.REASON_REQUIRED');
    });
  });

  describe('events not in the table', () => {
    it.each(NOT_ALLOWED)('%s refuses %s as not allowed, listing what is', (state, event) => {
      const d = fire(state, event);
      expect(d).toMatchObject({ ok: false, reason: 'EVENT_NOT_ALLOWED', from: state, event });
      if (d.ok || d.reason !== 'EVENT_NOT_ALLOWED') throw new Error('unreachable');
      expect(sorted(d.allowed)).toEqual(sorted(ALLOWED[state]));
    });

    it.each(TERMINAL.map((s) => [s]))('terminal state %s allows nothing', (state) => {
      for (const event of PROJECT_EVENTS) {
        expect(fire(state, event, { role: 'ADMIN', previous: 'SURVEY' })).toMatchObject({
          ok: false,
          reason: 'EVENT_NOT_ALLOWED',
          allowed: [],
        });
      }
    });

    it('refuses SUSPEND while already ON_HOLD', () => {
      expect(fire('ON_HOLD', 'SUSPEND')).toMatchObject({ ok: false, reason: 'EVENT_NOT_ALLOWED' });
    });
  });

  describe('roles', () => {
    const ADMIN_EVENTS: ProjectEvent[] = ['SUSPEND', 'RESUME', 'CANCEL'];
    const adminRows = ALL_ROWS.filter(([, e]) => ADMIN_EVENTS.includes(e));
    const stageRows = ALL_ROWS.filter(([, e]) => !ADMIN_EVENTS.includes(e));

    it.each(
      ALL_ROWS.flatMap(([s, e]) =>
        (['RESIDENTS_COMMITTEE', 'SUPERVISOR'] as Role[]).map((r): [ProjectState, ProjectEvent, Role] => [s, e, r]),
      ),
    )('%s %s refuses %s', (state, event, role) => {
      expect(fire(state, event, { role, previous: 'SURVEY' })).toMatchObject({ ok: false, reason: 'ROLE_NOT_ALLOWED', from: state, event });
    });

    it.each(adminRows)('%s %s allows ADMIN', (state, event) => {
      expect(fire(state, event, { role: 'ADMIN', previous: 'DESIGN' })).toMatchObject({ ok: true });
    });

    it.each(stageRows)('%s %s does not allow ADMIN', (state, event) => {
      const d = fire(state, event, { role: 'ADMIN' });
      expect(d).toMatchObject({ ok: false, reason: 'ROLE_NOT_ALLOWED', roles: ['DISTRICT_PM'] });
    });

    it('checks the role before the guards', () => {
      expect(fire('SURVEY', 'COMPLETE_SURVEY', { role: 'SUPERVISOR', context: contextWith({ survey: null }) })).toMatchObject({
        reason: 'ROLE_NOT_ALLOWED',
      });
    });

    it('checks the event before the role', () => {
      expect(fire('CLOSED', 'RESUME', { role: 'SUPERVISOR' })).toMatchObject({ reason: 'EVENT_NOT_ALLOWED' });
    });
  });

  describe('guards', () => {
    const completeSurvey = (patch: Patch): D => fire('SURVEY', 'COMPLETE_SURVEY', { context: contextWith(patch) });
    const startConsultation = (patch: Patch): D => fire('ORGANIZING', 'START_CONSULTATION', { context: contextWith(patch) });
    const suspend = (patch: Patch): D => fire('SURVEY', 'SUSPEND', { context: contextWith(patch) });

    describe('survey', () => {
      it('refuses a missing survey on every survey guard', () => {
        expect(refusalCodes(completeSurvey({ survey: null }))).toEqual([
          'SURVEY.BASE_DATA_INCOMPLETE',
          'SURVEY.ASSETS_MISSING',
          'SURVEY.WILLINGNESS_MISSING',
        ]);
      });

      it.each<[string, Patch, string]>([
        ['base data not recorded', { survey: { baseDataRecorded: false } }, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['buildings unknown', { compound: { buildings: null } }, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['no buildings', { compound: { buildings: 0 } }, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['households unknown', { compound: { households: null } }, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['no households', { compound: { households: 0 } }, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['floor area unknown', { compound: { floorArea: null } }, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['floor area 0.00', { compound: { floorArea: '0.00' } }, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['assets not recorded', { survey: { assetsRecorded: false } }, 'SURVEY.ASSETS_MISSING'],
        ['willingness not recorded', { survey: { willingnessRecorded: false } }, 'SURVEY.WILLINGNESS_MISSING'],
      ])('refuses %s', (_name, patch, code) => {
        expect(refusalCodes(completeSurvey(patch))).toEqual([code]);
      });

      it('passes one building, one household and 0.01 m² of floor area', () => {
        expect(completeSurvey({ compound: { buildings: 1, households: 1, floorArea: '0.01' } })).toMatchObject({ ok: true });
      });
    });

    describe('eligibility', () => {
      it('passes a compound built in 2000', () => {
        expect(completeSurvey({ compound: { buildYear: 2000 } })).toMatchObject({ ok: true });
      });

      it('refuses a compound built in 2001, naming the year', () => {
        const d = completeSurvey({ compound: { buildYear: 2001 } });
        expect(refusalCodes(d)).toEqual(['ELIGIBILITY.BUILT_AFTER_2000']);
        if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error('unreachable');
        const failed = d.guards.find((g) => !g.ok);
        expect(failed?.message?.zh).toContain('2001');
        expect(failed?.message?.en).toContain('2001');
      });

      it('passes a compound built in 2001 with an approved exception', () => {
        expect(completeSurvey({ compound: { buildYear: 2001, eligibilityException: { reason: '区政府批准' } } })).toMatchObject({
          ok: true,
        });
      });

      it('refuses a compound in a shantytown redevelopment plan', () => {
        expect(refusalCodes(completeSurvey({ compound: { inShantytownPlan: true } }))).toEqual(['ELIGIBILITY.IN_SHANTYTOWN_PLAN']);
      });
    });

    describe('self-governance body', () => {
      const owners = (members: number) => ({ kind: 'OWNERS_COMMITTEE' as const, members, residentMembers: members });

      it('refuses when no body is registered', () => {
        expect(refusalCodes(startConsultation({ bodies: [] }))).toEqual(['BODY.MISSING']);
      });

      it.each([[2], [6]])('refuses a council of %i members', (n) => {
        expect(refusalCodes(startConsultation({ bodies: [council(n)] }))).toEqual(['BODY.COUNCIL_SIZE']);
      });

      it.each([[3], [5]])('accepts a council of %i members', (n) => {
        expect(startConsultation({ bodies: [council(n)] })).toMatchObject({ ok: true, to: 'CONSULTATION' });
      });

      it('refuses a council with a non-resident member', () => {
        expect(refusalCodes(startConsultation({ bodies: [council(4, 3)] }))).toEqual(['BODY.COUNCIL_SIZE']);
      });

      it.each([[1], [12]])('accepts an owners committee of %i members', (n) => {
        expect(startConsultation({ bodies: [owners(n)] })).toMatchObject({ ok: true });
      });

      it('judges the council by the size the district sets: 5 to 7 refuses 4 and takes 7, naming the bounds', () => {
        const rules = { councilMembers: { min: 5, max: 7 } };
        const d = startConsultation({ bodies: [council(4)], rules });
        expect(refusalCodes(d)).toEqual(['BODY.COUNCIL_SIZE']);
        expect(d.ok === false && d.reason === 'GUARD_FAILED' && d.guards.find((g) => !g.ok)!.message).toEqual({
          zh: '桂花苑：改造理事会应由5至7名居民组成',
          en: '桂花苑: a renovation council must have 5 to 7 resident members',
        });
        expect(startConsultation({ bodies: [council(7)], rules })).toMatchObject({ ok: true });
      });

      it('refuses when any one of several councils is the wrong size', () => {
        expect(refusalCodes(startConsultation({ bodies: [owners(7), council(4), council(2)] }))).toEqual(['BODY.COUNCIL_SIZE']);
      });
    });

    describe('reason', () => {
      it.each([
        ['null', null],
        ['empty', ''],
        ['whitespace', ' \t\n '],
      ])('refuses a %s reason', (_name, reason) => {
        expect(refusalCodes(suspend({ reason }))).toEqual(['TRANSITION.REASON_REQUIRED']);
      });

      it('accepts a reason with surrounding spaces', () => {
        expect(suspend({ reason: '  资金未到位  ' })).toMatchObject({ ok: true, to: 'ON_HOLD' });
      });
    });

    it('reports every failing guard, each with a code and both messages', () => {
      const d = completeSurvey({ survey: null, compound: { buildYear: 2010, inShantytownPlan: true } });
      expect(d).toMatchObject({ ok: false, reason: 'GUARD_FAILED' });
      if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error('unreachable');
      expect(d.guards.map((g) => [g.guard, g.ok, g.code])).toEqual([
        ['surveyBaseData', false, 'SURVEY.BASE_DATA_INCOMPLETE'],
        ['surveyAssets', false, 'SURVEY.ASSETS_MISSING'],
        ['surveyWillingness', false, 'SURVEY.WILLINGNESS_MISSING'],
        ['builtBefore2001', false, 'ELIGIBILITY.BUILT_AFTER_2000'],
        ['notInShantytownPlan', false, 'ELIGIBILITY.IN_SHANTYTOWN_PLAN'],
      ]);
      for (const g of d.guards) {
        expect(g.message?.zh.trim()).toBeTruthy();
        expect(g.message?.en.trim()).toBeTruthy();
      }
    });

    it('reports passing guards alongside failing ones', () => {
      const d = startConsultation({ bodies: [council(6)] });
      if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error(`expected GUARD_FAILED, got ${JSON.stringify(d)}`);
      expect(d.guards).toEqual([
        { guard: 'bodyRegistered', ok: true },
        expect.objectContaining({ guard: 'councilSize', ok: false, code: 'BODY.COUNCIL_SIZE' }),
      ]);
    });

    it.each([
      ['ARCHIVING', 'COMPLETE_ARCHIVE', { archive: { filed: [] } }],
      ['LONG_TERM', 'CLOSE', { longTerm: { property: null, fundPlanned: false, revisitsDone: [] }, bodies: [] }],
    ] as [ProjectState, ProjectEvent, Patch][])('%s %s refusal carries both messages', (from, event, patch) => {
      const d = fire(from, event, { context: contextWith(patch) });
      if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error('unreachable');
      for (const g of d.guards.filter((x) => !x.ok)) {
        expect(g.message?.zh.trim()).toBeTruthy();
        expect(g.message?.en.trim()).toBeTruthy();
      }
    });
  });
});

describe('consent, admission and planning guards', () => {
  const codes = (state: ProjectState, event: ProjectEvent, patch: Patch) =>
    refusalCodes(fire(state, event, { context: contextWith(patch) }));

  it.each([
    ['no round at all', []],
    ['a round still open', [{ state: 'OPEN', result: null }]],
    ['a failed round', [{ state: 'CONCLUDED', result: 'FAILED' }]],
    ['a passed round still in its public notice', [{ state: 'PUBLICITY', result: 'PASSED' }]],
    ['a cancelled round', [{ state: 'CANCELLED', result: null }]],
  ] as [string, CompoundContext['willingnessRounds']][])('refuses APPLY with %s', (_, willingnessRounds) => {
    expect(codes('CONSULTATION', 'APPLY', { willingnessRounds })).toEqual(['CONSENT.NO_PASSED_WILLINGNESS_ROUND']);
  });

  it('lets APPLY through once any willingness round concluded and passed, even after a failed one', () => {
    const d = fire('CONSULTATION', 'APPLY', {
      context: contextWith({
        willingnessRounds: [
          { state: 'CONCLUDED', result: 'FAILED' },
          { state: 'CONCLUDED', result: 'PASSED' },
        ],
      }),
    });
    expect(d).toMatchObject({ ok: true, to: 'APPLIED' });
  });

  it('says a failed round fell short, not that none was held', () => {
    const d = fire('CONSULTATION', 'APPLY', { context: contextWith({ willingnessRounds: [{ state: 'CONCLUDED', result: 'FAILED' }] }) });
    expect(d.ok === false && d.reason === 'GUARD_FAILED' && d.guards[0].message?.en).toMatch(/fell short/);
  });

  it('refuses ADMIT_TO_PLAN without a plan year, and names each unconfirmed admission item', () => {
    expect(codes('APPLIED', 'ADMIT_TO_PLAN', { admission: { planYear: null } })).toEqual(['ADMISSION.NO_PLAN_YEAR']);
    const d = fire('APPLIED', 'ADMIT_TO_PLAN', { context: contextWith({ admission: { confirmed: ['DEMOLISH_ILLEGAL_STRUCTURES'] } }) });
    expect(refusalCodes(d)).toEqual(['ADMISSION.CHECKLIST_INCOMPLETE']);
    expect(d.ok === false && d.reason === 'GUARD_FAILED' && d.guards[1].message?.en).toMatch(
      /ACCEPT_PROPERTY_MANAGEMENT, REPLENISH_MAINTENANCE_FUND/,
    );
  });

  it('refuses START_DESIGN without an implementing entity or a funding plan with a budget and sources', () => {
    expect(codes('PLANNED', 'START_DESIGN', { admission: { implementingEntity: null } })).toEqual(['PLANNING.NO_IMPLEMENTING_ENTITY']);
    expect(codes('PLANNED', 'START_DESIGN', { funding: null })).toEqual(['PLANNING.NO_FUNDING_PLAN']);
    expect(
      codes('PLANNED', 'START_DESIGN', { funding: { budgetFen: 0n, sources: 2, raisedFen: 0n, residentsFen: 0n, socialCapitalFen: 0n } }),
    ).toEqual(['PLANNING.NO_FUNDING_PLAN']);
    expect(
      codes('PLANNED', 'START_DESIGN', { funding: { budgetFen: 100n, sources: 0, raisedFen: 0n, residentsFen: 0n, socialCapitalFen: 0n } }),
    ).toEqual(['PLANNING.NO_FUNDING_PLAN']);
  });
});

describe('plan guards (DESIGN -> JOINT_REVIEW)', () => {
  const codes = (patch: Patch) => refusalCodes(fire('DESIGN', 'SUBMIT_FOR_REVIEW', { context: contextWith(patch) }));
  const base = passingContext().plan!;

  it('passes a complete plan consulted twice, the second time on the revised version', () => {
    expect(fire('DESIGN', 'SUBMIT_FOR_REVIEW')).toMatchObject({ ok: true, to: 'JOINT_REVIEW' });
  });

  it.each([
    ['no current-state survey', { plan: { currentStateSurvey: false } }, 'PLAN.NO_CURRENT_STATE_SURVEY'],
    ['no residents\u2019 opinion section', { plan: { sections: { residentOpinions: '  ' } } }, 'PLAN.NO_RESIDENT_OPINIONS'],
    ['no fire lanes', { plan: { fireLanes: false } }, 'PLAN.NO_FIRE_LANES_OR_AGE_FRIENDLY'],
    ['no age-friendly facilities', { plan: { ageFriendly: false } }, 'PLAN.NO_FIRE_LANES_OR_AGE_FRIENDLY'],
    ['a mandatory item missing', { plan: { items: base.items.filter((i) => i.kind !== 'FIRE_SAFETY') } }, 'PLAN.MANDATORY_ITEM_MISSING'],
    ['the elevator neither included nor reserved', { plan: { elevatorPositionReserved: false } }, 'PLAN.ELEVATOR_NOT_ADDRESSED'],
    [
      'raised one fen short of the budget',
      { funding: { budgetFen: 1n, sources: 1, raisedFen: 49_999_999n, residentsFen: 0n, socialCapitalFen: 0n } },
      'PLAN.FUNDING_GAP',
    ],
    ['an objection unanswered', { unansweredObjections: 1 }, 'PLAN.OBJECTION_UNANSWERED'],
    ['one plan round only', { planRounds: [{ state: 'CONCLUDED', result: 'PASSED', planVersion: 2 }] }, 'PLAN.ROUNDS_INCOMPLETE'],
    [
      'the second round failed',
      {
        planRounds: [
          { state: 'CONCLUDED', result: 'FAILED', planVersion: 1 },
          { state: 'CONCLUDED', result: 'FAILED', planVersion: 2 },
        ],
      },
      'PLAN.ROUNDS_INCOMPLETE',
    ],
    [
      'both rounds on the same version',
      {
        planRounds: [
          { state: 'CONCLUDED', result: 'FAILED', planVersion: 2 },
          { state: 'CONCLUDED', result: 'PASSED', planVersion: 2 },
        ],
      },
      'PLAN.ROUNDS_INCOMPLETE',
    ],
    ['a version older than the one consulted', { plan: { version: 1 } }, 'PLAN.ROUNDS_INCOMPLETE'],
    ['the very version the review rejected', { lastRejectedVersion: 2 }, 'REVIEW.SAME_VERSION_REJECTED'],
  ] as [string, Patch, string][])('refuses with %s', (_, patch, code) => {
    expect(codes(patch)).toEqual([code]);
  });

  it('includes an elevator item as addressing the elevator', () => {
    // Residents pay for an elevator (seed 003), so they commit to it and the plan says so.
    const elevator = { ...base.items[0]!, key: 'elevator', kind: 'ELEVATOR' as const, paidBy: 'RESIDENTS' as const };
    const d = fire('DESIGN', 'SUBMIT_FOR_REVIEW', {
      context: contextWith({
        plan: {
          elevatorPositionReserved: false,
          items: [...base.items, elevator],
          contributions: { residentSharePercent: '20.00', residentsFen: 10_000_000n, socialCapitalFen: 0n },
        },
        funding: { budgetFen: 1n, sources: 2, raisedFen: 60_000_000n, residentsFen: 10_000_000n, socialCapitalFen: 0n },
      }),
    });
    expect(d).toMatchObject({ ok: true, to: 'JOINT_REVIEW' });
  });

  it('refuses while a plan round is still in its public notice', () => {
    const planRounds = [...passingCompound().planRounds, { state: 'PUBLICITY', result: 'PASSED' as const, planVersion: 2 }];
    expect(codes({ planRounds })).toEqual(['PLAN.PUBLICITY_NOT_ENDED']);
  });

  it('refuses with every plan code at once when there is no plan at all', () => {
    expect(codes({ plan: null, planRounds: [] })).toEqual([
      'PLAN.NO_CURRENT_STATE_SURVEY',
      'PLAN.NO_RESIDENT_OPINIONS',
      'PLAN.NO_FIRE_LANES_OR_AGE_FRIENDLY',
      'PLAN.MANDATORY_ITEM_MISSING',
      'PLAN.ELEVATOR_NOT_ADDRESSED',
      'PLAN.FUNDING_GAP',
      'PLAN.RESIDENT_SHARE_UNSTATED',
      'PLAN.CONTRIBUTIONS_UNDISCLOSED',
      'PLAN.ROUNDS_INCOMPLETE',
    ]);
  });
});

describe("residents' share and contributions disclosed (DESIGN -> JOINT_REVIEW)", () => {
  const base = passingContext().plan!;
  const stated = { residentSharePercent: '30.00', residentsFen: 5_000_000n, socialCapitalFen: 0n };
  const funded = (residentsFen: bigint, socialCapitalFen = 0n) => ({
    budgetFen: 1n,
    sources: 2,
    raisedFen: 60_000_000n + residentsFen + socialCapitalFen,
    residentsFen,
    socialCapitalFen,
  });
  const line = (
    key: string,
    kind: 'WINDOWS' | 'ELEVATOR' | 'AFTER_METER' | null,
    budgetFen: bigint,
    paidBy: 'RESIDENTS' | 'GOVERNMENT' | 'OTHER',
  ) => ({
    ...base.items[0]!,
    key,
    kind,
    category: 'IMPROVEMENT' as const,
    unitPriceFen: budgetFen,
    budgetFen,
    paidBy,
  });
  const windows = line('windows', 'WINDOWS', 3_000_000n, 'RESIDENTS');
  const afterMeter = line('after-meter', 'AFTER_METER', 2_000_000n, 'RESIDENTS');
  const codes = (patch: Patch) => {
    const d = fire('DESIGN', 'SUBMIT_FOR_REVIEW', { context: contextWith(patch) });
    return d.ok ? [] : refusalCodes(d);
  };
  const plan = (over: Partial<NonNullable<LifecycleContext['plan']>>) => ({
    contributions: stated,
    items: [...base.items, windows, afterMeter],
    ...over,
  });

  it('passes when the share is stated, resident items are resident-paid and covered, and the plan discloses what the funding plan has', () => {
    expect(codes({ plan: plan({}), funding: funded(5_000_000n) })).toEqual([]);
  });

  it.each<[string, Patch, string[]]>([
    [
      'the share not stated',
      { plan: plan({ contributions: { ...stated, residentSharePercent: null } }), funding: funded(5_000_000n) },
      ['PLAN.RESIDENT_SHARE_UNSTATED'],
    ],
    [
      'a share of 0.00% is a statement',
      { plan: plan({ contributions: { ...stated, residentSharePercent: '0.00' } }), funding: funded(5_000_000n) },
      [],
    ],
    [
      'a share of 100.00% likewise',
      { plan: plan({ contributions: { ...stated, residentSharePercent: '100.00' } }), funding: funded(5_000_000n) },
      [],
    ],
    [
      'windows paid by the government',
      { plan: plan({ items: [...base.items, { ...windows, paidBy: 'GOVERNMENT' }, afterMeter] }), funding: funded(5_000_000n) },
      ['PLAN.RESIDENT_ITEMS_NOT_RESIDENT_PAID'],
    ],
    [
      'an elevator paid by others',
      { plan: plan({ items: [...base.items, windows, afterMeter, line('lift', 'ELEVATOR', 0n, 'OTHER')] }), funding: funded(5_000_000n) },
      ['PLAN.RESIDENT_ITEMS_NOT_RESIDENT_PAID'],
    ],
    [
      'residents disclosed one fen under what they committed',
      { plan: plan({ contributions: { ...stated, residentsFen: 4_999_999n } }), funding: funded(5_000_000n) },
      ['PLAN.CONTRIBUTIONS_UNDISCLOSED'],
    ],
    [
      'social capital not disclosed at all',
      { plan: plan({ contributions: { ...stated, socialCapitalFen: null } }), funding: funded(5_000_000n) },
      ['PLAN.CONTRIBUTIONS_UNDISCLOSED'],
    ],
    [
      'social capital committed but disclosed as none',
      { plan: plan({}), funding: funded(5_000_000n, 1n) },
      ['PLAN.CONTRIBUTIONS_UNDISCLOSED'],
    ],
    [
      'resident items one fen more than residents committed',
      { plan: plan({ items: [...base.items, { ...windows, budgetFen: 3_000_001n }, afterMeter] }), funding: funded(5_000_000n) },
      ['PLAN.RESIDENT_SHARE_UNFUNDED'],
    ],
  ])('%s -> %j', (_name, patch, expected) => {
    expect(codes(patch)).toEqual(expected);
  });

  it('names the items residents should be paying for', () => {
    const d = fire('DESIGN', 'SUBMIT_FOR_REVIEW', {
      context: contextWith({
        plan: plan({ items: [...base.items, { ...windows, paidBy: 'OTHER' }, afterMeter] }),
        funding: funded(5_000_000n),
      }),
    });
    const g = d.ok === false && d.reason === 'GUARD_FAILED' ? d.guards.find((x) => !x.ok) : undefined;
    expect(g?.message?.en).toMatch(/windows$/);
    expect(g?.message?.zh).toMatch(/门窗更换/);
  });
});

describe('joint review and permit guards', () => {
  const reject = {
    state: 'OPEN',
    reviewers: ['HOUSING', 'FIRE_EMERGENCY'],
    opinions: [
      { reviewer: 'HOUSING', opinion: 'APPROVE' as const, conditions: [] },
      { reviewer: 'FIRE_EMERGENCY', opinion: 'REJECT' as const, conditions: [] },
    ],
  };
  const codes = (state: ProjectState, event: ProjectEvent, patch: Patch) =>
    refusalCodes(fire(state, event, { context: contextWith(patch) }));

  it('accepts a revised version after a rejection', () => {
    expect(fire('DESIGN', 'SUBMIT_FOR_REVIEW', { context: contextWith({ lastRejectedVersion: 1 }) })).toMatchObject({ ok: true });
  });

  it('refuses PASS_REVIEW while a reviewer has not answered, naming it', () => {
    const review = { ...reject, opinions: reject.opinions.slice(0, 1) };
    const d = fire('JOINT_REVIEW', 'PASS_REVIEW', { context: contextWith({ review }) });
    expect(refusalCodes(d)).toEqual(['REVIEW.OPINIONS_MISSING']);
    expect(d.ok === false && d.reason === 'GUARD_FAILED' && d.guards[0].message?.en).toMatch(/FIRE_EMERGENCY/);
  });

  it('refuses PASS_REVIEW with a rejection, and with a condition not acknowledged', () => {
    expect(codes('JOINT_REVIEW', 'PASS_REVIEW', { review: reject })).toEqual(['REVIEW.REJECTED']);
    const unacknowledged = {
      ...reject,
      opinions: [
        reject.opinions[0],
        {
          reviewer: 'FIRE_EMERGENCY',
          opinion: 'APPROVE_WITH_CONDITIONS' as const,
          conditions: [{ acknowledged: true }, { acknowledged: false }],
        },
      ],
    };
    expect(codes('JOINT_REVIEW', 'PASS_REVIEW', { review: unacknowledged })).toEqual(['REVIEW.CONDITIONS_UNACKNOWLEDGED']);
  });

  it('sends a rejected plan back to DESIGN with a reason, and only when someone rejected', () => {
    expect(fire('JOINT_REVIEW', 'REJECT_REVIEW', { context: contextWith({ review: reject }) })).toMatchObject({ ok: true, to: 'DESIGN' });
    expect(codes('JOINT_REVIEW', 'REJECT_REVIEW', {})).toEqual(['REVIEW.NO_REJECTION']);
    expect(codes('JOINT_REVIEW', 'REJECT_REVIEW', { review: reject, reason: null })).toEqual(['TRANSITION.REASON_REQUIRED']);
  });

  it.each([
    ['no permit and no exemption', { permits: { count: 0, exemptionBases: [] } }, 'PERMIT.MISSING'],
    [
      'an exemption with two of its three bases',
      { permits: { count: 0, exemptionBases: ['NO_ADDED_FLOOR_AREA', 'NO_PLANNING_CONDITION_CHANGE'] } },
      'PERMIT.MISSING',
    ],
    ['no team', { team: null }, 'PERMIT.TEAM_INCOMPLETE'],
    ['no supervision company', { team: { contractor: 'x', supervisionCompany: '', volunteers: 1 } }, 'PERMIT.TEAM_INCOMPLETE'],
    [
      'no volunteer supervisor',
      { team: { contractor: 'x', supervisionCompany: 'y', volunteers: 0 } },
      'PERMIT.VOLUNTEER_SUPERVISORS_MISSING',
    ],
    [
      'three volunteer supervisors',
      { team: { contractor: 'x', supervisionCompany: 'y', volunteers: 3 } },
      'PERMIT.VOLUNTEER_SUPERVISORS_MISSING',
    ],
    [
      'two volunteers where the district asks for three to four',
      { rules: { volunteerSupervisors: { min: 3, max: 4 } } },
      'PERMIT.VOLUNTEER_SUPERVISORS_MISSING',
    ],
  ] as [string, Patch, string][])('refuses START_CONSTRUCTION with %s', (_, patch, code) => {
    expect(codes('PERMITTING', 'START_CONSTRUCTION', patch)).toContain(code);
  });

  it('takes three volunteers where the district allows up to three', () => {
    const context = contextWith({
      team: { contractor: 'x', supervisionCompany: 'y', volunteers: 3 },
      rules: { volunteerSupervisors: { min: 1, max: 3 } },
    });
    expect(fire('PERMITTING', 'START_CONSTRUCTION', { context })).toMatchObject({ ok: true });
  });

  it('starts construction with a permit and no exemption', () => {
    expect(fire('PERMITTING', 'START_CONSTRUCTION', { context: contextWith({ permits: { count: 1, exemptionBases: [] } }) })).toMatchObject(
      { ok: true },
    );
  });
});

describe('construction guards (CONSTRUCTION -> ACCEPTANCE)', () => {
  const codes = (patch: Patch) =>
    refusalCodes(fire('CONSTRUCTION', 'COMPLETE_CONSTRUCTION', { context: contextWith(patch) })).filter(
      (c) => !c.startsWith('CAPABILITY_MISSING'),
    );

  it('completes when every item is at 100% and nothing is open', () => {
    expect(fire('CONSTRUCTION', 'COMPLETE_CONSTRUCTION')).toMatchObject({ ok: true, to: 'ACCEPTANCE' });
  });

  it('refuses after a failed acceptance until a report on the rectification is accepted', () => {
    expect(codes({ construction: { rectificationUnreported: true } })).toEqual(['CONSTRUCTION.RECTIFICATION_UNREPORTED']);
  });

  it('refuses while a complaint is not closed', () => {
    expect(codes({ construction: { openComplaints: 1 } })).toEqual(['CONSTRUCTION.COMPLAINTS_OPEN']);
  });

  it.each([
    ['no accepted report yet', { acceptedItems: null }],
    [
      'one item at 99%',
      {
        acceptedItems: [
          { key: 'a', percent: 100 },
          { key: 'b', percent: 99 },
        ],
      },
    ],
    ['a plan item the report leaves out', { planItems: ['a', 'b', 'c'] }],
  ] as [string, Partial<LifecycleContext['construction']>][])('refuses with %s', (_, construction) => {
    expect(codes({ construction })).toEqual(['CONSTRUCTION.WORK_INCOMPLETE']);
  });

  it('refuses while a finding is open', () => {
    expect(codes({ construction: { openFindings: 1 } })).toEqual(['CONSTRUCTION.FINDINGS_OPEN']);
  });

  it('refuses while a change order is not decided', () => {
    expect(codes({ construction: { pendingChangeOrders: 2 } })).toEqual(['CONSTRUCTION.CHANGE_ORDER_PENDING']);
  });

  describe('the on-site written confirmation of the quantities built (Huitong)', () => {
    const planned = () => passingContext().construction.siteConfirmation!.items;
    const confirming = (items: { key: string; quantity: string }[], planVersion = 2) => ({
      construction: { siteConfirmation: { planVersion, items, representedCompounds: ['c1'] } },
    });

    it('without a change order, refuses until the quantities are confirmed on site', () => {
      expect(codes({ construction: { siteConfirmation: null } })).toEqual(['CONSTRUCTION.QUANTITIES_UNCONFIRMED']);
    });

    it('is not needed once the content changed through an approved change order', () => {
      const changed = contextWith({ construction: { siteConfirmation: null, approvedChangeOrders: 1 } });
      expect(fire('CONSTRUCTION', 'COMPLETE_CONSTRUCTION', { context: changed })).toMatchObject({ ok: true });
    });

    it('refuses a confirmation made against an earlier plan version', () => {
      const d = fire('CONSTRUCTION', 'COMPLETE_CONSTRUCTION', { context: contextWith(confirming(planned(), 1)) });
      expect(refusalCodes(d)).toEqual(['CONSTRUCTION.QUANTITIES_UNCONFIRMED']);
      expect(d.ok === false && d.reason === 'GUARD_FAILED' && d.guards.find((g) => !g.ok)?.message?.en).toContain('version 1');
    });

    it('compares quantities exactly: 1 and 1.00 agree', () => {
      const same = planned().map((i) => ({ ...i, quantity: '1.00' }));
      expect(fire('CONSTRUCTION', 'COMPLETE_CONSTRUCTION', { context: contextWith(confirming(same)) })).toMatchObject({ ok: true });
    });

    it.each([
      [
        'one item a hundredth more',
        (items: { key: string; quantity: string }[]) => items.map((i, n) => (n === 1 ? { ...i, quantity: '1.01' } : i)),
        'rain_sewage_separation',
      ],
      ['one item left out', (items: { key: string; quantity: string }[]) => items.slice(1), 'illegal_structure_demolition'],
      ['an item not in the plan', (items: { key: string; quantity: string }[]) => [...items, { key: 'extra', quantity: '1' }], 'extra'],
    ])('refuses %s, naming it: a change goes through a change order', (_, edit, key) => {
      const d = fire('CONSTRUCTION', 'COMPLETE_CONSTRUCTION', { context: contextWith(confirming(edit(planned()))) });
      expect(refusalCodes(d)).toEqual(['CONSTRUCTION.QUANTITIES_DIFFER']);
      expect(d.ok === false && d.reason === 'GUARD_FAILED' && d.guards.find((g) => !g.ok)?.message?.zh).toContain(key);
    });
  });
});

describe('acceptance guards (ACCEPTANCE -> ARCHIVING or back to CONSTRUCTION)', () => {
  const base = passingContext().acceptance!;
  const codes = (state: ProjectState, event: ProjectEvent, acceptance: Patch['acceptance']) =>
    refusalCodes(fire(state, event, { context: contextWith({ acceptance }) }));

  it('refuses PASS_ACCEPTANCE while a party has not signed, naming it', () => {
    expect(codes('ACCEPTANCE', 'PASS_ACCEPTANCE', { ...base, signatures: base.signatures.slice(0, 1) })).toEqual([
      'ACCEPTANCE.SIGNATURES_MISSING',
    ]);
  });

  it('refuses PASS_ACCEPTANCE when a party signed FAIL, or satisfaction failed or was not measured', () => {
    const refused = { ...base, signatures: [base.signatures[0], { party: 'OWNER_REPRESENTATIVES', opinion: 'FAIL' as const }] };
    expect(codes('ACCEPTANCE', 'PASS_ACCEPTANCE', refused)).toEqual(['ACCEPTANCE.PARTY_REFUSED']);
    expect(codes('ACCEPTANCE', 'PASS_ACCEPTANCE', { ...base, satisfaction: 'FAILED' })).toEqual(['ACCEPTANCE.SATISFACTION_FAILED']);
    expect(codes('ACCEPTANCE', 'PASS_ACCEPTANCE', { ...base, satisfaction: null })).toEqual(['ACCEPTANCE.SATISFACTION_FAILED']);
  });

  it('sends the project back to CONSTRUCTION with its rectification items only when something failed', () => {
    expect(codes('ACCEPTANCE', 'FAIL_ACCEPTANCE', base)).toEqual(['ACCEPTANCE.NOTHING_FAILED']);
    expect(
      fire('ACCEPTANCE', 'FAIL_ACCEPTANCE', { context: contextWith({ acceptance: { ...base, satisfaction: 'FAILED' } }) }),
    ).toMatchObject({ ok: true, to: 'CONSTRUCTION' });
  });
});

describe('archive guard (ARCHIVING -> LONG_TERM)', () => {
  const codes = (archive: Partial<LifecycleContext['archive']>) =>
    refusalCodes(fire('ARCHIVING', 'COMPLETE_ARCHIVE', { context: contextWith({ archive }) }));

  it('refuses while one kind of document is missing, naming it in both languages', () => {
    const d = fire('ARCHIVING', 'COMPLETE_ARCHIVE', {
      context: contextWith({ archive: { filed: ARCHIVE_KINDS.filter((k) => k !== 'PHOTOS') } }),
    });
    expect(refusalCodes(d)).toEqual(['ARCHIVE.INCOMPLETE']);
    if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error('unreachable');
    const g = d.guards.find((x) => !x.ok)!;
    expect(g.message).toEqual({ zh: '归档资料尚缺：改造前后影像资料', en: 'the archive lacks: photos before and after' });
  });

  it('asks for change orders only from a project that had some', () => {
    const withoutOrders = ARCHIVE_KINDS.filter((k) => k !== 'CHANGE_ORDERS');
    expect(
      fire('ARCHIVING', 'COMPLETE_ARCHIVE', { context: contextWith({ archive: { filed: withoutOrders, changeOrders: 0 } }) }),
    ).toMatchObject({ ok: true, to: 'LONG_TERM' });
    expect(codes({ filed: withoutOrders, changeOrders: 1 })).toEqual(['ARCHIVE.INCOMPLETE']);
  });
});

describe('long-term guards (LONG_TERM -> CLOSED)', () => {
  const codes = (patch: Patch) => refusalCodes(fire('LONG_TERM', 'CLOSE', { context: contextWith(patch) }));

  it.each([
    ['no property mode', { longTerm: { property: null } }, 'LONGTERM.NO_PROPERTY_MODE'],
    ['a renovation council but no owners committee', { bodies: [council(5)] }, 'LONGTERM.NO_OWNERS_COMMITTEE'],
    ['no fund plan', { longTerm: { fundPlanned: false } }, 'LONGTERM.NO_FUND_PLAN'],
    ['only the 6-month revisit done', { longTerm: { revisitsDone: [6] } }, 'LONGTERM.REVISIT_PENDING'],
  ] as [string, Patch, string][])('refuses with %s', (_, patch, code) => {
    expect(codes(patch)).toEqual([code]);
  });

  it('keeps a property contract through its last day in China: met at 23:59:59.999 of that day, ended a millisecond later', () => {
    const dayEnd = new Date('2026-12-09T23:59:59.999+08:00');
    const close = (at: Date) =>
      decide(lifecycleMachine, {
        state: 'LONG_TERM',
        event: 'CLOSE',
        role: 'DISTRICT_PM',
        context: contextWith({ longTerm: { property: { mode: 'TRUSTEESHIP', contractEnd: '2026-12-09' } } }),
        now: at,
      });
    expect(close(dayEnd)).toMatchObject({ ok: true, to: 'CLOSED' });
    expect(close(new Date(dayEnd.getTime() + 1))).toMatchObject({ ok: false, reason: 'GUARD_FAILED' });
  });

  it('closes a self-managed compound, which has no contract end', () => {
    expect(
      fire('LONG_TERM', 'CLOSE', { context: contextWith({ longTerm: { property: { mode: 'SELF_MANAGED', contractEnd: null } } }) }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('a project area: every guard on the residents judges each covered compound and names the one that blocks', () => {
  /** The passing context over two compounds, the second changed by `patch`. */
  const area = (patch: Partial<CompoundContext>, base: Patch = {}): LifecycleContext => {
    const context = contextWith(base);
    return { ...context, compounds: [context.compounds[0]!, { ...passingCompound('c2', '西园'), ...patch }] };
  };
  const refused = (state: ProjectState, event: ProjectEvent, context: LifecycleContext) => {
    const d = fire(state, event, { context });
    if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error(`expected GUARD_FAILED, got ${JSON.stringify(d)}`);
    return d.guards.filter((g) => !g.ok).map((g) => [g.code, g.message!.zh, g.message!.en]);
  };

  it('passes when every compound did its part', () => {
    const represented = { construction: { ...passingContext().construction } };
    represented.construction.siteConfirmation = { ...represented.construction.siteConfirmation!, representedCompounds: ['c1', 'c2'] };
    for (const [state, event] of PASSING_STAGE_ROWS) {
      expect(fire(state, event, { context: area({}, represented) })).toMatchObject({ ok: true });
    }
  });

  it.each([
    ['SURVEY', 'COMPLETE_SURVEY', { survey: null }, ['SURVEY.BASE_DATA_INCOMPLETE', 'SURVEY.ASSETS_MISSING', 'SURVEY.WILLINGNESS_MISSING']],
    ['SURVEY', 'COMPLETE_SURVEY', { buildYear: 2004 }, ['ELIGIBILITY.BUILT_AFTER_2000']],
    ['SURVEY', 'COMPLETE_SURVEY', { inShantytownPlan: true }, ['ELIGIBILITY.IN_SHANTYTOWN_PLAN']],
    ['ORGANIZING', 'START_CONSULTATION', { bodies: [] }, ['BODY.MISSING']],
    [
      'ORGANIZING',
      'START_CONSULTATION',
      { bodies: [{ kind: 'RENOVATION_COUNCIL', members: 6, residentMembers: 6 }] },
      ['BODY.COUNCIL_SIZE'],
    ],
    ['CONSULTATION', 'APPLY', { willingnessRounds: [{ state: 'CONCLUDED', result: 'FAILED' }] }, ['CONSENT.NO_PASSED_WILLINGNESS_ROUND']],
    ['APPLIED', 'ADMIT_TO_PLAN', { admissionConfirmed: ['DEMOLISH_ILLEGAL_STRUCTURES'] }, ['ADMISSION.CHECKLIST_INCOMPLETE']],
    ['DESIGN', 'SUBMIT_FOR_REVIEW', { planRounds: passingCompound().planRounds.slice(0, 1) }, ['PLAN.ROUNDS_INCOMPLETE']],
    [
      'DESIGN',
      'SUBMIT_FOR_REVIEW',
      { planRounds: [...passingCompound().planRounds, { state: 'PUBLICITY', result: 'PASSED', planVersion: 2 }] },
      ['PLAN.PUBLICITY_NOT_ENDED'],
    ],
    ['DESIGN', 'SUBMIT_FOR_REVIEW', { unansweredObjections: 2 }, ['PLAN.OBJECTION_UNANSWERED']],
    ['ACCEPTANCE', 'PASS_ACCEPTANCE', { satisfaction: 'FAILED' }, ['ACCEPTANCE.SATISFACTION_FAILED']],
    ['ACCEPTANCE', 'PASS_ACCEPTANCE', { satisfaction: null }, ['ACCEPTANCE.SATISFACTION_FAILED']],
    ['LONG_TERM', 'CLOSE', { bodies: [{ kind: 'RENOVATION_COUNCIL', members: 5, residentMembers: 5 }] }, ['LONGTERM.NO_OWNERS_COMMITTEE']],
    // The on-site confirmation was made with representatives of the first compound only.
    ['CONSTRUCTION', 'COMPLETE_CONSTRUCTION', {}, ['CONSTRUCTION.QUANTITIES_UNCONFIRMED']],
  ] as [ProjectState, ProjectEvent, Partial<CompoundContext>, string[]][])(
    '%s %s refuses for the second compound alone: %j',
    (state, event, patch, codes) => {
      const failing = refused(state, event, area(patch));
      expect(failing.map(([code]) => code)).toEqual(codes);
      for (const [, zh, en] of failing) {
        expect(zh).toContain('西园');
        expect(en).toContain('西园');
        expect(zh).not.toContain('桂花苑');
      }
    },
  );

  it('names every compound that blocks, in the order they are covered', () => {
    const context = area({ bodies: [] }, { bodies: [] });
    expect(refused('ORGANIZING', 'START_CONSULTATION', context)).toEqual([
      [
        'BODY.MISSING',
        '桂花苑、西园：尚未组建居民自治组织（业委会或改造理事会）',
        '桂花苑, 西园: no self-governance body (owners\u2019 committee or renovation council) registered',
      ],
    ]);
  });

  it('a failed satisfaction round in one compound is reason enough to send the area back to rectification', () => {
    expect(fire('ACCEPTANCE', 'FAIL_ACCEPTANCE', { context: area({ satisfaction: 'FAILED' }) })).toMatchObject({
      ok: true,
      to: 'CONSTRUCTION',
    });
  });

  it('names each compound with the admission items it still lacks', () => {
    const [[, zh]] = refused('APPLIED', 'ADMIT_TO_PLAN', area({ admissionConfirmed: ['DEMOLISH_ILLEGAL_STRUCTURES'] }));
    expect(zh).toBe('准入条件未全部确认：西园（ACCEPT_PROPERTY_MANAGEMENT、REPLENISH_MAINTENANCE_FUND）');
  });
});
