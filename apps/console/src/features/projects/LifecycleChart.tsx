import { Grid } from 'antd';
import { layoutLifecycle, NODE_H, NODE_W, type MachineDescription, type NodeBox } from './lifecycle-layout';

const PAD = 24;

/** The lifecycle as a state chart: the current state filled, the states reachable next outlined, those passed through tinted. */
export function LifecycleChart({
  machine,
  current,
  next,
  visited,
}: {
  machine: MachineDescription;
  current: string;
  next: string[];
  visited: string[];
}) {
  const screens = Grid.useBreakpoint();
  const layout = layoutLifecycle(machine, screens.lg ? 5 : 3);
  const at = new Map(layout.nodes.map((n) => [n.state, n]));
  const currentNode = at.get(current);

  const edgePath = (a: NodeBox, b: NodeBox, back: boolean) => {
    const ay = a.y + NODE_H / 2;
    const by = b.y + NODE_H / 2;
    if (back) {
      // Below the row, bowing down, so that it does not cross the forward arrows.
      const y = Math.max(a.y, b.y) + NODE_H + 18;
      return `M ${a.x + NODE_W / 2} ${a.y + NODE_H} C ${a.x + NODE_W / 2} ${y}, ${b.x + NODE_W / 2} ${y}, ${b.x + NODE_W / 2} ${b.y + NODE_H}`;
    }
    if (a.y === b.y) return `M ${a.x + NODE_W} ${ay} L ${b.x} ${by}`;
    const mid = a.y + NODE_H + (b.y - a.y - NODE_H) / 2;
    return `M ${a.x + NODE_W / 2} ${a.y + NODE_H} L ${a.x + NODE_W / 2} ${mid} L ${b.x + NODE_W / 2} ${mid} L ${b.x + NODE_W / 2} ${b.y}`;
  };

  return (
    <figure className="lifecycle" aria-label="项目生命周期">
      <svg
        viewBox={`${-PAD} ${-PAD} ${layout.width + 2 * PAD} ${layout.height + 2 * PAD + 12}`}
        role="img"
        aria-label={`生命周期图，当前阶段：${currentNode?.label ?? current}`}
      >
        <defs>
          <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#8c8c8c" />
          </marker>
        </defs>
        {layout.edges.map((e) => (
          <path
            key={`${e.from}-${e.to}`}
            d={edgePath(at.get(e.from)!, at.get(e.to)!, e.back)}
            fill="none"
            stroke={e.back ? '#faad14' : '#bfbfbf'}
            strokeDasharray={e.back ? '4 3' : undefined}
            markerEnd="url(#arrow)"
          >
            <title>{e.label}</title>
          </path>
        ))}
        {layout.nodes.map((n) => {
          const isCurrent = n.state === current;
          const isNext = next.includes(n.state) && !isCurrent;
          const wasVisited = visited.includes(n.state) && !isCurrent;
          return (
            <g key={n.state} data-state={n.state} data-current={isCurrent || undefined} aria-current={isCurrent ? 'step' : undefined}>
              <rect
                x={n.x}
                y={n.y}
                width={NODE_W}
                height={NODE_H}
                rx={8}
                fill={isCurrent ? '#1677ff' : wasVisited ? '#e6f4ff' : '#fff'}
                stroke={isCurrent ? '#0958d9' : isNext ? '#52c41a' : n.side ? '#d9d9d9' : '#91caff'}
                strokeWidth={isCurrent || isNext ? 2.5 : 1}
                strokeDasharray={isNext ? '6 3' : n.side ? '3 3' : undefined}
              />
              <text
                x={n.x + NODE_W / 2}
                y={n.y + NODE_H / 2 + 5}
                textAnchor="middle"
                fontSize={14}
                fontWeight={isCurrent ? 600 : 400}
                fill={isCurrent ? '#fff' : '#262626'}
              >
                {n.label}
              </text>
              <title>{`${n.label}${isCurrent ? '（当前）' : isNext ? '（下一步可到达）' : ''}`}</title>
            </g>
          );
        })}
        {layout.side.length > 0 && (
          <text x={0} y={layout.height + 12} fontSize={12} fill="#8c8c8c">
            {layout.side.map((s) => `${at.get(s.state)!.label}：${s.from} 个阶段可进入`).join('；')}
          </text>
        )}
      </svg>
      <figcaption className="lifecycle-legend">
        <span className="legend current">当前阶段</span>
        <span className="legend next">下一步可到达</span>
        <span className="legend visited">已经过</span>
        <span className="legend back">退回</span>
      </figcaption>
    </figure>
  );
}
