/**
 * Opens dropped or picked files: a shared state or a zip replaces the workspace (after asking when
 * there is work to lose); YAML files join it, replacing same-named files as an undoable edit.
 */
import { confirmDiscard } from '../persistence/workspaceReset';
import { showNotice } from '../../state/noticeStore';
import { restoreShareState } from '../share/storeSnapshot';
import { useStore } from '../../state';
import { applyWorkspaceChange } from '../../state/editorBridge';
import { readImport, IMPORT_LIMITS, IMPORT_LIMIT_WORDS, type OpenedFile } from './readImport';

async function readFiles(files: readonly File[]): Promise<OpenedFile[] | null> {
  if (files.reduce((sum, f) => sum + f.size, 0) > IMPORT_LIMITS.bytes) return null;
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

export async function openFiles(list: readonly File[]): Promise<void> {
  let opened: OpenedFile[] | null;
  try {
    opened = await readFiles(list);
  } catch (error) {
    // A picked file can be moved or deleted before the browser reads it.
    const names = list.map((f) => f.name).join(', ');
    const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
    showNotice({ kind: 'error', text: `Could not read ${names}${reason}: the workspace is unchanged.` });
    return;
  }
  if (!opened) {
    showNotice({ kind: 'error', text: `The files are larger than ${IMPORT_LIMIT_WORDS}.` });
    return;
  }
  const state = useStore.getState();
  const result = readImport(opened, state.files);
  if (result.kind === 'error') {
    showNotice({ kind: 'error', text: result.error });
    return;
  }
  if (result.kind === 'state') {
    if (!(await confirmDiscard('Open the shared workspace', 'Discard and open'))) return;
    restoreShareState(result.state);
    showNotice({
      kind: 'info',
      text: `Opened a shared workspace of ${result.state.files.length} file${result.state.files.length === 1 ? '' : 's'}.`,
    });
    return;
  }
  if (result.replace) {
    if (!(await confirmDiscard('Open the zip as the workspace', 'Discard and open'))) return;
    restoreShareState({ v: 1, files: result.files, kubernetesVersion: state.kubernetesVersion, selection: null, selectedService: null });
  } else {
    for (const file of result.files) {
      const exists = useStore.getState().files.some((f) => f.name === file.name);
      applyWorkspaceChange({ file: file.name, text: file.text, ...(exists ? {} : { created: true }) });
    }
    useStore.getState().setActiveFile(result.files[result.files.length - 1]!.name);
  }
  const names = result.files.map((f) => f.name).join(', ');
  const skipped = result.skipped.length ? ` Skipped (not YAML): ${result.skipped.join(', ')}.` : '';
  showNotice({ kind: 'info', text: `Opened ${names}.${skipped}` });
}
