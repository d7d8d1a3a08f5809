/** `kubectl patch svc|deploy <name> [--type merge] -p '{...}'` as merge patches, and `kubectl set selector|image`. */
import { parse as parseYaml } from 'yaml';
import type { ClusterEvent } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import type { FlagValues } from '../parseCommandLine';
import { findDeployment, findService, namespaceOf, notFoundFailure, serviceObject } from '../lookup';
import { objectRef, SINGULAR } from '../resources';

type Json = Record<string, unknown>;

/** kubectl reads -p as JSON, or YAML (of which JSON is a subset). */
export function readPatch(text: string): { ok: true; patch: Json } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    try {
      value = parseYaml(text);
    } catch (error) {
      return {
        ok: false,
        error: `error: unable to parse "${text}": ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `error: unable to parse "${text}": a merge patch must be a JSON object` };
  }
  return { ok: true, patch: value as Json };
}

export function patch(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const ref = objectRef(args, 'the type of resource to patch');
  if (!ref.ok) return failure(ref.error, ref.hint);
  const type = typeof flags.type === 'string' ? flags.type : 'strategic';
  if (type === 'json')
    return failure(
      'error: the playground applies merge patches only (--type merge)',
      `e.g. kubectl patch svc echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameZone"}}'`,
    );
  if (type !== 'merge' && type !== 'strategic') return failure(`error: --type must be one of [json merge strategic], not "${type}"`);
  if (typeof flags.patch !== 'string')
    return failure(
      'error: must specify --patch or --patch-file containing the contents of the patch',
      `e.g. -p '{"spec":{"internalTrafficPolicy":"Local"}}'`,
    );
  const read = readPatch(flags.patch);
  if (!read.ok) return failure(read.error, 'Quote the JSON in single quotes so the shell keeps its double quotes.');
  const ns = namespaceOf(flags);
  const { kind, name } = ref.ref;
  if (kind === 'Service') {
    const service = findService(context.report, ns, name);
    if (!service) return notFoundFailure(context, kind, name, ns);
    return ok(`${SINGULAR[kind]}/${name} patched`, [{ type: 'service.patch', service: service.key, patch: read.patch }]);
  }
  if (kind === 'Deployment') {
    if (!findDeployment(context, ns, name)) return notFoundFailure(context, kind, name, ns);
    return ok(`${SINGULAR[kind]}/${name} patched`, [{ type: 'deployment.patch', deployment: `${ns}/${name}`, patch: read.patch }]);
  }
  return failure(
    `error: the playground patches Services and Deployments, not ${kind}s`,
    kind === 'Node' ? 'For nodes: kubectl cordon, uncordon, drain or label.' : undefined,
  );
}

/** `kubectl set selector svc/<name> k=v,…` (replaces the selector) and `kubectl set image deploy/<name> container=image`. */
export function set(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const [sub, ...rest] = args;
  const ns = namespaceOf(flags);
  if (sub === 'selector') {
    const ref = objectRef(rest, 'a Service');
    if (!ref.ok) return failure(ref.error, ref.hint);
    if (ref.ref.kind !== 'Service') return failure(`error: the playground sets selectors of Services, not ${ref.ref.kind}s`);
    const service = findService(context.report, ns, ref.ref.name);
    if (!service) return notFoundFailure(context, 'Service', ref.ref.name, ns);
    const text = ref.rest[0];
    if (!text) return failure('error: selector is required', `e.g. kubectl set selector svc/${ref.ref.name} app=echo`);
    const selector: Record<string, string | null> = {};
    for (const pair of text.split(',')) {
      const eq = pair.indexOf('=');
      if (eq <= 0) return failure(`error: invalid selector "${pair}": expected key=value`);
      selector[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const old = serviceObject(context, ns, ref.ref.name)?.selector ?? {};
    for (const key of Object.keys(old)) if (!(key in selector)) selector[key] = null;
    return ok(`service/${ref.ref.name} selector updated`, [{ type: 'service.patch', service: service.key, patch: { spec: { selector } } }]);
  }
  if (sub === 'image') {
    const ref = objectRef(rest, 'a Deployment');
    if (!ref.ok) return failure(ref.error, ref.hint);
    if (ref.ref.kind !== 'Deployment') return failure(`error: the playground sets images of Deployments, not ${ref.ref.kind}s`);
    const deployment = findDeployment(context, ns, ref.ref.name);
    if (!deployment) return notFoundFailure(context, 'Deployment', ref.ref.name, ns);
    // The live template: an earlier set image or patch is kept.
    const containers = ((deployment.writtenTemplate?.spec as Json | undefined)?.containers ?? []) as Json[];
    if (!Array.isArray(containers) || containers.length === 0)
      return failure(`error: deployment "${ref.ref.name}" has no containers in its pod template`);
    const changes = ref.rest.map((pair) => pair.split('='));
    if (changes.length === 0 || changes.some((c) => c.length !== 2 || !c[0] || !c[1]))
      return failure(
        'error: expected container=image',
        `e.g. kubectl set image deploy/${ref.ref.name} ${String(containers[0]!.name)}=nginx:1.27`,
      );
    const updated = containers.map((c) => ({ ...c }));
    for (const [container, image] of changes as [string, string][]) {
      const target = container === '*' ? updated : updated.filter((c) => c.name === container);
      if (target.length === 0) return failure(`error: unable to find container named "${container}"`);
      for (const c of target) c.image = image;
    }
    const event: ClusterEvent = {
      type: 'deployment.patch',
      deployment: `${ns}/${ref.ref.name}`,
      patch: { spec: { template: { spec: { containers: updated } } } },
    };
    return ok(`deployment.apps/${ref.ref.name} image updated`, [event]);
  }
  return failure(
    `error: unknown command "${sub ?? ''}" for "kubectl set"`,
    'The playground knows: kubectl set selector svc/<name> k=v, kubectl set image deploy/<name> container=image.',
  );
}
