/**
 * The short owner tag drawn on a pod's box: which controller made the pod (kubectl's short names
 * where it has them: DS, STS, RS, RC; "Deploy" for a Deployment's pods). The full owner is in the
 * tooltip and the inspector.
 */
const SHORT: Readonly<Record<string, string>> = {
  Deployment: 'Deploy',
  DaemonSet: 'DS',
  StatefulSet: 'STS',
  ReplicaSet: 'RS',
  ReplicationController: 'RC',
};

export interface OwnerBadge {
  /** What the box shows, e.g. "DS". */
  text: string;
  /** The kind written out, e.g. "DaemonSet node-agent", for the tooltip and assistive technology. */
  title: string;
}

/**
 * The tag for a pod's owner ("DaemonSet node-agent"); another kind (a Job's pod from a dump) shows its kind.
 *
 * @example
 * ownerBadge('StatefulSet web'); // { text: 'STS', title: 'StatefulSet web' }
 * ownerBadge(undefined); // undefined
 */
export function ownerBadge(owner: string | undefined): OwnerBadge | undefined {
  if (!owner) return undefined;
  const space = owner.indexOf(' ');
  const kind = space < 0 ? owner : owner.slice(0, space);
  return { text: SHORT[kind] ?? kind.slice(0, 6), title: owner };
}
