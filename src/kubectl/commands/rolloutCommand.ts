/** `kubectl rollout status|restart|pause|resume deploy/NAME`. */
import type { ClusterEvent } from '../../engine';
import { timestampAt } from '../../engine';
import { failure, ok, type CommandResult, type ReadyContext } from '../context';
import { deploymentStatus } from '../deploymentStatus';
import type { FlagValues } from '../parseCommandLine';
import { findDeployment, namespaceOf, notFoundFailure } from '../lookup';
import { objectRef, SINGULAR } from '../resources';
import { workloadRollout } from './workloadRollout';

/** The template annotation `kubectl rollout restart` sets: a new template, so a new rollout. */
const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';

const SUBCOMMANDS = ['pause', 'restart', 'resume', 'status'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/**
 * status: one line for the state at the current simulated second (kubectl's DeploymentStatusViewer).
 * restart: stamps the pod template, which rolls every pod over. pause/resume: spec.paused.
 */
export function rollout(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const [sub, ...rest] = args;
  if (!(SUBCOMMANDS as readonly (string | undefined)[]).includes(sub)) {
    return failure(
      `error: unknown command "${sub ?? ''}" for "kubectl rollout"`,
      `The playground knows: ${SUBCOMMANDS.map((s) => `kubectl rollout ${s} deploy/<name>`).join(', ')}.`,
    );
  }
  const verb = sub as Subcommand;
  const ref = objectRef(rest, 'a Deployment');
  if (!ref.ok) return failure(ref.error, ref.hint);
  if ((ref.ref.kind === 'DaemonSet' || ref.ref.kind === 'StatefulSet') && (verb === 'status' || verb === 'restart'))
    return workloadRollout(verb, ref.ref.kind, ref.ref.name, namespaceOf(flags), context);
  if (ref.ref.kind !== 'Deployment') {
    if (verb === 'status') return failure(`error: no status viewer has been implemented for ${ref.ref.kind}`);
    return failure(
      `error: ${SINGULAR[ref.ref.kind]} "${ref.ref.name}" ${verb === 'restart' ? 'restarting' : verb === 'pause' ? 'pausing' : 'resuming'} is not supported`,
    );
  }
  const ns = namespaceOf(flags);
  const deployment = findDeployment(context, ns, ref.ref.name);
  if (!deployment) return notFoundFailure(context, 'Deployment', ref.ref.name, ns);
  const name = deployment.metadata.name;
  const patch = (spec: Record<string, unknown>): ClusterEvent[] => [
    { type: 'deployment.patch', deployment: `${ns}/${name}`, patch: { spec } },
  ];
  switch (verb) {
    case 'restart':
      return ok(
        `deployment.apps/${name} restarted`,
        patch({ template: { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: timestampAt(context.now) } } } }),
      );
    case 'pause':
      if (deployment.paused) return failure(`error: deployments.apps "${name}" is already paused`);
      return ok(`deployment.apps/${name} paused`, patch({ paused: true }));
    case 'resume':
      if (!deployment.paused) return failure(`error: deployments.apps "${name}" is not paused`);
      return ok(`deployment.apps/${name} resumed`, patch({ paused: null }));
    case 'status':
      return status(context, deployment);
  }
}

function status(context: ReadyContext, deployment: NonNullable<ReturnType<typeof findDeployment>>): CommandResult {
  const name = deployment.metadata.name;
  const s = deploymentStatus(deployment);
  if (s.conditions.some((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded')) {
    return failure(
      `error: deployment "${name}" exceeded its progress deadline`,
      `Its new pods made no progress for ${deployment.progressDeadlineSeconds ?? 600}s: kubectl describe deploy ${name} and kubectl get pods say why.`,
    );
  }
  const note = deployment.paused
    ? `(the Deployment is paused: kubectl rollout resume deploy/${name})`
    : `(the state at t=${Math.floor(context.now)}s; play the timeline to let time pass)`;
  const waiting = (what: string) => ok(`Waiting for deployment "${name}" rollout to finish: ${what}\n${note}`);
  if (s.updatedReplicas < deployment.replicas)
    return waiting(`${s.updatedReplicas} out of ${deployment.replicas} new replicas have been updated...`);
  if (s.replicas > s.updatedReplicas) return waiting(`${s.replicas - s.updatedReplicas} old replicas are pending termination...`);
  if (s.availableReplicas < s.updatedReplicas)
    return waiting(`${s.availableReplicas} of ${s.updatedReplicas} updated replicas are available...`);
  return ok(`deployment "${name}" successfully rolled out`);
}
