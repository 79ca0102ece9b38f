import { queryOptions } from '@tanstack/react-query';
import { api, read, type ResponseOf } from '../../../api/client';

export type Complaint = ResponseOf<'/projects/{id}/complaints', 'get', never>[number];
export type ComplaintMachine = ResponseOf<'/meta/machines/{name}', 'get', never>;
export type ComplaintTransition = ComplaintMachine['transitions'][number];

export const complaintsQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'complaints'],
    queryFn: () => read<Complaint[]>(api.GET('/projects/{id}/complaints', { params: { path: { id: projectId } } })),
  });

type CoveredCompound = ResponseOf<'/projects/{id}/compounds', 'get', never>[number];

/** The compounds the project covers: in a project area a complaint names the one it came from. */
export const coveredCompoundsQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'compounds'],
    queryFn: () => read<CoveredCompound[]>(api.GET('/projects/{id}/compounds', { params: { path: { id: projectId } } })),
  });

export const complaintMachineQuery = () =>
  queryOptions({
    queryKey: ['meta', 'complaint'],
    queryFn: () => read<ComplaintMachine>(api.GET('/meta/machines/{name}', { params: { path: { name: 'complaint' } } })),
    staleTime: Infinity,
  });

/** The words a complaint's event carries, each the field the API reads it from. */
export type ComplaintNote = 'handler' | 'resolution' | 'acknowledgement' | 'reason';

export interface NoteField {
  field: ComplaintNote;
  /** Chinese, the field's label. */
  label: string;
  maxLength: number;
}

/** What each guard of the complaint machine asks for: the event's dialog asks for it before the API refuses. */
export const GUARD_NOTES: Record<string, NoteField> = {
  handlerNamed: { field: 'handler', label: '承办人', maxLength: 200 },
  resolutionGiven: { field: 'resolution', label: '化解情况', maxLength: 5000 },
  acknowledged: { field: 'acknowledgement', label: '投诉人意见', maxLength: 5000 },
  reasonGiven: { field: 'reason', label: '理由', maxLength: 2000 },
};

/** The fields an event's guards need filled, in the order they are named. */
export function notesFor(t: Pick<ComplaintTransition, 'guards'>): NoteField[] {
  return t.guards.flatMap((g) => (GUARD_NOTES[g] ? [GUARD_NOTES[g]] : []));
}

/** What the user may do with a complaint now: its state's events open to their role. */
export function eventsFor(machine: Pick<ComplaintMachine, 'transitions'>, state: string, role: string): ComplaintTransition[] {
  return machine.transitions.filter((t) => t.from === state && t.roles.includes(role));
}

/** An event as the API takes it: only the fields its guards read, trimmed. */
export function eventBody(t: Pick<ComplaintTransition, 'event' | 'guards'>, values: Partial<Record<ComplaintNote, string>>) {
  return {
    event: t.event,
    ...Object.fromEntries(notesFor(t).map((n) => [n.field, (values[n.field] ?? '').trim()])),
  } as { event: string } & Partial<Record<ComplaintNote, string>>;
}
