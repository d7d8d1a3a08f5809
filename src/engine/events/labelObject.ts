/** `kubectl label`: set or (with a null value, `key-`) remove labels of a Node, Pod, Service or Deployment. */
import { CONTROL_PLANE_LABEL, keyOf, MASTER_LABEL, normalizeObjectKey, ZONE_LABEL, type Labels } from '../model';
import type { World } from './world';

type Kind = 'Node' | 'Pod' | 'Service' | 'Deployment';

function relabel(labels: Labels, changes: Record<string, string | null>): Labels {
  const out = { ...labels };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

export function labelObject(world: World, kind: Kind, name: string, changes: Record<string, string | null>): void {
  const key = kind === 'Node' ? name : normalizeObjectKey(name);
  const lists = { Node: 'nodes', Pod: 'pods', Service: 'services', Deployment: 'deployments' } as const;
  const list = world.cluster[lists[kind]] as { metadata: { name: string; namespace?: string; labels: Labels } }[];
  const index = list.findIndex(
    (o) => (kind === 'Node' ? o.metadata.name : keyOf(o.metadata as { name: string; namespace: string })) === key,
  );
  if (index < 0) return world.warn(`${lists[kind]} "${name}" not found`);
  const object = list[index]!;
  const labels = relabel(object.metadata.labels, changes);
  let updated: object = { ...object, metadata: { ...object.metadata, labels } };
  if (kind === 'Node') {
    const zone = labels[ZONE_LABEL];
    updated = { ...updated, zone: zone ? zone : undefined, controlPlane: CONTROL_PLANE_LABEL in labels || MASTER_LABEL in labels };
  }
  (world.cluster[lists[kind]] as object[]) = list.with(index, updated as (typeof list)[number]);
  world.say(`${kind.toLowerCase()}/${object.metadata.name} labeled`);
}
