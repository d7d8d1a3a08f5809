/** What the toolbar controls do: each one edits the YAML (or, for the version, the analysis options). */
import type { IpvsScheduler, ProxyMode } from '../../engine';
import { useStore } from '../../state';
import { applyWorkspaceChange } from '../../state/editorBridge';
import { keyOfLocation, listObjects } from '../../workspace/objectLocations';
import { editKubeProxy, editServiceSpec } from '../../workspace/workspaceEdits';
import { YamlEditError } from '../../workspace/yamlEdits';
import { toolbarService } from '../../view/serviceKey';

export type ServiceField = 'trafficDistribution' | 'internalTrafficPolicy' | 'externalTrafficPolicy' | 'type' | 'sessionAffinity';

/** Sets (or with undefined removes) a spec field of the toolbar's Service. Returns false when it could not. */
export function setServiceField(field: ServiceField, value: string | undefined): boolean {
  const state = useStore.getState();
  const service = toolbarService(listObjects(state.files), state);
  if (!service) return false;
  try {
    const change = editServiceSpec(state.files, keyOfLocation(service), field, value);
    if (!change) return false;
    applyWorkspaceChange(change);
    return true;
  } catch (error) {
    if (error instanceof YamlEditError) return false;
    throw error;
  }
}

export function setProxyMode(mode: ProxyMode): void {
  applyWorkspaceChange(editKubeProxy(useStore.getState().files, { mode }));
}

export function setIpvsScheduler(scheduler: IpvsScheduler): void {
  const state = useStore.getState();
  applyWorkspaceChange(editKubeProxy(state.files, { mode: 'ipvs', scheduler }));
}
