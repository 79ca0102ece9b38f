import { PREVIOUS, type MachineDef } from './machine.js';

export interface MachineDescription {
  name: string;
  title: { zh: string; en: string };
  initial: string;
  states: { name: string; label: { zh: string; en: string }; terminal: boolean }[];
  events: string[];
  transitions: { from: string; event: string; to: string; roles: string[]; guards: string[]; label: { zh: string; en: string } }[];
  guards: string[];
}

/** The machine as plain data, for listing over the API. */
export function describeMachine<S extends string, E extends string, C, G extends string>(
  machine: MachineDef<S, E, C, G>,
): MachineDescription {
  const transitions: MachineDescription['transitions'] = [];
  for (const from of Object.keys(machine.states) as S[]) {
    for (const [event, def] of Object.entries(machine.transitions[from] ?? {})) {
      const t = def as NonNullable<NonNullable<(typeof machine.transitions)[S]>[E]>;
      transitions.push({ from, event, to: t.to, roles: [...t.roles], guards: [...t.guards], label: t.label });
    }
  }
  return {
    name: machine.name,
    title: machine.title,
    initial: machine.initial,
    states: (Object.keys(machine.states) as S[]).map((name) => ({
      name,
      label: machine.states[name].label,
      terminal: machine.states[name].terminal === true,
    })),
    events: [...machine.events],
    transitions,
    guards: Object.keys(machine.guards),
  };
}

/**
 * A Mermaid state diagram with Chinese state labels. A return-to-previous event is drawn as one
 * edge back to every state that can enter the holding state.
 */
export function toMermaid<S extends string, E extends string, C, G extends string>(machine: MachineDef<S, E, C, G>): string {
  const d = describeMachine(machine);
  const lines = ['stateDiagram-v2', `    %% ${d.title.zh} / ${d.title.en}`];
  for (const s of d.states) lines.push(`    state "${s.label.zh}<br/>${s.name}" as ${s.name}`);
  lines.push(`    [*] --> ${d.initial}`);
  for (const t of d.transitions) {
    const guards = t.guards.length ? ` [${t.guards.join(', ')}]` : '';
    if (t.to === PREVIOUS) {
      for (const back of d.transitions.filter((x) => x.to === t.from)) {
        lines.push(`    ${t.from} --> ${back.from}: ${t.event}${guards}`);
      }
    } else {
      lines.push(`    ${t.from} --> ${t.to}: ${t.event}${guards}`);
    }
  }
  for (const s of d.states.filter((x) => x.terminal)) lines.push(`    ${s.name} --> [*]`);
  return lines.join('\n') + '\n';
}
