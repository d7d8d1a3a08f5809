/** Checks one route or node view against a RouteExpectation; returns the failures in words. */
import type { ViewResult } from '../report';
import { describeFilter, matchesFilter } from './describeRoute';
import type { RouteExpectation } from './types';

const SHARE_TOLERANCE = 0.01;

export function routeFailures(view: ViewResult, expect: RouteExpectation): string[] {
  const failures: string[] = [];
  const taking = view.verdict === 'forward' ? view.endpoints.filter((ep) => ep.weight > 0) : [];
  if (expect.verdict !== undefined && view.verdict !== expect.verdict) failures.push(`expected ${expect.verdict}`);
  if (expect.allTo && (taking.length === 0 || !taking.every((ep) => matchesFilter(ep, expect.allTo!)))) {
    failures.push(`expected all traffic to ${describeFilter(expect.allTo)}`);
  }
  if (expect.noneTo && taking.some((ep) => matchesFilter(ep, expect.noneTo!))) {
    failures.push(`expected no traffic to ${describeFilter(expect.noneTo)}`);
  }
  if (expect.someTo && !taking.some((ep) => matchesFilter(ep, expect.someTo!))) {
    failures.push(`expected some traffic to ${describeFilter(expect.someTo)}`);
  }
  if (expect.endpointCount !== undefined && taking.length !== expect.endpointCount) {
    failures.push(`expected ${expect.endpointCount} endpoint${expect.endpointCount === 1 ? '' : 's'} taking traffic`);
  }
  if (expect.sharesByZone) {
    const shares = new Map<string, number>();
    for (const ep of taking) shares.set(ep.zone ?? '', (shares.get(ep.zone ?? '') ?? 0) + ep.weight);
    const zones = new Set([...shares.keys(), ...Object.keys(expect.sharesByZone)]);
    const wrong = [...zones].filter((zone) => Math.abs((shares.get(zone) ?? 0) - (expect.sharesByZone![zone] ?? 0)) > SHARE_TOLERANCE);
    if (wrong.length > 0) {
      const wanted = Object.entries(expect.sharesByZone).map(([zone, share]) => `${zone || '(no zone)'} ${Math.round(share * 100)}%`);
      failures.push(`expected shares by zone ${wanted.join(', ')}`);
    }
  }
  if (expect.traceIncludes !== undefined) {
    const needle = expect.traceIncludes.toLowerCase();
    if (!view.trace.some((step) => step.message.toLowerCase().includes(needle)))
      failures.push(`expected the explanation to mention "${expect.traceIncludes}"`);
  }
  return failures;
}
