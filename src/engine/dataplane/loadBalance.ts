/** Shares of new connections over the programmed endpoints, per data plane. */
import type { IpvsScheduler, ProxyMode, Service } from '../model';
import type { ServicePortInfo } from '../proxy/serviceport';
import type { TraceStep } from '../report';
import { iptablesSteps } from './iptables';
import { ipvsShares } from './ipvs';
import { nftablesSteps } from './nftables';
import { percent } from './percent';
import { affinityStep } from './sessionAffinity';
import { canonicalIP } from '../validation/cidr';

export interface BalanceContext {
  mode: ProxyMode;
  scheduler: IpvsScheduler;
  info: ServicePortInfo;
}

/**
 * Weights for `n` endpoints (in kube-proxy's IP:port order) and the data-plane trace.
 *
 * @example
 * loadBalance(2, { mode: 'iptables', scheduler: 'rr', info }).weights; // [0.5, 0.5]
 */
export function loadBalance(n: number, ctx: BalanceContext): { weights: number[]; steps: TraceStep[] } {
  let result: { weights: number[]; steps: TraceStep[] };
  switch (ctx.mode) {
    case 'iptables':
      result = { weights: even(n), steps: iptablesSteps(n) };
      break;
    case 'nftables':
      result = { weights: even(n), steps: nftablesSteps(n) };
      break;
    case 'ipvs': {
      // The address as kube-proxy parsed it (ParseIPSloppy): what the modelled hash reads is never "10.96.0.041".
      const vip = ctx.info.service.clusterIP ? canonicalIP(ctx.info.service.clusterIP) : ctx.info.name;
      result = ipvsShares(ctx.scheduler, n, vip, `${vip}:${ctx.info.port.port}`);
      break;
    }
    case 'kernelspace':
      result = {
        weights: even(n),
        steps: [
          {
            stage: 'data-plane',
            rule: 'HNS load balancer',
            message: `Windows HNS load balancer over ${n} endpoint${n === 1 ? '' : 's'} → ${percent(1 / n)} each`,
          },
        ],
      };
      break;
  }
  const service = ctx.info.service;
  if (service.sessionAffinity === 'ClientIP') result.steps.push(affinityStep(ctx.mode, service.sessionAffinityTimeoutSeconds ?? 10800));
  return result;
}

/**
 * Everything loadBalance's answer depends on for one proxy mode and scheduler, besides IPVS' own
 * address: the endpoint count and the session affinity. Callers share one answer per key across
 * Services (per Service port for IPVS), so whatever else loadBalance comes to read must join it.
 * The timeout is at most 86400 (validation), so it packs with the count into one number.
 *
 * @example
 * loadBalanceKey(3, { sessionAffinity: 'None' }) === loadBalanceKey(3, otherServiceWithoutAffinity); // true
 */
export function loadBalanceKey(n: number, service: Pick<Service, 'sessionAffinity' | 'sessionAffinityTimeoutSeconds'>): number {
  return service.sessionAffinity === 'ClientIP' ? -(n * 1_000_000 + (service.sessionAffinityTimeoutSeconds ?? 10800)) - 1 : n;
}

function even(n: number): number[] {
  return Array.from({ length: n }, () => 1 / n);
}
