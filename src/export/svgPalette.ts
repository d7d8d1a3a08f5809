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
  route: string;
  drop: string;
}

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
  route: '#0969da',
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
  route: '#4493f8',
  drop: '#ff7b72',
};
