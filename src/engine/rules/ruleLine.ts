/** A listing line and the route it implements, so the UI can link rules and canvas edges. */
import type { TrafficKind, Verdict } from '../report';

/** Which routes a rule serves. An absent field matches any value. */
export interface RuleLink {
  /** "namespace/name" */
  service: string;
  port: number;
  traffic?: TrafficKind;
  /** The endpoint pod ("namespace/name") the rule sends to. */
  pod?: string;
  /** Set on DROP/REJECT rules. */
  verdict?: Exclude<Verdict, 'forward'>;
}

export interface RuleLine {
  text: string;
  link?: RuleLink;
}

export type RulesMode = 'iptables' | 'nftables' | 'ipvs';
export const RULES_MODES: readonly RulesMode[] = ['iptables', 'nftables', 'ipvs'];

/**
 * True when every field both links set is equal: a rule without `pod` serves every endpoint's route.
 *
 * @example
 * linksMatch({ service: 'default/web', port: 80 }, { service: 'default/web', port: 80, pod: 'default/web-1' }); // true
 */
export function linksMatch(a: RuleLink, b: RuleLink): boolean {
  return (
    a.service === b.service &&
    a.port === b.port &&
    (a.traffic === undefined || b.traffic === undefined || a.traffic === b.traffic) &&
    (a.pod === undefined || b.pod === undefined || a.pod === b.pod) &&
    (a.verdict === undefined || b.verdict === undefined || a.verdict === b.verdict)
  );
}
