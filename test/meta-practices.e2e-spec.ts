import { readFile } from 'node:fs/promises';
import { lifecycleMachine, type CompoundContext, type LifecycleContext } from '@app/domain';
import { PracticeCatalog } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { operationsOf, type DocumentedOperation } from './support/openapi.js';

interface Practice {
  id: string;
  stages: string[];
  guards: string[];
}

const HAN = /[\u4e00-\u9fff]/;

describe('machine metadata, practice catalog and API docs', () => {
  let api: TestApi;
  let shipped: Practice[];

  beforeAll(async () => {
    api = await startApi();
    shipped = JSON.parse(await readFile(new URL('../seeds/practices.json', import.meta.url), 'utf8'));
  });

  afterAll(() => api.close());

  describe('GET /meta/machines', () => {
    it('lists project-lifecycle', async () => {
      const res = await api.http.get('/meta/machines').expect(200);
      expect(res.body.map((m: { name: string }) => m.name)).toContain('project-lifecycle');
    });

    it('describes the lifecycle: 15 states with Chinese labels, transitions with roles and guards', async () => {
      const res = await api.http.get('/meta/machines/project-lifecycle').expect(200);
      expect(res.body).toMatchObject({ name: 'project-lifecycle', initial: 'SURVEY' });
      expect(res.body.states).toHaveLength(15);
      for (const s of res.body.states) expect(s.label.zh).toMatch(HAN);
      expect(res.body.states.find((s: { name: string }) => s.name === 'SURVEY').label.zh).toBe('摸底调查');
      expect(res.body.transitions.length).toBeGreaterThan(0);
      for (const t of res.body.transitions) {
        expect(t.roles.length).toBeGreaterThan(0);
        expect(Array.isArray(t.guards)).toBe(true);
      }
      expect(res.body.transitions).toContainEqual(
        expect.objectContaining({
          from: 'SURVEY',
          event: 'COMPLETE_SURVEY',
          to: 'ORGANIZING',
          roles: ['DISTRICT_PM'],
          guards: expect.arrayContaining(['surveyBaseData', 'builtBefore2001', 'notInShantytownPlan']),
        }),
      );
    });

    it('draws the lifecycle as a Mermaid state diagram', async () => {
      const res = await api.http.get('/meta/machines/project-lifecycle?format=mermaid').expect(200);
      expect(res.headers['content-type']).toMatch(/mermaid/);
      const text = res.text;
      expect(text.startsWith('stateDiagram-v2')).toBe(true);
      expect(text).toContain('摸底调查');
    });

    it('answers 404 for an unknown machine and 400 for an unknown format', async () => {
      const unknown = await api.http.get('/meta/machines/elevator-installation').expect(404);
      expect(unknown.body.code).toBe('RESOURCE.NOT_FOUND');
      const xml = await api.http.get('/meta/machines/project-lifecycle?format=xml').expect(400);
      expect(xml.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    });
  });

  describe('GET /practices', () => {
    it('returns the whole catalog', async () => {
      const res = await api.http.get('/practices').expect(200);
      expect(shipped.length).toBeGreaterThan(0);
      expect(res.body).toHaveLength(shipped.length);
      expect(res.body.map((p: Practice) => p.id).sort()).toEqual(shipped.map((p) => p.id).sort());
    });

    it('filters by stage', async () => {
      const res = await api.http.get('/practices?stage=CONSULTATION').expect(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(res.body.length).toBeLessThan(shipped.length);
      for (const p of res.body as Practice[]) expect(p.stages).toContain('CONSULTATION');
      expect(res.body).toHaveLength(shipped.filter((p) => p.stages.includes('CONSULTATION')).length);
    });

    it('filters by the guard refusal a practice helps with', async () => {
      const res = await api.http.get('/practices?guard=CONSENT.NO_PASSED_WILLINGNESS_ROUND').expect(200);
      const ids = res.body.map((p: Practice) => p.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          'rucheng-clarity-wall',
          'liuyang-party-escalation-ladder',
          'suining-renovation-councils',
          'changsha-two-rounds-two-notices',
        ]),
      );
      for (const p of res.body as Practice[]) expect(p.guards).toContain('CONSENT.NO_PASSED_WILLINGNESS_ROUND');
    });

    it.each([['明白墙'], ['clarity']])('finds the Rucheng clarity wall by the text %s', async (q) => {
      const res = await api.http.get('/practices').query({ q }).expect(200);
      expect(res.body.map((p: Practice) => p.id)).toContain('rucheng-clarity-wall');
      expect(res.body.length).toBeLessThan(shipped.length);
    });

    it('returns one practice by id and 404 for an unknown id', async () => {
      const one = await api.http.get('/practices/rucheng-clarity-wall').expect(200);
      expect(one.body).toMatchObject({ id: 'rucheng-clarity-wall', stages: expect.arrayContaining(['CONSULTATION']) });
      expect(one.body.title.zh).toMatch(HAN);
      const missing = await api.http.get('/practices/no-such-practice').expect(404);
      expect(missing.body.code).toBe('RESOURCE.NOT_FOUND');
    });

    it('keeps the same rows when the catalog is loaded twice', async () => {
      const catalog = api.app.get(PracticeCatalog);
      await catalog.load();
      await catalog.load();
      const [row] = await api.db.query('SELECT count(*)::int AS n FROM practices');
      expect(row.n).toBe(shipped.length);
    });
  });

  it('has at least one practice for every guard code a lifecycle refusal can give', async () => {
    const compound: CompoundContext = {
      id: 'c',
      name: '小区',
      buildYear: 2010,
      buildings: null,
      households: null,
      floorArea: null,
      inShantytownPlan: true,
      eligibilityException: null,
      survey: null,
      bodies: [],
      willingnessRounds: [{ state: 'CONCLUDED', result: 'FAILED' }],
      planRounds: [{ state: 'PUBLICITY', result: null, planVersion: 1 }],
      unansweredObjections: 1,
      admissionConfirmed: [],
      satisfaction: null,
    };
    const worst: LifecycleContext = {
      compounds: [compound],
      admission: { planYear: null, implementingEntity: null },
      funding: null,
      plan: null,
      review: null,
      lastRejectedVersion: null,
      permits: { count: 0, exemptionBases: [] },
      team: null,
      construction: {
        acceptedItems: null,
        planItems: ['x'],
        openFindings: 1,
        pendingChangeOrders: 1,
        approvedChangeOrders: 0,
        siteConfirmation: null,
        openComplaints: 1,
        rectificationUnreported: true,
      },
      acceptance: null,
      archive: { filed: [], changeOrders: 1 },
      longTerm: { property: null, fundPlanned: false, revisitsDone: [] },
      rules: { councilMembers: { min: 3, max: 5 }, volunteerSupervisors: { min: 1, max: 2 } },
      request: { reason: null },
    };
    const oversizedCouncil: LifecycleContext = {
      ...worst,
      compounds: [{ ...compound, bodies: [{ kind: 'RENOVATION_COUNCIL', members: 9, residentMembers: 7 }] }],
    };
    // Windows others pay for, and a resident-paid item residents committed nothing to.
    const line = {
      name: 'x',
      category: 'IMPROVEMENT',
      quantity: '1.00',
      unit: '项',
      unitPriceFen: 1n,
      budgetFen: 1n,
      required: true,
    } as const;
    const residentItems: LifecycleContext = {
      ...worst,
      funding: { budgetFen: 1n, sources: 1, raisedFen: 0n, residentsFen: 0n, socialCapitalFen: 0n },
      plan: {
        version: 1,
        sections: {},
        currentStateSurvey: false,
        fireLanes: false,
        ageFriendly: false,
        elevatorPositionReserved: false,
        contributions: { residentSharePercent: null, residentsFen: null, socialCapitalFen: null },
        items: [
          { ...line, key: 'windows', kind: 'WINDOWS', paidBy: 'GOVERNMENT' },
          { ...line, key: 'shed', kind: null, paidBy: 'RESIDENTS' },
        ],
      },
    };
    const codes = new Set<string>();
    for (const context of [worst, oversizedCouncil, residentItems]) {
      for (const guard of Object.values(lifecycleMachine.guards)) {
        const outcome = guard(context, new Date('2026-06-01T00:00:00Z'));
        if (!outcome.ok && /^(SURVEY|ELIGIBILITY|BODY|CONSENT|ADMISSION|PLANNING|PLAN|REVIEW|PERMIT)\./.test(outcome.code))
          codes.add(outcome.code);
      }
    }
    expect([...codes].sort()).toEqual([
      'ADMISSION.CHECKLIST_INCOMPLETE',
      'ADMISSION.NO_PLAN_YEAR',
      'BODY.COUNCIL_SIZE',
      'BODY.MISSING',
      'CONSENT.NO_PASSED_WILLINGNESS_ROUND',
      'ELIGIBILITY.BUILT_AFTER_2000',
      'ELIGIBILITY.IN_SHANTYTOWN_PLAN',
      'PERMIT.MISSING',
      'PERMIT.TEAM_INCOMPLETE',
      'PERMIT.VOLUNTEER_SUPERVISORS_MISSING',
      'PLAN.CONTRIBUTIONS_UNDISCLOSED',
      'PLAN.ELEVATOR_NOT_ADDRESSED',
      'PLAN.FUNDING_GAP',
      'PLAN.MANDATORY_ITEM_MISSING',
      'PLAN.NO_CURRENT_STATE_SURVEY',
      'PLAN.NO_FIRE_LANES_OR_AGE_FRIENDLY',
      'PLAN.NO_RESIDENT_OPINIONS',
      'PLAN.OBJECTION_UNANSWERED',
      'PLAN.PUBLICITY_NOT_ENDED',
      'PLAN.RESIDENT_ITEMS_NOT_RESIDENT_PAID',
      'PLAN.RESIDENT_SHARE_UNFUNDED',
      'PLAN.RESIDENT_SHARE_UNSTATED',
      'PLAN.ROUNDS_INCOMPLETE',
      'PLANNING.NO_FUNDING_PLAN',
      'PLANNING.NO_IMPLEMENTING_ENTITY',
      'REVIEW.CONDITIONS_UNACKNOWLEDGED',
      'REVIEW.NO_REJECTION',
      'REVIEW.OPINIONS_MISSING',
      'SURVEY.ASSETS_MISSING',
      'SURVEY.BASE_DATA_INCOMPLETE',
      'SURVEY.WILLINGNESS_MISSING',
    ]);
    const uncovered: string[] = [];
    for (const code of codes) {
      const res = await api.http.get('/practices').query({ guard: code }).expect(200);
      if (res.body.length === 0) uncovered.push(code);
    }
    expect(uncovered).toEqual([]);
  });

  describe('GET /docs-json', () => {
    let operations: DocumentedOperation[];

    beforeAll(async () => {
      operations = operationsOf((await api.http.get('/docs-json').expect(200)).body);
    });

    it('gives every operation tags and a summary', () => {
      expect(operations.length).toBeGreaterThan(10);
      const lacking = operations
        .filter(({ op }) => !op.tags?.length || !op.summary?.trim())
        .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
      expect(lacking).toEqual([]);
    });

    it('documents a 401 on every operation outside /health, /meta and /practices', () => {
      const open = /^\/(health|meta|practices)(\/|$)/;
      const checked = operations.filter(({ path }) => !open.test(path));
      expect(checked.length).toBeGreaterThan(5);
      const lacking = checked.filter(({ op }) => !op.responses?.['401']).map(({ method, path }) => `${method.toUpperCase()} ${path}`);
      expect(lacking).toEqual([]);
    });
  });
});
