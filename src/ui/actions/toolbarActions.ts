/** What the toolbar controls do: each one edits the YAML (or, for the version, the analysis options). */
import type { IpvsScheduler, ProxyMode } from '../../engine';
import { useStore } from '../../state';
import { applyWorkspaceChange } from '../../state/editorBridge';
import { keyOfLocation, type WorkspaceFile } from '../../workspace/objectLocations';
import { toolbarObjects } from '../../state/useWorkspaceObjects';
import { editKubeProxy, editServiceSpec, type FileChange } from '../../workspace/workspaceEdits';
import { YamlEditError } from '../../workspace/yamlEdits';
import { toolbarService } from '../../view/serviceKey';

export type ServiceField = 'trafficDistribution' | 'internalTrafficPolicy' | 'externalTrafficPolicy' | 'type' | 'sessionAffinity';

/**
 * Applies the edit `edit` makes of the workspace's files, as one undoable change. Returns false when
 * it makes none or the YAML cannot be edited there (the toolbar and Compare's Apply then do nothing).
 */
export function applyServiceEdit(edit: (files: readonly WorkspaceFile[]) => FileChange | undefined): boolean {
  try {
    const change = edit(useStore.getState().files);
    if (!change) return false;
    applyWorkspaceChange(change);
    return true;
  } catch (error) {
    if (error instanceof YamlEditError) return false;
    throw error;
  }
}

/** Sets (or with undefined removes) a spec field of the toolbar's Service. Returns false when it could not. */
export function setServiceField(field: ServiceField, value: string | undefined): boolean {
  const state = useStore.getState();
  const service = toolbarService(toolbarObjects(state.files), state);
  if (!service) return false;
  return applyServiceEdit((files) => editServiceSpec(files, keyOfLocation(service), field, value));
}

export function setProxyMode(mode: ProxyMode): void {
  applyWorkspaceChange(editKubeProxy(useStore.getState().files, { mode }));
}

export function setIpvsScheduler(scheduler: IpvsScheduler): void {
  const state = useStore.getState();
  applyWorkspaceChange(editKubeProxy(state.files, { mode: 'ipvs', scheduler }));
}
