/**
 * The options of an embedded playground, read from the page's query string:
 * `?embed&view=canvas&controls=minimal&scenario=seed-demo&step=2&theme=dark&autoplay`.
 * Values come from someone else's page, so each is checked; a bad one falls back to its default
 * and is listed in `problems` (shown to the reader, never as HTML).
 */
export type EmbedView = 'canvas' | 'split' | 'editor' | 'compare';
export type EmbedControls = 'none' | 'minimal' | 'full';
export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  view: EmbedView;
  controls: EmbedControls;
  /** Built-in scenario id; null means the default scenario (or the state in the URL fragment). */
  scenario: string | null;
  /** Tour step to open on (0 = before the first step); null when not given. */
  step: number | null;
  theme: EmbedTheme;
  /** Packets move (and a tour plays) without waiting for the reader. */
  autoplay: boolean;
  /** Echoed in every message to the host page, to tell several embeds apart. */
  id: string | null;
  /** The host page's origin: commands from any other origin are ignored, events go only there. */
  origin: string | null;
  /** origin= was given but is not an origin: host messages are switched off rather than opened to all. */
  hostBlocked: boolean;
  problems: string[];
}

const VIEWS: readonly EmbedView[] = ['canvas', 'split', 'editor', 'compare'];
const CONTROLS: readonly EmbedControls[] = ['none', 'minimal', 'full'];
export const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
/** A built-in scenario's id, as `scenario=` and the host's loadScenario may name it. */
export const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const isEmbedTheme = (value: unknown): value is EmbedTheme => (THEMES as readonly unknown[]).includes(value);
const EMBED_ID = /^[\w-]{1,64}$/;
export const MAX_STEP = 999;

export { isEmbedSearch } from './isEmbedSearch';

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T, name: string, problems: string[]): T {
  if (value === null) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${name}=${value.slice(0, 40)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
  return fallback;
}

/** The origin `value` names exactly (scheme://host[:port]), or null. */
export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
}

/** Reads the embed options; never throws. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const view = oneOf(params.get('view'), VIEWS, 'canvas', 'view', problems);
  const controls = oneOf(params.get('controls'), CONTROLS, 'minimal', 'controls', problems);
  const theme = oneOf(params.get('theme'), THEMES, 'auto', 'theme', problems);

  let scenario = params.get('scenario');
  if (scenario !== null && !SCENARIO_ID.test(scenario)) {
    problems.push('The scenario id in the link is not a valid id; showing the default scenario.');
    scenario = null;
  }
  let step: number | null = null;
  const rawStep = params.get('step');
  if (rawStep !== null) {
    if (/^\d{1,3}$/.test(rawStep)) step = Number(rawStep);
    else problems.push(`step=${rawStep.slice(0, 20)} is not a step number between 0 and ${MAX_STEP}.`);
  }
  const rawId = params.get('id');
  const id = rawId !== null && EMBED_ID.test(rawId) ? rawId : null;
  const rawOrigin = params.get('origin');
  const origin = rawOrigin === null ? null : parseOrigin(rawOrigin);
  if (rawOrigin !== null && origin === null)
    problems.push('origin= is not an origin such as https://docs.example.org; host messages are ignored.');
  const autoplay = params.has('autoplay') && params.get('autoplay') !== '0' && params.get('autoplay') !== 'false';

  return {
    view,
    controls,
    scenario,
    step,
    theme,
    autoplay,
    id,
    origin,
    hostBlocked: rawOrigin !== null && origin === null,
    problems,
  };
}

/** The query string for these options (defaults left out), starting with `?embed`. */
export function embedSearch(options: Partial<Omit<EmbedOptions, 'problems' | 'hostBlocked'>>): string {
  const parts = ['embed'];
  if (options.view && options.view !== 'canvas') parts.push(`view=${options.view}`);
  if (options.controls && options.controls !== 'minimal') parts.push(`controls=${options.controls}`);
  if (options.scenario) parts.push(`scenario=${encodeURIComponent(options.scenario)}`);
  if (options.step !== null && options.step !== undefined) parts.push(`step=${options.step}`);
  if (options.theme && options.theme !== 'auto') parts.push(`theme=${options.theme}`);
  if (options.autoplay) parts.push('autoplay');
  if (options.id) parts.push(`id=${encodeURIComponent(options.id)}`);
  if (options.origin) parts.push(`origin=${encodeURIComponent(options.origin)}`);
  return `?${parts.join('&')}`;
}
