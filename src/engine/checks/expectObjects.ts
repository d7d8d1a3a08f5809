/** Checks on objects rather than routes: EndpointSlice hints and pods. */
import type { RoutingReport } from '../report';
import type { CheckResult, HintsExpectation, PodsExpectation, PodsTarget } from './types';

export function hintsFailures(report: RoutingReport, service: string, expect: HintsExpectation): CheckResult {
  const summary = report.services.find((s) => s.key === service);
  if (!summary) return { pass: false, message: `no Service ${service} in the report` };
  const ready = report.endpointSlices
    .filter((s) => s.metadata.namespace === summary.namespace && s.metadata.labels['kubernetes.io/service-name'] === summary.name)
    .flatMap((s) => s.endpoints)
    .filter((ep) => ep.conditions.ready !== false);
  const hinted = ready.filter((ep) => (ep.hints?.forZones?.length ?? 0) > 0);
  const byZone: Record<string, number> = {};
  for (const ep of hinted) for (const z of ep.hints!.forZones!) byZone[z.name] = (byZone[z.name] ?? 0) + 1;
  const shown = Object.entries(byZone)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([z, n]) => `${z}: ${n}`)
    .join(', ');
  const state =
    hinted.length === 0 ? `${service}: no zone hints on its ${ready.length} Ready endpoints` : `${service}: zone hints ${shown}`;

  const failures: string[] = [];
  if (expect.zoneHints === true && (ready.length === 0 || hinted.length !== ready.length))
    failures.push('expected every Ready endpoint to carry a zone hint');
  if (expect.zoneHints === false && hinted.length > 0) failures.push('expected no zone hints');
  if (expect.hintsByZone) {
    const zones = new Set([...Object.keys(byZone), ...Object.keys(expect.hintsByZone)]);
    if ([...zones].some((z) => (byZone[z] ?? 0) !== (expect.hintsByZone![z] ?? 0))) {
      failures.push(
        `expected hints ${Object.entries(expect.hintsByZone)
          .map(([z, n]) => `${z}: ${n}`)
          .join(', ')}`,
      );
    }
  }
  if (expect.traceIncludes !== undefined) {
    const needle = expect.traceIncludes.toLowerCase();
    if (!summary.hintsTrace.some((t) => t.message.toLowerCase().includes(needle)))
      failures.push(`expected the EndpointSlice controller to say "${expect.traceIncludes}"`);
  }
  return { pass: failures.length === 0, message: failures.length ? `${state} — ${failures.join('; ')}` : state };
}

export function podsFailures(report: RoutingReport, target: PodsTarget, expect: PodsExpectation): CheckResult {
  const pods = report.pods.filter(
    (p) =>
      (target.owner === undefined || (p.owner !== undefined && `${p.namespace}/${p.owner.replace(/^\S+ /, '')}` === target.owner)) &&
      (target.labels === undefined || Object.entries(target.labels).every(([k, v]) => p.labels[k] === v)) &&
      (target.node === undefined || p.node === target.node) &&
      (target.zone === undefined || p.zone === target.zone),
  );
  const counts = {
    ready: pods.filter((p) => p.ready && !p.terminating && p.phase === 'Running').length,
    terminating: pods.filter((p) => p.terminating).length,
    pending: pods.filter((p) => p.phase === 'Pending').length,
  };
  const where = [target.owner && `of ${target.owner}`, target.node && `on ${target.node}`, target.zone && `in ${target.zone}`]
    .filter(Boolean)
    .join(' ');
  const state = `pods ${where}: ${counts.ready} ready, ${counts.terminating} terminating, ${counts.pending} pending`;
  const failures = (Object.keys(counts) as (keyof typeof counts)[])
    .filter((k) => expect[k] !== undefined && expect[k] !== counts[k])
    .map((k) => `expected ${expect[k]} ${k}`);
  return { pass: failures.length === 0, message: failures.length ? `${state} — ${failures.join('; ')}` : state };
}
