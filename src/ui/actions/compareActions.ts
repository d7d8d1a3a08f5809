/** The Compare panel's "Apply": a routing choice written into the Service's YAML, one undoable edit. */
import type { PolicySpec } from '../../engine';
import { useStore } from '../../state';
import { applyWorkspaceChange } from '../../state/editorBridge';
import { editServicePolicy } from '../../workspace/policyEdits';
import { YamlEditError } from '../../workspace/yamlEdits';

/** Writes `spec` into Service `serviceKey` (an "ns/name"). Returns false when it could not. */
export function applyPolicyChoice(serviceKey: string, spec: PolicySpec): boolean {
  try {
    const change = editServicePolicy(useStore.getState().files, serviceKey, spec);
    if (!change) return false;
    applyWorkspaceChange(change);
    return true;
  } catch (error) {
    if (error instanceof YamlEditError) return false;
    throw error;
  }
}
