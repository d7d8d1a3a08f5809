/** The Compare panel's "Apply": a routing choice written into the Service's YAML, one undoable edit. */
import type { PolicySpec } from '../../engine';
import { editServicePolicy } from '../../workspace/policyEdits';
import { applyServiceEdit } from './toolbarActions';

/** Writes `spec` into Service `serviceKey` (an "ns/name"). Returns false when it could not. */
export function applyPolicyChoice(serviceKey: string, spec: PolicySpec): boolean {
  return applyServiceEdit((files) => editServicePolicy(files, serviceKey, spec));
}
