import { lifecycleMachine, type ProjectEvent, type ProjectState } from '../lifecycle/lifecycle.machine.js';
import { describeMachine, toMermaid } from './describe.js';
import { PREVIOUS } from './machine.js';

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

const HAN = /\p{Script=Han}/u;

describe('describeMachine', () => {
  const d = describeMachine(lifecycleMachine);

  it('names the machine and its initial state', () => {
    expect(d).toMatchObject({
      name: 'project-lifecycle',
      title: { zh: '老旧小区改造项目全生命周期', en: 'renovation project lifecycle' },
      initial: 'SURVEY',
    });
  });

  it('lists 15 states, each with a Chinese label', () => {
    expect(d.states).toHaveLength(15);
    for (const s of d.states) expect(s.label.zh).toMatch(HAN);
    expect(d.states.find((s) => s.name === 'SURVEY')?.label).toEqual({ zh: '摸底调查', en: 'survey' });
  });

  it('marks only CLOSED and CANCELLED terminal', () => {
    expect(d.states.filter((s) => s.terminal).map((s) => s.name)).toEqual(['CLOSED', 'CANCELLED']);
  });

  it('lists all 17 events and every guard', () => {
    expect(d.events).toHaveLength(17);
    expect(d.guards).toEqual(Object.keys(lifecycleMachine.guards));
    expect(d.guards).toEqual(expect.arrayContaining(['surveyBaseData', 'councilSize', 'reasonGiven', 'willingnessPassed']));
  });

  it('lists every transition of the machine exactly once', () => {
    expect(d.transitions).toHaveLength(40);
    const keys = d.transitions.map((t) => `${t.from}:${t.event}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of d.transitions) {
      const def = lifecycleMachine.transitions[t.from as ProjectState]?.[t.event as ProjectEvent];
      expect(def).toBeDefined();
      expect(t).toEqual({ from: t.from, event: t.event, to: def?.to, roles: def?.roles, guards: def?.guards, label: def?.label });
    }
  });

  it('describes a stage transition with its roles and guards', () => {
    expect(d.transitions).toContainEqual({
      from: 'SURVEY',
      event: 'COMPLETE_SURVEY',
      to: 'ORGANIZING',
      roles: ['DISTRICT_PM'],
      guards: ['surveyBaseData', 'surveyAssets', 'surveyWillingness', 'builtBefore2001', 'notInShantytownPlan'],
      label: { zh: '完成摸底调查', en: 'complete the survey' },
    });
  });

  it('describes RESUME as returning to the previous state', () => {
    expect(d.transitions).toContainEqual(expect.objectContaining({ from: 'ON_HOLD', event: 'RESUME', to: PREVIOUS, guards: [] }));
  });

  it('copies arrays so the description cannot change the machine', () => {
    const copy = describeMachine(lifecycleMachine);
    copy.transitions[0].roles.push('SUPERVISOR');
    copy.transitions[0].guards.length = 0;
    expect(lifecycleMachine.transitions.SURVEY?.COMPLETE_SURVEY?.roles).toEqual(['DISTRICT_PM']);
    expect(lifecycleMachine.transitions.SURVEY?.COMPLETE_SURVEY?.guards).toHaveLength(5);
  });
});

describe('toMermaid', () => {
  const text = toMermaid(lifecycleMachine);
  const lines = text.split('\n').map((l) => l.trim());

  it('starts with stateDiagram-v2 and ends with a newline', () => {
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('declares each state with its Chinese label', () => {
    expect(lines).toContain('state "摸底调查<br/>SURVEY" as SURVEY');
    expect(lines).toContain('state "暂停<br/>ON_HOLD" as ON_HOLD');
    expect(lines.filter((l) => l.startsWith('state "'))).toHaveLength(15);
  });

  it('enters at SURVEY and leaves from the terminal states', () => {
    expect(lines).toContain('[*] --> SURVEY');
    expect(lines).toContain('CLOSED --> [*]');
    expect(lines).toContain('CANCELLED --> [*]');
    expect(lines.filter((l) => l.endsWith('--> [*]'))).toHaveLength(2);
  });

  it('draws a stage edge with its guard names', () => {
    expect(lines).toContain(
      'SURVEY --> ORGANIZING: COMPLETE_SURVEY [surveyBaseData, surveyAssets, surveyWillingness, builtBefore2001, notInShantytownPlan]',
    );
    expect(lines).toContain('ORGANIZING --> CONSULTATION: START_CONSULTATION [bodyRegistered, councilSize]');
  });

  it.each(SUSPENDABLE.map((s) => [s]))('draws SUSPEND from %s and RESUME back to it', (state) => {
    expect(lines).toContain(`${state} --> ON_HOLD: SUSPEND [reasonGiven]`);
    expect(lines).toContain(`ON_HOLD --> ${state}: RESUME`);
  });

  it('draws RESUME only back to suspendable states and never to $previous', () => {
    const resumes = lines.filter((l) => l.endsWith(': RESUME')).map((l) => l.split(' ')[2].replace(':', ''));
    expect(resumes.sort()).toEqual([...SUSPENDABLE].sort());
    expect(text).not.toContain(PREVIOUS);
  });
});
