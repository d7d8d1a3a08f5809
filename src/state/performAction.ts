/**
 * Performs a tour action in the page, the way a person would: terminal lines through the
 * terminal, canvas clicks as timeline events, toolbar edits on the YAML, waiting as simulated time.
 * Edits go to the store's files (the editor follows); going back a step replays from the scenario.
 */
import type { StoreState } from './types';
import { editKubeProxy, editServiceSpec } from '../workspace/workspaceEdits';
import type { StepAction } from '../scenarios/types';

/** Does `action` and waits for the analysis; returns an error message, or null. */
export async function performAction(action: StepAction, get: () => StoreState): Promise<string | null> {
  await get().whenAnalysed();
  if ('command' in action) {
    const result = await get().runTerminalCommand(action.command);
    if (result.exitCode !== 0) return result.output || `${action.command} failed`;
  } else if ('event' in action) {
    get().dispatch(action.event, action.label);
  } else if ('toolbar' in action) {
    const change = editServiceSpec(get().files, action.toolbar.service, action.toolbar.field, action.toolbar.value);
    if (!change) return `There is no Service ${action.toolbar.service} in the files.`;
    get().applyFileChange(change);
  } else if ('proxy' in action) {
    const { mode, scheduler } = action.proxy;
    get().applyFileChange(editKubeProxy(get().files, scheduler ? { mode, scheduler } : { mode }));
  } else {
    get().advance(action.wait);
  }
  await get().whenAnalysed();
  return null;
}

/** How the action reads in the tour: the command to type, or what to click. */
export function describeAction(action: StepAction): { kind: 'command' | 'click' | 'toolbar' | 'wait'; text: string } {
  if ('command' in action) return { kind: 'command', text: action.command };
  if ('event' in action) return { kind: 'click', text: action.label };
  if ('toolbar' in action)
    return { kind: 'toolbar', text: `${action.toolbar.service}: ${action.toolbar.field} → ${action.toolbar.value ?? '(unset)'}` };
  if ('proxy' in action)
    return {
      kind: 'toolbar',
      text: `kube-proxy mode → ${action.proxy.mode}${action.proxy.scheduler ? ` (${action.proxy.scheduler})` : ''}`,
    };
  return { kind: 'wait', text: `let ${action.wait} seconds pass` };
}
