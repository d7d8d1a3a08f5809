/**
 * Links between rule lines and canvas route edges: which edges a hovered rule implements, and
 * which rules a hovered edge goes through. Pure, so the canvas and the panel agree.
 */
import { linksMatch, type RuleLink } from '../engine';
import type { RouteEdgeModel } from './routeModel';
import type { RouteHighlight } from '../state/highlightSlice';

/**
 * The highlight a hovered route edge stands for.
 *
 * @example
 * highlightOfRoute(edge); // { node: 'mnode-m02', service: 'default/echo-svc', port: 80, traffic: 'internal', pod: 'default/echo-…', origin: 'canvas' }
 */
export function highlightOfRoute(route: RouteEdgeModel): RouteHighlight {
  const h: RouteHighlight = {
    node: route.node,
    service: route.service,
    port: route.port,
    traffic: route.external ? 'external' : 'internal',
    origin: 'canvas',
  };
  if (route.targetPod) h.pod = route.targetPod;
  if (route.verdict !== 'forward') h.verdict = route.verdict;
  return h;
}

/** A route edge is drawn emphasised while a rule it goes through is hovered. */
export function routeMatchesHighlight(route: RouteEdgeModel, highlight: RouteHighlight): boolean {
  return route.node === highlight.node && linksMatch(highlightOfRoute(route), highlight);
}

/** A rule line of `node`'s listing is marked while an edge that goes through it is hovered. */
export function ruleMatchesHighlight(link: RuleLink | undefined, node: string, highlight: RouteHighlight | null): boolean {
  return !!link && !!highlight && highlight.origin === 'canvas' && highlight.node === node && linksMatch(link, highlight);
}
