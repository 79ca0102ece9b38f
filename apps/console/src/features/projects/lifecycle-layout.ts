/** A machine as GET /meta/machines/:name describes it. */
export interface MachineDescription {
  name: string;
  initial: string;
  states: { name: string; label: { zh: string }; terminal: boolean }[];
  transitions: { from: string; event: string; to: string; label: { zh: string } }[];
}

export interface NodeBox {
  state: string;
  label: string;
  x: number;
  y: number;
  /** Off the main path: entered from many states (suspension, cancellation). */
  side: boolean;
}

export interface EdgeLine {
  from: string;
  to: string;
  label: string;
  /** Goes back along the main path (a rejection, a failed acceptance). */
  back: boolean;
}

export interface LifecycleLayout {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgeLine[];
  /** Side states and how many states lead into each. */
  side: { state: string; from: number }[];
}

export const NODE_W = 132;
export const NODE_H = 44;
const GAP_X = 40;
const GAP_Y = 56;
const PREVIOUS = '$previous';

/**
 * Lays the lifecycle out as the path a project follows, row after row (each row read left to
 * right), with the states every stage can enter (on hold, cancelled) set apart at the end rather
 * than drawn with an edge from each stage. Pure: the SVG component only draws what this returns.
 */
export function layoutLifecycle(machine: MachineDescription, columns: number): LifecycleLayout {
  const incoming = new Map<string, Set<string>>();
  for (const t of machine.transitions) if (t.to !== PREVIOUS) incoming.set(t.to, (incoming.get(t.to) ?? new Set()).add(t.from));
  const isSide = (s: string) => (incoming.get(s)?.size ?? 0) > 3;

  const path: string[] = [];
  for (let at: string | undefined = machine.initial; at && !path.includes(at);) {
    path.push(at);
    const here: string = at;
    at = machine.transitions.find((t) => t.from === here && t.to !== PREVIOUS && !isSide(t.to) && !path.includes(t.to))?.to;
  }
  const sideStates = machine.states.map((s) => s.name).filter((s) => !path.includes(s));
  const label = (s: string) => machine.states.find((x) => x.name === s)?.label.zh ?? s;

  const nodes: NodeBox[] = path.map((state, i) => ({
    state,
    label: label(state),
    x: (i % columns) * (NODE_W + GAP_X),
    y: Math.floor(i / columns) * (NODE_H + GAP_Y),
    side: false,
  }));
  const sideRow = Math.ceil(path.length / columns);
  sideStates.forEach((state, i) =>
    nodes.push({
      state,
      label: label(state),
      x: (columns - sideStates.length + i) * (NODE_W + GAP_X),
      y: sideRow * (NODE_H + GAP_Y),
      side: true,
    }),
  );

  const index = (s: string) => path.indexOf(s);
  const edges: EdgeLine[] = machine.transitions
    .filter((t) => index(t.from) >= 0 && index(t.to) >= 0 && t.from !== t.to)
    .map((t) => ({ from: t.from, to: t.to, label: t.label.zh, back: index(t.to) < index(t.from) }));

  const rows = sideRow + (sideStates.length ? 1 : 0);
  return {
    width: columns * NODE_W + (columns - 1) * GAP_X,
    height: rows * NODE_H + (rows - 1) * GAP_Y,
    nodes,
    edges,
    side: sideStates.map((state) => ({ state, from: incoming.get(state)?.size ?? 0 })),
  };
}
