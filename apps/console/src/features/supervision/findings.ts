import { FINDING_SEVERITIES, findingMachine, type FindingEvent, type FindingState } from '@domain/construction/supervision';
import type { Role } from '@domain/roles';
import { FINDING_EVENT_LABELS, FINDING_SEVERITY_LABELS } from '../../shared/dictionary';

export interface FindingAction {
  event: FindingEvent;
  label: string;
  to: FindingState;
  /** What the event must carry: the rectification evidence (PM), or why it is reopened (supervisor). */
  needs: 'evidence' | 'reason' | null;
}

/** What a role may do with a finding in its state, read from the finding machine the API runs. */
export function findingActions(state: string, role: Role): FindingAction[] {
  const from = findingMachine.transitions[state as FindingState] ?? {};
  return Object.entries(from).flatMap(([event, t]) =>
    t && t.roles.includes(role)
      ? [
          {
            event: event as FindingEvent,
            label: FINDING_EVENT_LABELS[event as FindingEvent],
            to: t.to as FindingState,
            needs: t.guards.includes('evidenceGiven')
              ? ('evidence' as const)
              : t.guards.includes('reasonGiven')
                ? ('reason' as const)
                : null,
          },
        ]
      : [],
  );
}

/** The severities to choose from, mildest first. */
export const SEVERITY_OPTIONS = FINDING_SEVERITIES.map((s) => ({ value: s, label: FINDING_SEVERITY_LABELS[s] }));
