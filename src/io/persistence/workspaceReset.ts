/** New and Reset: both replace the workspace, and both ask first when it holds work of its own. */
import { EXAMPLES } from '../../scenarios/examples';
import { seedDemo } from '../../scenarios/seedDemo';
import { useStore, type StoreState } from '../../state';
import type { WorkspaceFile } from '../../workspace/objectLocations';
import { useConfirm } from '../../state/confirmStore';

const sameFiles = (a: readonly WorkspaceFile[], b: readonly WorkspaceFile[]) =>
  a.length === b.length && a.every((f, i) => f.name === b[i]!.name && f.text === b[i]!.text);

/** True unless the workspace is empty or exactly a built-in scenario: only then is nothing lost. */
export function hasOwnWork(state: Pick<StoreState, 'files'>): boolean {
  if (state.files.every((f) => f.text.trim() === '')) return false;
  return !EXAMPLES.some((example) => sameFiles(state.files, example.files));
}

/** Asks before `what` replaces the workspace, when there is something to lose. */
export async function confirmDiscard(what: string, confirmLabel: string): Promise<boolean> {
  if (!hasOwnWork(useStore.getState())) return true;
  return useConfirm.getState().ask({
    title: `${what}?`,
    message: 'This replaces the files in the workspace. Your changes will be lost unless you shared or exported them.',
    confirmLabel,
  });
}

export const NEW_FILE_NAME = 'cluster.yaml';

/** An empty workspace: one empty file, the same Kubernetes version. */
export async function newWorkspace(): Promise<boolean> {
  if (!(await confirmDiscard('Start a new, empty workspace', 'Discard and start new'))) return false;
  const { loadExample, kubernetesVersion, setSelectedService } = useStore.getState();
  loadExample({
    ...seedDemo,
    id: 'new',
    files: [{ name: NEW_FILE_NAME, text: '' }],
    activeFile: NEW_FILE_NAME,
    service: '',
    kubernetesVersion,
  });
  setSelectedService(null);
  return true;
}

/** Back to the default scenario. */
export async function resetWorkspace(): Promise<boolean> {
  if (!(await confirmDiscard('Reset to the default scenario', 'Discard and reset'))) return false;
  useStore.getState().loadExample(EXAMPLES[0] ?? seedDemo);
  return true;
}
