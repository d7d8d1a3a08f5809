/** Colours of the exported drawing, light and dark (the canvas's theme tokens, fixed for files). */
export interface SvgPalette {
  background: string;
  zone: string;
  zoneStroke: string;
  node: string;
  stroke: string;
  pod: string;
  client: string;
  entry: string;
  text: string;
  muted: string;
  /** Route colours per locality, as the canvas draws them. */
  sameNode: string;
  sameZone: string;
  crossZone: string;
  unknownZone: string;
  drop: string;
}

/** Dashes per locality (the canvas's), so the kind of route shows without colour too. */
export const ROUTE_DASHES: Record<string, string | undefined> = {
  'same-node': undefined,
  'same-zone': '10 4',
  'cross-zone': '4 4',
  'unknown-zone': '1 5',
  reject: '6 3 1 3',
};

export const LIGHT_PALETTE: SvgPalette = {
  background: '#ffffff',
  zone: '#f6f8fa',
  zoneStroke: '#8c959f',
  node: '#ffffff',
  stroke: '#57606a',
  pod: '#ddf4ff',
  client: '#fff4d6',
  entry: '#eef1f4',
  text: '#1b1f24',
  muted: '#57606a',
  sameNode: '#007a5a',
  sameZone: '#0060a0',
  crossZone: '#b35c00',
  unknownZone: '#6e7781',
  drop: '#c0201a',
};

export const DARK_PALETTE: SvgPalette = {
  background: '#0d1117',
  zone: '#161b22',
  zoneStroke: '#6e7681',
  node: '#0d1117',
  stroke: '#9da7b3',
  pod: '#0c2d6b',
  client: '#3b2e00',
  entry: '#21262d',
  text: '#e6edf3',
  muted: '#9da7b3',
  sameNode: '#3fcf9f',
  sameZone: '#56a8ff',
  crossZone: '#f0a020',
  unknownZone: '#9da7b3',
  drop: '#ff7b72',
};
