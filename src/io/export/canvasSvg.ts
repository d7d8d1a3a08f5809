/**
 * The topology as a standalone SVG file: the canvas's own layout and route geometry, drawn as
 * plain vector shapes with text as text (for slides and docs). Pure: no DOM.
 */
import type { RoutingReport } from '../../engine';
import { buildFlowEdges } from '../../view/flowElements';
import { ENTRY_W, layoutBounds, layoutTopology, type LayoutBox } from '../../view/layout';
import { externalEntryNote, externalEntryWidth } from '../../view/externalEntry';
import { podStatus } from '../../view/podStatus';
import { buildRouteEdges, isExternallyReachable } from '../../view/routeModel';
import { proxyModeLabel } from '../../format/proxyModeLabel';
import { appColorSlots, appOf } from '../../view/appColors';
import { PALETTES, ROUTE_DASHES, mixColours, routeColour, type CanvasColours, type ThemeName } from '../../view/palette';
import { escapeXml } from './xml';

export interface CanvasSvgOptions {
  /** Services whose routes are drawn (as on the canvas). */
  services: readonly string[];
  /** The page's theme (light by default): the drawing takes the canvas's colours for it. */
  theme?: ThemeName;
}

export interface CanvasSvg {
  svg: string;
  width: number;
  height: number;
}

const MARGIN = 24;
const TITLE = 34;
const f = (n: number) => String(Math.round(n * 10) / 10);

/** "default/echo-abc" → "echo-abc". */
const shortName = (key: string) => (key.startsWith('default/') ? key.slice('default/'.length) : key);

/**
 * Draws the report's topology and the routes of `services`.
 *
 * @example
 * const { svg } = buildCanvasSvg(report, { services: ['default/echo-svc'] });
 * // '<svg xmlns="http://www.w3.org/2000/svg" …><text …>default/client</text>…'
 */
export function buildCanvasSvg(report: RoutingReport, options: CanvasSvgOptions): CanvasSvg {
  const palette = PALETTES[options.theme ?? 'light'].canvas;
  const externalEntries = options.services.some((s) => isExternallyReachable(report, s));
  const note = externalEntries ? externalEntryNote(report, options.services) : undefined;
  const layout = layoutTopology({
    nodes: report.nodes,
    pods: report.pods,
    externalEntries,
    ...(note ? { externalEntryWidth: externalEntryWidth(note, ENTRY_W) } : {}),
  });
  const { edges } = buildFlowEdges(layout, buildRouteEdges(report, options.services), null);
  const bounds = layoutBounds(layout);
  const heading = title(report, options.services);
  // Wide enough for the title too (about 8.5 px per character at 15 px).
  const width = Math.ceil(Math.max(bounds.width, heading.length * 8.5) + 2 * MARGIN);
  const height = Math.ceil(bounds.height + 2 * MARGIN + TITLE);
  const pods = new Map(report.pods.map((p) => [p.key, p]));
  const slots = appColorSlots(report.pods);
  const podFill = (pod: RoutingReport['pods'][number] | undefined): PodFill => {
    if (!pod) return { fill: palette.surface };
    // As the canvas tints them: clients with the text colour, backends with their app's hue.
    if (pod.client) return { fill: mixColours(palette.fg, 0.07, palette.surface) };
    const app = appOf(pod);
    const slot = app === undefined ? undefined : slots.get(app);
    const hue = slot === undefined ? undefined : palette.apps[slot];
    return hue ? { fill: mixColours(hue, 0.14, palette.surface), stripe: hue } : { fill: palette.surface };
  };

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="12">`,
    `<title>${escapeXml(heading)}</title>`,
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="15" font-weight="600" fill="${palette.fg}">${escapeXml(heading)}</text>`,
    `<g transform="translate(${MARGIN},${MARGIN + TITLE})">`,
  ];
  for (const box of layout.boxes) {
    const at = layout.absolute.get(box.id)!;
    out.push(drawBox(box, at.x, at.y, palette, pods, podFill, note?.text));
  }
  for (const edge of edges) {
    const route = edge.data!.route;
    const { path, labelX, labelY } = edge.data!.geometry;
    const kind = route.verdict === 'forward' ? (route.locality ?? 'unknown-zone') : route.verdict;
    const colour = routeColour(kind, palette);
    const strokeWidth = route.verdict === 'forward' ? 1.5 + 3 * route.share : 2.5;
    const dashes = ROUTE_DASHES[kind];
    out.push(
      `<g class="route route--${kind}"><path d="${escapeXml(path)}" fill="none" stroke="${colour}" stroke-width="${f(strokeWidth)}" stroke-linecap="round"${dashes ? ` stroke-dasharray="${dashes}"` : ''}/>`,
      `<text x="${f(labelX)}" y="${f(labelY + 4)}" text-anchor="middle" font-weight="600" fill="${colour}" stroke="${palette.labelBg}" stroke-width="3" paint-order="stroke">${escapeXml(route.label)}</text></g>`,
    );
  }
  out.push('</g></svg>');
  return { svg: out.join('\n'), width, height };
}

function title(report: RoutingReport, services: readonly string[]): string {
  const mode = proxyModeLabel(report);
  const what = services.length ? `Service ${services.join(', ')}` : 'No Service drawn';
  return `${what} · Kubernetes ${report.kubernetesVersion} · kube-proxy ${mode}`;
}

interface PodFill {
  fill: string;
  /** The app's hue, drawn as the canvas's left border. */
  stripe?: string;
}

/** `fill="…"` for a CSS colour; `rgba(…)` becomes a fill with a fill-opacity, which every SVG reader knows. */
function fillOf(colour: string): string {
  const rgba = /^rgba\((\d+),\s*(\d+),\s*(\d+),\s*([\d.]+)\)$/.exec(colour);
  if (!rgba) return `fill="${colour}"`;
  const hex = rgba.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, '0'));
  return `fill="#${hex.join('')}" fill-opacity="${rgba[4]}"`;
}

function drawBox(
  box: LayoutBox,
  x: number,
  y: number,
  p: CanvasColours,
  pods: ReadonlyMap<string, RoutingReport['pods'][number]>,
  podFill: (pod: RoutingReport['pods'][number] | undefined) => PodFill,
  /** The external entries' note (who may enter, or the load balancer arriving on the node port). */
  externalNote?: string,
): string {
  const rect = (fill: string, stroke: string, extra = '') =>
    `<rect x="${f(x)}" y="${f(y)}" width="${f(box.width)}" height="${f(box.height)}" rx="6" ${fillOf(fill)} stroke="${stroke}"${extra}/>`;
  const label = (text: string, dx: number, dy: number, fill: string, extra = '') =>
    `<text x="${f(x + dx)}" y="${f(y + dy)}" fill="${fill}"${extra}>${escapeXml(text)}</text>`;
  switch (box.kind) {
    case 'zone':
    case 'no-zone':
    case 'unscheduled': {
      const name = box.kind === 'zone' ? `zone ${box.ref}` : box.kind === 'no-zone' ? 'no zone' : 'unscheduled';
      return rect(p.zoneBg, p.zoneBorder, ' stroke-dasharray="6 4"') + label(name, 12, 20, p.muted, ' font-weight="600"');
    }
    case 'node':
      return rect(p.nodeBg, p.nodeBorder) + label(`node ${box.ref}`, 12, 20, p.fg, ' font-weight="600"');
    case 'proxy':
    case 'external':
      return (
        rect(p.proxyBg, p.nodeBorder) +
        label(box.kind === 'proxy' ? 'kube-proxy' : (externalNote ?? 'external'), box.width / 2, 19, p.fg, ' text-anchor="middle"')
      );
    case 'pod': {
      const pod = pods.get(box.ref);
      const look = pod ? podStatus(pod) : undefined;
      const { fill, stripe } = podFill(pod);
      return (
        rect(fill, p.nodeBorder) +
        (stripe ? `<rect x="${f(x)}" y="${f(y)}" width="5" height="${f(box.height)}" rx="2" fill="${stripe}"/>` : '') +
        label(`${look?.shape ?? ''} ${shortName(box.ref)}`, 10, 18, p.fg) +
        label(`${pod?.client ? 'client · ' : ''}${look?.text ?? ''}${pod?.ip ? ` · ${pod.ip}` : ''}`, 10, 36, p.muted, ' font-size="11"')
      );
    }
  }
}
