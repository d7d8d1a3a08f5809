/**
 * `hit COUNT [NS/]SVC [PORT] [--from [NS/]POD] [-n NS]`: the demo's hit.sh — COUNT requests from a
 * client pod to a Service, counted like `sort | uniq -c`. The route is the engine's; the picks are
 * seeded. A name without a namespace is in `-n`'s namespace (default: default).
 */
import { uniqCountLine } from '../../format/textTable';
import { normalizeObjectKey, simulationContextOf, sendWithAffinity } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';

export function hit(
  count: number,
  serviceArg: string,
  portArg: string | undefined,
  fromArg: string | undefined,
  context: ReadyContext,
  namespace = 'default',
): CommandResult {
  const report = context.report;
  const keyIn = (arg: string) => (arg.includes('/') ? normalizeObjectKey(arg) : `${namespace}/${arg}`);
  const serviceKey = keyIn(serviceArg);
  const service = report.services.find((s) => s.key === serviceKey);
  if (!service) {
    const [ns, name] = [serviceKey.slice(0, serviceKey.indexOf('/')), serviceKey.slice(serviceKey.indexOf('/') + 1)];
    const inNs = report.services.filter((s) => s.namespace === ns).map((s) => s.name);
    const elsewhere = report.services.filter((s) => s.name === name && s.namespace !== ns).map((s) => s.key);
    return failure(
      `Error from server (NotFound): services "${name}" not found`,
      elsewhere.length
        ? `There is ${elsewhere.join(', ')}: add -n ${elsewhere[0]!.slice(0, elsewhere[0]!.indexOf('/'))} or write it as NAMESPACE/NAME.`
        : `The Services in ${ns}: ${inNs.join(', ') || 'none'}.`,
    );
  }
  const port = portArg === undefined ? service.ports[0] : service.ports.find((p) => String(p.port) === portArg || p.name === portArg);
  if (!port) return failure(`error: ${service.key} has no port ${portArg}`, `Its ports: ${service.ports.map((p) => p.port).join(', ')}.`);
  const routes = report.routes.filter((r) => r.service === service.key && r.port === port.port && r.traffic === 'internal');
  let route;
  if (fromArg !== undefined) {
    const fromKey = keyIn(fromArg);
    const pod = report.pods.find((p) => p.key === fromKey);
    if (!pod) return failure(`Error from server (NotFound): pods "${fromArg}" not found`);
    route = routes.find((r) => r.from === fromKey);
    if (!route) {
      const why = !pod.node
        ? `${fromKey} is not scheduled, so it has no kube-proxy rules`
        : `${fromKey} is not a client pod (a Service selects it)`;
      return failure(
        `error: no route from ${fromKey} to ${service.key}:${port.port}`,
        `${why}. Clients: ${[...new Set(routes.map((r) => r.from))].join(', ') || 'none'}.`,
      );
    }
  } else {
    route = routes[0];
    if (!route) return failure(`error: no client pod reaches ${service.key}`, 'Add a pod that no Service selects, or pass --from POD.');
  }
  const simulation = simulationContextOf(report, service);
  const { counts, table } = sendWithAffinity(context.affinity ?? [], route, simulation, count, context.now, context.seed);
  const nodeOf = new Map(route.endpoints.map((e) => [e.pod, e.node]));
  const lines = Object.entries(counts).map(([pod, n]) => {
    const what =
      pod === 'dropped'
        ? 'curl: (28) Connection timed out (dropped: no endpoint for this node)'
        : pod === 'rejected'
          ? 'curl: (7) Failed to connect: Connection refused (rejected: no endpoints)'
          : `${pod.slice(pod.indexOf('/') + 1)}${nodeOf.get(pod) ? `@${nodeOf.get(pod)}` : ''}`;
    return { what, n };
  });
  // `sort | uniq -c` sorts by the line's text.
  lines.sort((a, b) => (a.what < b.what ? -1 : a.what > b.what ? 1 : 0));
  const header = `# ${count} requests from ${route.from} (${route.node}) to ${service.key}:${port.port}`;
  return { ...ok([header, ...lines.map((l) => uniqCountLine(l.n, l.what))].join('\n')), affinity: table };
}
