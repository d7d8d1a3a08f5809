/**
 * The messages between an embedded playground and the page that hosts it (window.postMessage).
 * Every message is a plain object whose `type` starts with "ktp:". Commands arrive from a page we
 * do not control, so they are checked field by field and anything else is ignored.
 */
import { isPlainObject } from '../../engine';
import type { IPFamilyName, RoutingReport, Verdict } from '../../engine';
import type { EmbedTheme } from './embedOptions';
import { isEmbedTheme, MAX_STEP, SCENARIO_ID } from './embedOptions';

export const PROTOCOL_VERSION = 1;

/** Host page → playground. */
export type HostCommand =
  | { type: 'ktp:hello' }
  | { type: 'ktp:loadScenario'; scenario: string; step?: number }
  | { type: 'ktp:goToStep'; step: number }
  | { type: 'ktp:setTheme'; theme: EmbedTheme }
  | { type: 'ktp:getRouteSummary' };

export interface RouteSummaryEntry {
  from: string;
  service: string;
  port: number;
  protocol: string;
  /** The route's IP family, for a dual-stack Service (the family the canvas shows for the drawn one). */
  ipFamily?: IPFamilyName;
  verdict: Verdict;
  endpoints: { pod: string; node?: string; zone?: string; weight: number }[];
}

interface Position {
  /** The embed's `id=` option, so a host with several embeds can tell them apart. */
  id: string | null;
  scenario: string | null;
  step: number;
  /** Steps of the scenario's tour (0 when it has none). */
  steps: number;
}

/** Playground → host page. */
export type EmbedEvent =
  | ({ type: 'ktp:ready'; protocol: number } & Position)
  | ({ type: 'ktp:stepChanged' } & Position)
  | ({
      type: 'ktp:routeSummary';
      kubernetesVersion: string;
      routes: RouteSummaryEntry[];
    } & Position)
  | { type: 'ktp:error'; id: string | null; message: string };

const isStep = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_STEP;

/** The command `data` holds, or null when it is not one of ours (or malformed). */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isPlainObject(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'ktp:hello':
    case 'ktp:getRouteSummary':
      return { type: data.type };
    case 'ktp:loadScenario': {
      if (typeof data.scenario !== 'string' || !SCENARIO_ID.test(data.scenario)) return null;
      if (data.step !== undefined && !isStep(data.step)) return null;
      return data.step === undefined
        ? { type: data.type, scenario: data.scenario }
        : { type: data.type, scenario: data.scenario, step: data.step };
    }
    case 'ktp:goToStep':
      return isStep(data.step) ? { type: data.type, step: data.step } : null;
    case 'ktp:setTheme':
      return isEmbedTheme(data.theme) ? { type: data.type, theme: data.theme } : null;
    default:
      return null;
  }
}

/**
 * Each client route of the report: where its new connections go, and in what shares. Pass the
 * report as the page shows it (shownReport): a dual-stack Service's routes are then those of one
 * IP family, the one the canvas shows for the drawn Service and the primary for the others.
 */
export function routeSummary(report: RoutingReport): RouteSummaryEntry[] {
  return report.routes.map((route) => ({
    from: route.from,
    service: route.service,
    port: route.port,
    protocol: route.protocol,
    ...(route.ipFamily ? { ipFamily: route.ipFamily } : {}),
    verdict: route.verdict,
    endpoints: route.endpoints.map((e) => ({
      pod: e.pod,
      node: e.node,
      zone: e.zone,
      weight: e.weight,
    })),
  }));
}
