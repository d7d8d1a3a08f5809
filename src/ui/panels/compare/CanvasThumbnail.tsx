/**
 * One column's small copy of the canvas: the boxes where the canvas puts them (zones, nodes,
 * kube-proxy, pods), the choice's routes along the canvas's paths, as thick as their share and
 * coloured by where they end (same node / same zone / cross zone), a ✕ where traffic is dropped.
 * Endpoint pods are shaded by their share of the load, the busiest darkest.
 */
import type { ScenarioFigures } from '../../../engine';
import { formatShare, shortObjectKey } from '../../../engine';
import type { ComparePictures, PlacedBox } from '../../../view/comparePicture';
import type { RouteGeometry } from '../../../view/routeGeometry';

/** Room around the picture, in canvas units. */
const PAD = 10;

function boxClass(box: PlacedBox, load: ReadonlyMap<string, number>, clients: ReadonlySet<string>): string {
  if (box.kind !== 'pod') return `cmp-thumb-${box.kind}`;
  if (clients.has(box.ref)) return 'cmp-thumb-pod cmp-thumb-pod--client';
  return load.has(box.ref) ? 'cmp-thumb-pod cmp-thumb-pod--endpoint' : 'cmp-thumb-pod';
}

function routeClass(g: RouteGeometry): string {
  const route = g.route;
  const kind = route.verdict === 'forward' ? (route.locality ?? 'unknown-zone') : 'dropped';
  return `cmp-thumb-route cmp-thumb-route--${kind}`;
}

export function CanvasThumbnail({
  pictures,
  index,
  figures,
  label,
}: {
  pictures: ComparePictures;
  /** Which column's routes to draw. */
  index: number;
  figures: ScenarioFigures;
  label: string;
}) {
  const { bounds, boxes } = pictures;
  const routes = pictures.routes[index] ?? [];
  const load = new Map(figures.load.endpoints.map((ep) => [ep.pod, ep.share]));
  const busiest = Math.max(0, ...load.values());
  const clients = new Set(figures.clients.map((c) => c.client));
  // A mark's size in canvas units: about a fortieth of the picture's width, whatever its size on screen.
  const mark = Math.max(bounds.width, bounds.height * 1.6) / 40;
  const drops = routes.filter((g) => g.route.verdict !== 'forward');
  return (
    <svg
      className="cmp-thumb"
      viewBox={`${bounds.x - PAD} ${bounds.y - PAD} ${bounds.width + 2 * PAD} ${bounds.height + 2 * PAD}`}
      role="img"
      aria-label={`${label}: the canvas with this choice's ${routes.length - drops.length} route${routes.length - drops.length === 1 ? '' : 's'}${drops.length ? `, ${drops.length} client${drops.length === 1 ? '' : 's'} dropped` : ''}`}
      data-testid="compare-thumb"
    >
      {boxes.map((box) => {
        const share = box.kind === 'pod' ? load.get(box.ref) : undefined;
        return (
          <rect
            key={box.id}
            x={box.ax}
            y={box.ay}
            width={box.width}
            height={box.height}
            rx={box.kind === 'pod' ? 4 : 8}
            className={boxClass(box, load, clients)}
            data-box={box.id}
            style={share !== undefined && busiest > 0 ? { fillOpacity: 0.15 + 0.85 * (share / busiest) } : undefined}
          >
            {box.kind === 'pod' || box.kind === 'node' || box.kind === 'zone' ? (
              <title>
                {box.kind === 'pod'
                  ? `${shortObjectKey(box.ref)}${share !== undefined ? `: ${formatShare(share)} of the requests` : ''}`
                  : `${box.kind} ${box.ref}`}
              </title>
            ) : null}
          </rect>
        );
      })}
      {routes.map((g) =>
        g.route.verdict === 'forward' ? (
          <path
            key={g.id}
            d={g.geometry.path}
            className={routeClass(g)}
            vectorEffect="non-scaling-stroke"
            style={{ strokeWidth: 1.25 + 3 * g.route.share }}
            data-route={g.route.testId}
          >
            <title>{`${shortObjectKey(g.route.from)} → ${g.route.targetPod ? shortObjectKey(g.route.targetPod) : ''} ${g.route.label}`}</title>
          </path>
        ) : null,
      )}
      {drops.map((g) => (
        <path
          key={g.id}
          d={`M${g.geometry.labelX - mark},${g.geometry.labelY - mark} l${2 * mark},${2 * mark} m0,${-2 * mark} l${-2 * mark},${2 * mark}`}
          className="cmp-thumb-drop"
          vectorEffect="non-scaling-stroke"
          data-route={g.route.testId}
        >
          <title>{`${shortObjectKey(g.route.from)}: ${g.route.label}`}</title>
        </path>
      ))}
    </svg>
  );
}
