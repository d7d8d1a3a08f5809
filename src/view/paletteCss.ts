/**
 * The palette as CSS custom properties: the page's tokens on `:root`, the canvas's on its React
 * Flow element, dark under `data-theme='dark'`, the high-contrast themes under
 * `prefers-contrast: more` (only what they change). The page installs this text at start-up.
 */
import { PALETTES, type CanvasColours, type PageColours } from './palette';

const PAGE_NAMES: Readonly<Record<keyof PageColours, string>> = {
  bg: '--bg',
  surface: '--surface',
  surface2: '--surface-2',
  fg: '--fg',
  muted: '--muted',
  border: '--border',
  accent: '--accent',
  accentFg: '--accent-fg',
  focus: '--focus',
  danger: '--danger',
  warn: '--warn',
  warnBg: '--warn-bg',
  info: '--info',
};

/** The page's custom properties for `colours`, by name. */
export function pageVariables(colours: PageColours): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(PAGE_NAMES)) out[name] = colours[key as keyof PageColours];
  return out;
}

/** The canvas's custom properties (`--kt-*`) for `colours`, by name. */
export function canvasVariables(colours: CanvasColours): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(colours) as [keyof CanvasColours, CanvasColours[keyof CanvasColours]][]) {
    if (key === 'apps') continue;
    out[`--kt-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = value as string;
  }
  colours.apps.forEach((hue, slot) => (out[`--kt-app-${slot}`] = hue));
  // React Flow paints its pane with this one.
  out['--xy-background-color'] = 'var(--kt-background)';
  return out;
}

const CANVAS = '.kt-canvas .react-flow';
/** The strip above the graph (routes bar, zoom buttons, legend) wears the canvas's colours too. */
const CHROME = '.kt-canvas__chrome';
const DARK_ROOT = ":root[data-theme='dark']";

function rule(selector: string, variables: Record<string, string>, only?: ReadonlySet<string>, indent = ''): string {
  const lines = Object.entries(variables)
    .filter(([name]) => !only || only.has(name))
    .map(([name, value]) => `${indent}  ${name}: ${value};`);
  return lines.length ? `${indent}${selector} {\n${lines.join('\n')}\n${indent}}` : '';
}

/**
 * The names whose value differs between a theme and its high-contrast variant, in light or in
 * dark: the dark rule must restate whatever the light one overrides, since both apply in dark.
 */
function changedByContrast(
  light: Record<string, string>,
  lightMore: Record<string, string>,
  dark: Record<string, string>,
  darkMore: Record<string, string>,
): Set<string> {
  return new Set(Object.keys(light).filter((name) => light[name] !== lightMore[name] || dark[name] !== darkMore[name]));
}

/** The stylesheet text for every theme. */
export function paletteCss(): string {
  const page = (theme: keyof typeof PALETTES) => pageVariables(PALETTES[theme].page);
  const canvas = (theme: keyof typeof PALETTES) => canvasVariables(PALETTES[theme].canvas);
  const pageMore = changedByContrast(page('light'), page('light-high-contrast'), page('dark'), page('dark-high-contrast'));
  const canvasMore = changedByContrast(canvas('light'), canvas('light-high-contrast'), canvas('dark'), canvas('dark-high-contrast'));
  const moreContrast = [
    rule(':root', page('light-high-contrast'), pageMore, '  '),
    rule(DARK_ROOT, page('dark-high-contrast'), pageMore, '  '),
    rule(`${CANVAS},\n  ${CHROME}`, canvas('light-high-contrast'), canvasMore, '  '),
    rule(`${DARK_ROOT} ${CANVAS},\n  ${DARK_ROOT} ${CHROME},\n  ${CANVAS}.dark`, canvas('dark-high-contrast'), canvasMore, '  '),
  ].filter(Boolean);
  return [
    rule(':root', page('light')),
    rule(DARK_ROOT, page('dark')),
    rule(`${CANVAS},\n${CHROME}`, canvas('light')),
    // React Flow's own class for its dark colour mode, for a canvas rendered dark on a light page.
    rule(`${DARK_ROOT} ${CANVAS},\n${DARK_ROOT} ${CHROME},\n${CANVAS}.dark`, canvas('dark')),
    moreContrast.length ? `@media (prefers-contrast: more) {\n${moreContrast.join('\n')}\n}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
