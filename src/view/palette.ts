/**
 * The playground's colours, per theme: the page's tokens (`--bg`, `--fg`, …), the canvas's
 * (`--kt-*`) and, from the same values, the SVG/PNG export. Text on its background keeps a
 * contrast of at least 4.5:1. Locality hues are Okabe–Ito's, readable by most colour-blind people.
 */

/** The themes: light or dark, each with a high-contrast variant (`prefers-contrast: more`). */
export type ThemeName = 'light' | 'dark' | 'light-high-contrast' | 'dark-high-contrast';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'light-high-contrast', 'dark-high-contrast'];

/** The page's colours (toolbar, panels, editor chrome). */
export interface PageColours {
  bg: string;
  surface: string;
  surface2: string;
  fg: string;
  muted: string;
  border: string;
  accent: string;
  accentFg: string;
  focus: string;
  danger: string;
  warn: string;
  warnBg: string;
  info: string;
}

/** The canvas's colours; the export draws with the same ones. */
export interface CanvasColours {
  /** Behind the drawing (React Flow's pane). */
  background: string;
  fg: string;
  muted: string;
  /** Pods, panels. */
  surface: string;
  zoneBg: string;
  zoneBorder: string;
  nodeBg: string;
  nodeBorder: string;
  /** kube-proxy and external entry points. */
  proxyBg: string;
  focus: string;
  sameNode: string;
  sameZone: string;
  crossZone: string;
  unknownZone: string;
  drop: string;
  packet: string;
  /** Behind route labels. */
  labelBg: string;
  /** One hue per app (backend pods), by palette slot. */
  apps: readonly string[];
}

export interface Palette {
  page: PageColours;
  canvas: CanvasColours;
}

const APP_HUES = ['#4e79a7', '#59a14f', '#b07aa1', '#9c755f', '#76b7b2', '#e15759', '#edc948', '#bab0ac'];

const LIGHT: Palette = {
  page: {
    bg: '#f6f8fa',
    surface: '#ffffff',
    surface2: '#eef1f4',
    fg: '#1b1f24',
    muted: '#57606a',
    border: '#c4ccd4',
    accent: '#0969da',
    accentFg: '#ffffff',
    focus: '#0969da',
    danger: '#c0201a',
    warn: '#7d4e00',
    warnBg: '#fff4d6',
    info: '#0b5cad',
  },
  canvas: {
    // The page's background, which shows through React Flow's transparent light pane.
    background: '#f6f8fa',
    fg: '#1b1f24',
    muted: '#57606a',
    surface: '#ffffff',
    zoneBg: 'rgba(9, 105, 218, 0.04)',
    zoneBorder: '#8c959f',
    nodeBg: '#f6f8fa',
    nodeBorder: '#6e7781',
    proxyBg: '#eef1f4',
    focus: '#0969da',
    sameNode: '#007a5a',
    sameZone: '#0060a0',
    crossZone: '#b35c00',
    unknownZone: '#6e7781',
    drop: '#c0201a',
    packet: '#1b1f24',
    labelBg: '#ffffff',
    apps: APP_HUES,
  },
};

const DARK: Palette = {
  page: {
    bg: '#0d1117',
    surface: '#161b22',
    surface2: '#21262d',
    fg: '#e6edf3',
    muted: '#9da7b3',
    border: '#3d444d',
    accent: '#4493f8',
    accentFg: '#0d1117',
    focus: '#79b8ff',
    danger: '#ff7b72',
    warn: '#f2cc60',
    warnBg: '#3b2e00',
    info: '#79b8ff',
  },
  canvas: {
    // React Flow's dark pane.
    background: '#141414',
    fg: '#e6edf3',
    muted: '#9da7b3',
    surface: '#161b22',
    zoneBg: 'rgba(56, 139, 253, 0.06)',
    zoneBorder: '#6e7681',
    nodeBg: '#1c2128',
    nodeBorder: '#8b949e',
    proxyBg: '#262c36',
    focus: '#58a6ff',
    sameNode: '#3fcf9f',
    sameZone: '#56a8ff',
    crossZone: '#f0a020',
    unknownZone: '#9da7b3',
    // The page's danger red: dropped traffic reads as the same error colour everywhere.
    drop: '#ff7b72',
    packet: '#f0f6fc',
    labelBg: '#0d1117',
    apps: APP_HUES,
  },
};

/** Every colour per theme. The high-contrast themes strengthen the page's text, borders and accents. */
export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: LIGHT,
  dark: DARK,
  'light-high-contrast': {
    page: { ...LIGHT.page, fg: '#000000', muted: '#2f363d', border: '#000000', accent: '#0040a0', focus: '#0040a0' },
    canvas: LIGHT.canvas,
  },
  'dark-high-contrast': {
    page: { ...DARK.page, fg: '#ffffff', muted: '#d0d7de', border: '#ffffff', accent: '#9ecbff', focus: '#ffd33d' },
    canvas: DARK.canvas,
  },
};

/** The theme for a colour scheme, with or without more contrast. */
export function themeName(scheme: 'light' | 'dark', highContrast: boolean): ThemeName {
  return highContrast ? `${scheme}-high-contrast` : scheme;
}

/** Dash patterns per route kind (the canvas's), so the kind of route shows without colour too. */
export const ROUTE_DASHES: Readonly<Record<string, string | undefined>> = {
  'same-node': undefined,
  'same-zone': '10 4',
  'cross-zone': '4 4',
  'unknown-zone': '1 5',
  reject: '6 3 1 3',
};

/** A route's colour: its locality's, or the drop colour for dropped and rejected traffic. */
export function routeColour(kind: string, canvas: CanvasColours): string {
  if (kind === 'same-node') return canvas.sameNode;
  if (kind === 'same-zone') return canvas.sameZone;
  if (kind === 'cross-zone') return canvas.crossZone;
  if (kind === 'unknown-zone') return canvas.unknownZone;
  return canvas.drop;
}

const hexRgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/**
 * `weight` of `colour` over `base` in sRGB, as CSS's `color-mix(in srgb, colour weight, base)`
 * (both `#rrggbb`): how the canvas tints pods, computed for files.
 *
 * @example
 * mixColours('#000000', 0.5, '#ffffff'); // '#808080'
 */
export function mixColours(colour: string, weight: number, base: string): string {
  const a = hexRgb(colour);
  const b = hexRgb(base);
  return `#${a
    .map((c, i) =>
      Math.round(c * weight + b[i]! * (1 - weight))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
