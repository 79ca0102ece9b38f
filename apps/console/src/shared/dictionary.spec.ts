import { ENTRY_LABELS as DOMAIN_ENTRIES } from '@domain/access/signing';
import { ARCHIVE_SOURCE_LABELS as DOMAIN_ARCHIVE_SOURCES } from '@domain/aftercare/archive';
import { PROPERTY_MODES } from '@domain/aftercare/long-term';
import { ROUND_SUBJECT_LABELS as DOMAIN_ROUND_SUBJECTS } from '@domain/consent/round.machine';
import {
  ACCEPTANCE_FORM_STATE_LABELS as DOMAIN_FORM_STATES,
  ACCEPTANCE_OPINION_LABELS as DOMAIN_OPINIONS,
} from '@domain/construction/acceptance';
import { describeMachine } from '@domain/machine/describe';
import { MACHINES } from '@domain/machine/registry';
import { FINDING_EVENTS, FINDING_SEVERITIES, type FindingEvent } from '@domain/construction/supervision';
import { ROLES } from '@domain/roles';
import { CHANGE_PARTIES } from '@domain/construction/change-order';
import { REVIEW_OPINIONS } from '@domain/plan/review';
import {
  ACCEPTANCE_FORM_STATE_LABELS,
  ACCEPTANCE_OPINION_LABELS,
  ARCHIVE_SOURCE_LABELS,
  auditActionLabel,
  CHANGE_ORDER_ACTION_LABELS,
  CHANGE_ORDER_TRANSITION_LABELS,
  CHANGE_PARTY_LABELS,
  ENTRY_LABELS,
  REVIEW_OPINION_LABELS,
  FINDING_SEVERITY_LABELS,
  PROPERTY_MODE_LABELS,
  FINDING_EVENT_LABELS,
  GUARD_LABELS,
  labelOf,
  machineStateLabel,
  MACHINE_STATE_LABELS,
  optionsOf,
  PAYER_LABELS,
  PROJECT_EVENT_LABELS,
  projectStateLabel,
  ROLE_LABELS,
  ROUND_SUBJECT_LABELS,
  type MachineName,
} from './dictionary';

describe('the dictionary', () => {
  it('names every machine the API runs, and no other', () => {
    expect(Object.keys(MACHINE_STATE_LABELS).sort()).toEqual(Object.keys(MACHINES).sort());
  });

  it.each(Object.keys(MACHINES))('says every state of %s as the machine labels it', (name) => {
    const states = describeMachine(MACHINES[name]!).states;
    expect(MACHINE_STATE_LABELS[name as MachineName]).toEqual(Object.fromEntries(states.map((s) => [s.name, s.label.zh])));
  });

  it('says every lifecycle event as each of its transitions labels it', () => {
    const transitions = describeMachine(MACHINES['project-lifecycle']!).transitions;
    for (const t of transitions)
      expect([t.event, PROJECT_EVENT_LABELS[t.event as keyof typeof PROJECT_EVENT_LABELS]]).toEqual([t.event, t.label.zh]);
    expect(Object.keys(PROJECT_EVENT_LABELS).sort()).toEqual([...new Set(transitions.map((t) => t.event))].sort());
  });

  it('says what every lifecycle guard checks', () => {
    expect(Object.keys(GUARD_LABELS).sort()).toEqual([...describeMachine(MACHINES['project-lifecycle']!).guards].sort());
    for (const label of Object.values(GUARD_LABELS)) expect(label).toMatch(/\p{Script=Han}/u);
  });

  it('names every round subject as the domain does, which the exports print', () => {
    expect(ROUND_SUBJECT_LABELS).toEqual(Object.fromEntries(Object.entries(DOMAIN_ROUND_SUBJECTS).map(([k, l]) => [k, l.zh])));
  });

  it("says every change order's step as the machine labels it, each with a button's words", () => {
    const transitions = describeMachine(MACHINES['change-order']!).transitions;
    expect(CHANGE_ORDER_TRANSITION_LABELS).toEqual(Object.fromEntries(transitions.map((t) => [`${t.from}.${t.event}`, t.label.zh])));
    expect(Object.keys(CHANGE_ORDER_ACTION_LABELS).sort()).toEqual(Object.keys(CHANGE_ORDER_TRANSITION_LABELS).sort());
  });

  it('names every change party, review opinion and way of entry', () => {
    expect(Object.keys(CHANGE_PARTY_LABELS).sort()).toEqual([...CHANGE_PARTIES].sort());
    expect(Object.keys(REVIEW_OPINION_LABELS).sort()).toEqual([...REVIEW_OPINIONS].sort());
    expect(ENTRY_LABELS).toEqual(Object.fromEntries(Object.entries(DOMAIN_ENTRIES).map(([k, l]) => [k, l.zh])));
  });

  it('says every finding event as the finding machine labels it, and every severity', () => {
    const transitions = describeMachine(MACHINES.finding!).transitions;
    for (const t of transitions) expect(FINDING_EVENT_LABELS[t.event as FindingEvent]).toBe(t.label.zh);
    expect(Object.keys(FINDING_EVENT_LABELS).sort()).toEqual([...FINDING_EVENTS].sort());
    expect(Object.keys(FINDING_SEVERITY_LABELS).sort()).toEqual([...FINDING_SEVERITIES].sort());
  });

  it('names every role', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('shows what it does not know as it is, rather than nothing', () => {
    expect(projectStateLabel('SURVEY')).toBe('摸底调查');
    expect(projectStateLabel('NEW_STATE')).toBe('NEW_STATE');
    expect(machineStateLabel('finding', 'RECTIFIED')).toBe('已整改待销号');
    expect(auditActionLabel('START_CONSTRUCTION')).toBe('开工');
    expect(auditActionLabel('project.created')).toBe('创建项目');
    expect(auditActionLabel('report.SUBMIT')).toBe('report.SUBMIT');
  });

  it('offers a table as choices in its own order, and says an unknown or missing value as it is', () => {
    expect(optionsOf(PAYER_LABELS)).toEqual([
      { value: 'GOVERNMENT', label: '政府' },
      { value: 'RESIDENTS', label: '居民' },
      { value: 'OTHER', label: '其他' },
    ]);
    expect(labelOf(PAYER_LABELS, 'RESIDENTS')).toBe('居民');
    expect(labelOf(PAYER_LABELS, 'SOMEONE')).toBe('SOMEONE');
    expect(labelOf(PAYER_LABELS, null)).toBe('—');
  });
});

describe('the end of the lifecycle', () => {
  const zhOf = (labels: Record<string, { zh: string }>) => Object.fromEntries(Object.entries(labels).map(([k, l]) => [k, l.zh]));

  it('says acceptance forms, opinions and archive sources as the domain does', () => {
    expect(ACCEPTANCE_FORM_STATE_LABELS).toEqual(zhOf(DOMAIN_FORM_STATES));
    expect(ACCEPTANCE_OPINION_LABELS).toEqual(zhOf(DOMAIN_OPINIONS));
    expect(ARCHIVE_SOURCE_LABELS).toEqual(zhOf(DOMAIN_ARCHIVE_SOURCES));
  });

  it('names every property mode the domain has', () => {
    expect(Object.keys(PROPERTY_MODE_LABELS).sort()).toEqual([...PROPERTY_MODES].sort());
  });
});
