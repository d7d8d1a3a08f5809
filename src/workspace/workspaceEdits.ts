/**
 * Edits the toolbar makes, expressed on the workspace files: find the object, change one field
 * in place, return the new text of the one file that changes.
 */
import type { IpvsScheduler, ProxyMode } from '../engine';
import { fieldOf, keyOfLocation, listObjects, type ObjectLocation, type WorkspaceFile } from './objectLocations';
import { removeField, setField, type FieldPath, type FieldValue } from './yamlEdits';

export interface FileChange {
  file: string;
  text: string;
  /** True when the file did not exist before. */
  created?: boolean;
}

export const KUBE_PROXY_FILE = 'kube-proxy.yaml';
export const KUBE_PROXY_API_VERSION = 'kubeproxy.config.k8s.io/v1alpha1';

const SERVICE: ReadonlySet<string> = new Set(['Service']);
const KUBE_PROXY_CONFIGURATION: ReadonlySet<string> = new Set(['KubeProxyConfiguration']);

/** The Service "namespace/name" as located in the files, or undefined. */
export function findService(files: readonly WorkspaceFile[], key: string): ObjectLocation | undefined {
  return listObjects(files, { kinds: SERVICE }).find((o) => keyOfLocation(o) === key);
}

/** The first KubeProxyConfiguration document of the workspace, if any. */
export function findKubeProxyConfiguration(files: readonly WorkspaceFile[]): ObjectLocation | undefined {
  return listObjects(files, { kinds: KUBE_PROXY_CONFIGURATION })[0];
}

/** Sets (or with `undefined` removes) a field of an object at `location`. */
export function editObject(
  files: readonly WorkspaceFile[],
  location: ObjectLocation,
  path: FieldPath,
  value: FieldValue | undefined,
): FileChange {
  const file = files.find((f) => f.name === location.file);
  if (!file) throw new Error(`file ${location.file} not found`);
  const full = [...location.basePath, ...path];
  const text = value === undefined ? removeField(file.text, location.doc, full) : setField(file.text, location.doc, full, value);
  return { file: file.name, text };
}

/**
 * Sets or removes one `spec` field of a Service, with the companions Kubernetes requires:
 * `type: ClusterIP` drops externalTrafficPolicy (only valid for externally accessible Services),
 * `sessionAffinity: None` drops sessionAffinityConfig (forbidden with None).
 *
 * @example
 * editServiceSpec(files, 'default/echo-svc', 'trafficDistribution', 'PreferSameNode');
 */
export function editServiceSpec(
  files: readonly WorkspaceFile[],
  serviceKey: string,
  field: string,
  value: string | undefined,
): FileChange | undefined {
  const service = findService(files, serviceKey);
  if (!service) return undefined;
  let change = editObject(files, service, ['spec', field], value);
  const companion = companionRemoval(service, field, value);
  if (companion) {
    const updated = files.map((f) => (f.name === change.file ? { ...f, text: change.text } : f));
    const again = findService(updated, serviceKey);
    if (again) change = editObject(updated, again, ['spec', companion], undefined);
  }
  return change;
}

function companionRemoval(service: ObjectLocation, field: string, value: string | undefined): string | undefined {
  if (field === 'type' && (value === undefined || value === 'ClusterIP')) {
    const externalIPs = fieldOf(service, ['spec', 'externalIPs']);
    const external = Array.isArray(externalIPs) && externalIPs.length > 0;
    if (!external && fieldOf(service, ['spec', 'externalTrafficPolicy']) !== undefined) return 'externalTrafficPolicy';
  }
  if (
    field === 'sessionAffinity' &&
    (value === undefined || value === 'None') &&
    fieldOf(service, ['spec', 'sessionAffinityConfig']) !== undefined
  ) {
    return 'sessionAffinityConfig';
  }
  return undefined;
}

/**
 * Sets kube-proxy's mode (and IPVS scheduler) in the workspace's KubeProxyConfiguration, adding
 * a `kube-proxy.yaml` file when there is none.
 *
 * @example
 * editKubeProxy(files, { mode: 'ipvs', scheduler: 'rr' }); // { file: 'kube-proxy.yaml', created: true, ... }
 */
export function editKubeProxy(files: readonly WorkspaceFile[], change: { mode?: ProxyMode; scheduler?: IpvsScheduler }): FileChange {
  const config = findKubeProxyConfiguration(files);
  if (!config) return createKubeProxyFile(files, change);
  let current = files;
  let result: FileChange | undefined;
  const apply = (path: FieldPath, value: FieldValue) => {
    const location = findKubeProxyConfiguration(current)!;
    result = editObject(current, location, path, value);
    current = current.map((f) => (f.name === result!.file ? { ...f, text: result!.text } : f));
  };
  if (change.mode) apply(['mode'], change.mode);
  if (change.scheduler) apply(['ipvs', 'scheduler'], change.scheduler);
  return result ?? { file: config.file, text: files.find((f) => f.name === config.file)!.text };
}

function createKubeProxyFile(files: readonly WorkspaceFile[], change: { mode?: ProxyMode; scheduler?: IpvsScheduler }): FileChange {
  const lines = [
    '# kube-proxy settings (the --config file kube-proxy reads on every node).',
    `apiVersion: ${KUBE_PROXY_API_VERSION}`,
    'kind: KubeProxyConfiguration',
    `mode: ${change.mode ?? 'iptables'}`,
  ];
  if (change.scheduler) lines.push('ipvs:', `  scheduler: ${change.scheduler}`);
  return { file: uniqueFileName(files, KUBE_PROXY_FILE), text: lines.join('\n') + '\n', created: true };
}

/** `name`, or `name` with -2, -3, ... before the extension when taken. */
export function uniqueFileName(files: readonly WorkspaceFile[], name: string): string {
  const taken = new Set(files.map((f) => f.name));
  if (!taken.has(name)) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let i = 2; ; i++) {
    const candidate = `${stem}-${i}${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}
