/**
 * A small picture of one column: zones side by side, their nodes as boxes (darker the more load
 * their endpoints take), and a line from each client's node to every node it sends to, as thick as
 * the share. A simplified sketch of the canvas, drawn from the column's figures only.
 */
import type { NodeSummary, ScenarioFigures } from '../../../engine';

const W = 120;
const H = 40;
const NO_ZONE = '(no zone)';

export function RouteThumbnail({ nodes, figures, label }: { nodes: readonly NodeSummary[]; figures: ScenarioFigures; label: string }) {
  const zones = [...new Set(nodes.map((n) => n.zone ?? NO_ZONE))].sort((a, b) => (a === NO_ZONE ? 1 : b === NO_ZONE ? -1 : a < b ? -1 : 1));
  const zoneWidth = W / Math.max(1, zones.length);
  const position = new Map<string, { x: number; y: number; w: number }>();
  zones.forEach((zone, zi) => {
    const inZone = nodes.filter((n) => (n.zone ?? NO_ZONE) === zone);
    const w = (zoneWidth - 4) / Math.max(1, inZone.length);
    inZone.forEach((n, ni) => position.set(n.name, { x: zi * zoneWidth + 2 + ni * w, y: 22, w: w - 2 }));
  });
  const loadByNode = new Map<string, number>();
  for (const ep of figures.load.endpoints) if (ep.node) loadByNode.set(ep.node, (loadByNode.get(ep.node) ?? 0) + ep.share);
  const lines = figures.clients.flatMap((c) => {
    const from = c.node ? position.get(c.node) : undefined;
    if (!from) return [];
    const byNode = new Map<string, number>();
    for (const ep of c.endpoints) if (ep.node) byNode.set(ep.node, (byNode.get(ep.node) ?? 0) + ep.weight);
    return [...byNode].map(([node, weight]) => ({ from, to: position.get(node), weight, key: `${c.client}>${node}` }));
  });
  const dropped = new Set([...figures.dropped, ...figures.rejected]);
  return (
    <svg className="cmp-thumb" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${label}: where each client's requests go`}>
      {zones.map((zone, zi) => (
        <rect key={zone} x={zi * zoneWidth + 0.5} y={18} width={zoneWidth - 1} height={H - 18.5} rx={2} className="cmp-thumb-zone" />
      ))}
      {[...position].map(([name, p]) => (
        <rect
          key={name}
          x={p.x}
          y={p.y}
          width={p.w}
          height={14}
          rx={1.5}
          className="cmp-thumb-node"
          style={{ fillOpacity: 0.15 + 0.85 * Math.min(1, loadByNode.get(name) ?? 0) }}
        >
          <title>{`${name}: ${Math.round((loadByNode.get(name) ?? 0) * 100)}% of the requests`}</title>
        </rect>
      ))}
      {lines.map(({ from, to, weight, key }) =>
        to ? (
          to === from ? (
            <circle key={key} cx={from.x + from.w / 2} cy={from.y - 3} r={1 + 2 * weight} className="cmp-thumb-local" />
          ) : (
            <path
              key={key}
              d={`M${from.x + from.w / 2},${from.y} Q${(from.x + to.x + (from.w + to.w) / 2) / 2},2 ${to.x + to.w / 2},${to.y}`}
              className="cmp-thumb-route"
              style={{ strokeWidth: 0.5 + 2.5 * weight }}
            />
          )
        ) : null,
      )}
      {figures.clients
        .filter((c) => dropped.has(c.client) && c.node && position.get(c.node))
        .map((c) => {
          const p = position.get(c.node!)!;
          return (
            <text key={c.client} x={p.x + p.w / 2} y={p.y - 2} className="cmp-thumb-drop" textAnchor="middle">
              ✕
            </text>
          );
        })}
    </svg>
  );
}
