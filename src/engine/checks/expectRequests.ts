/** Checks a seeded request run: how many endpoints answered a client's sequential requests. */
import type { RoutingReport } from '../report';
import { simulateRequests, simulationContextOf } from '../routes/simulateRequests';
import type { CheckResult, RequestsExpectation, RequestsTarget } from './types';

export function requestsFailures(report: RoutingReport, target: RequestsTarget, expect: RequestsExpectation): CheckResult {
  const route = report.routes.find(
    (r) =>
      r.traffic === 'internal' &&
      r.from === target.from &&
      r.service === target.service &&
      (target.port === undefined || r.port === target.port),
  );
  const summary = report.services.find((s) => s.key === target.service);
  if (!route || !summary) return { pass: false, message: `no route from ${target.from} to ${target.service} in the report` };
  const counts = simulateRequests(route, simulationContextOf(report, summary), target.count, target.seed ?? 1);
  const answered = Object.keys(counts).filter((k) => k !== 'dropped' && k !== 'rejected');
  const state = `${target.count} requests from ${target.from}: ${Object.entries(counts)
    .map(([pod, n]) => `${n} ${pod}`)
    .join(', ')}`;
  const failures: string[] = [];
  if (expect.distinctEndpoints !== undefined && answered.length !== expect.distinctEndpoints)
    failures.push(`expected ${expect.distinctEndpoints} endpoint(s) to answer`);
  if (expect.minDistinctEndpoints !== undefined && answered.length < expect.minDistinctEndpoints)
    failures.push(`expected at least ${expect.minDistinctEndpoints} endpoints to answer`);
  return { pass: failures.length === 0, message: failures.length ? `${state} — ${failures.join('; ')}` : state };
}
