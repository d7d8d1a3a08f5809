/** The data planes the Data plane panel can compare, as "iptables", "ipvs/sh", ... */
import { IPVS_SCHEDULERS, type ProxyMode } from '../engine';
import type { DataPlaneChoice } from '../engine';

export const CHOICES: readonly string[] = ['iptables', 'nftables', 'kernelspace', ...IPVS_SCHEDULERS.map((s) => `ipvs/${s}`)];

export function parseChoice(value: string): DataPlaneChoice {
  if (value.startsWith('ipvs/')) return { mode: 'ipvs', scheduler: value.slice(5) as DataPlaneChoice['scheduler'] };
  return { mode: value as ProxyMode };
}

/** The report's own mode, and a contrasting one to compare it with. */
export function defaultPair(mode: ProxyMode, scheduler?: string): [string, string] {
  const own = mode === 'ipvs' ? `ipvs/${scheduler ?? 'rr'}` : mode;
  return [own, own === 'ipvs/sh' ? 'iptables' : 'ipvs/sh'];
}
