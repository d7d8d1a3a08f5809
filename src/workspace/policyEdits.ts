/**
 * A routing choice of the Compare panel written into the YAML: the Service's trafficDistribution,
 * topology-mode annotation and internalTrafficPolicy, as one change of one file (one undo step).
 */
import type { PolicySpec } from '../engine';
import { findService, editObject, type FileChange } from './workspaceEdits';
import { fieldOf, type WorkspaceFile } from './objectLocations';
import type { FieldPath, FieldValue } from './yamlEdits';

const TOPOLOGY_MODE: FieldPath = ['metadata', 'annotations', 'service.kubernetes.io/topology-mode'];
const TOPOLOGY_HINTS: FieldPath = ['metadata', 'annotations', 'service.kubernetes.io/topology-aware-hints'];

/**
 * The file change that gives Service `serviceKey` the choice's three fields; fields the choice
 * leaves at their default are removed (internalTrafficPolicy: Cluster is kept when written).
 * Undefined when the Service is not in the files.
 *
 * @example
 * editServicePolicy(files, 'default/echo-svc', { trafficDistribution: 'PreferSameZone', internalTrafficPolicy: 'Cluster' });
 */
export function editServicePolicy(files: readonly WorkspaceFile[], serviceKey: string, spec: PolicySpec): FileChange | undefined {
  const first = findService(files, serviceKey);
  if (!first) return undefined;
  let current = files;
  let change: FileChange | undefined;
  const edit = (path: FieldPath, value: FieldValue | undefined) => {
    const service = findService(current, serviceKey)!;
    change = editObject(current, service, path, value);
    current = current.map((f) => (f.name === change!.file ? { ...f, text: change!.text } : f));
  };
  edit(['spec', 'trafficDistribution'], spec.trafficDistribution);
  const written = fieldOf(first, ['spec', 'internalTrafficPolicy']);
  if (spec.internalTrafficPolicy === 'Local') edit(['spec', 'internalTrafficPolicy'], 'Local');
  else if (written !== undefined && written !== 'Cluster') edit(['spec', 'internalTrafficPolicy'], 'Cluster');
  if (fieldOf(first, TOPOLOGY_HINTS) !== undefined) edit(TOPOLOGY_HINTS, undefined);
  edit(TOPOLOGY_MODE, spec.topologyMode);
  return change;
}
