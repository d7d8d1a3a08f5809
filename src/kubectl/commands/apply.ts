/** `kubectl apply -f <workspace file>`: the file's objects are created or replace the live ones. */
import type { ClusterEvent } from '../../engine';
import { listObjects } from '../../workspace/objectLocations';
import { failure, ok, type CommandResult, type TerminalContext } from '../context';
import type { FlagValues } from '../parseCommandLine';
import { findPodDisruptionBudget } from '../lookup';
import { resolveKind, SINGULAR } from '../resources';

export function apply(args: string[], flags: FlagValues, context: TerminalContext): CommandResult {
  const files = Array.isArray(flags.filename) ? flags.filename : [];
  if (args.length > 0)
    return failure(`error: Unexpected args: [${args.join(' ')}]`, 'Name files with -f, e.g. kubectl apply -f echo-service.yaml');
  if (files.length === 0)
    return failure('error: must specify one of -f and -k', `e.g. kubectl apply -f ${context.files[0]?.name ?? 'app.yaml'}`);
  const lines: string[] = [];
  const events: ClusterEvent[] = [];
  for (const name of files) {
    const file = context.files.find((f) => f.name === name || f.name === name.replace(/^\.\//, ''));
    if (!file)
      return failure(
        `error: the path "${name}" does not exist`,
        `The workspace files: ${context.files.map((f) => f.name).join(', ') || 'none'}.`,
        events,
      );
    const objects = listObjects([file]);
    if (objects.length === 0)
      return failure(`error: no objects passed to apply`, `${name} holds no Kubernetes object (or its YAML does not parse).`, events);
    for (const object of objects) {
      const kind = resolveKind(object.kind);
      const singular = kind ? SINGULAR[kind] : object.kind.toLowerCase();
      lines.push(`${singular}/${object.name} ${exists(context, object.kind, object.namespace, object.name) ? 'configured' : 'created'}`);
    }
    events.push({ type: 'apply', file: file.name, text: file.text });
  }
  return ok(lines.join('\n'), events);
}

function exists(context: TerminalContext, kind: string, ns: string, name: string): boolean {
  const report = context.report;
  if (!report) return false;
  switch (kind) {
    case 'Node':
      return report.nodes.some((n) => n.name === name);
    case 'Pod':
      return report.pods.some((p) => p.namespace === ns && p.name === name);
    case 'Service':
      return report.services.some((s) => s.namespace === ns && s.name === name);
    case 'Deployment':
      return (context.cluster?.deployments ?? []).some((d) => d.metadata.namespace === ns && d.metadata.name === name);
    case 'PodDisruptionBudget':
      return findPodDisruptionBudget(context, ns, name) !== undefined;
    default:
      return false;
  }
}
