import { describeMachine } from '@domain/machine/describe';
import { lifecycleMachine, PROJECT_STATES } from '@domain/lifecycle/lifecycle.machine';
import { layoutLifecycle, NODE_H, NODE_W } from './lifecycle-layout';

describe('the lifecycle layout', () => {
  const machine = describeMachine(lifecycleMachine);
  const layout = layoutLifecycle(machine, 5);
  const node = (s: string) => layout.nodes.find((n) => n.state === s)!;

  it('puts every state once: the path a project follows, then on hold and cancelled apart', () => {
    expect(layout.nodes.map((n) => n.state).sort()).toEqual([...PROJECT_STATES].sort());
    expect(layout.nodes.filter((n) => !n.side).map((n) => n.state)).toEqual(
      PROJECT_STATES.filter((s) => s !== 'ON_HOLD' && s !== 'CANCELLED'),
    );
    expect(layout.side).toEqual([
      { state: 'ON_HOLD', from: 12 },
      { state: 'CANCELLED', from: 13 },
    ]);
    expect(node('SURVEY').label).toBe('摸底调查');
  });

  it('reads row after row, five to a row, inside the drawing', () => {
    expect([node('SURVEY').x, node('SURVEY').y]).toEqual([0, 0]);
    expect(node('JOINT_REVIEW').y).toBe(node('DESIGN').y);
    expect(node('JOINT_REVIEW').x).toBeGreaterThan(node('DESIGN').x);
    expect(node('PERMITTING').y).toBeGreaterThan(node('SURVEY').y);
    for (const n of layout.nodes) {
      expect(n.x + NODE_W).toBeLessThanOrEqual(layout.width);
      expect(n.y + NODE_H).toBeLessThanOrEqual(layout.height);
    }
    const spots = new Set(layout.nodes.map((n) => `${n.x},${n.y}`));
    expect(spots.size).toBe(layout.nodes.length);
  });

  it('draws the steps forward and the two ways back, not the edges into on hold or cancelled', () => {
    expect(
      layout.edges
        .filter((e) => e.back)
        .map((e) => `${e.from}>${e.to}`)
        .sort(),
    ).toEqual(['ACCEPTANCE>CONSTRUCTION', 'JOINT_REVIEW>DESIGN']);
    expect(layout.edges).toContainEqual({ from: 'SURVEY', to: 'ORGANIZING', label: '完成摸底调查', back: false });
    expect(layout.edges.some((e) => e.to === 'ON_HOLD' || e.to === 'CANCELLED')).toBe(false);
  });
});
