/**
 * What the page opens on: a shared link in the URL, else the work saved in this browser, else the
 * default scenario. A plain load decides at once; a link or a save first loads the code that reads
 * it (the link's decompressor, the state's validation), so the page waits for it only then.
 */
import { startAutosave } from '../persistence/autosave';
import { hasLocalSave } from '../persistence/savedRecord';
import { useStore } from '../store';
import { showNotice } from './noticeStore';
import { fragmentFromHash } from './shareFragment';

export type StartupSource = 'link' | 'saved' | 'default' | 'broken-link';

/** The full playground's start; embeds open their own state (src/embed). */
export function openStartupState(): StartupSource | Promise<StartupSource> {
  if (fragmentFromHash(window.location.hash) !== null) return import('./openLink').then((m) => m.openLinkAtStartup());
  if (hasLocalSave()) return import('./openSaved').then((m) => m.openSavedWorkspace());
  return 'default';
}

/** A link pasted into the address bar of an open playground: opened after asking, like Open. */
async function openPastedLink(): Promise<void> {
  if (fragmentFromHash(window.location.hash) === null) return;
  const { openPastedLink: open } = await import('./openLink');
  await open();
}

function unloaded(): void {
  showNotice({ kind: 'error', text: 'Part of the playground could not be loaded, so the link or your saved workspace was not opened. Reload the page to try again.' });
}

/**
 * Opens the start-up state, then saves the workspace as it changes and opens pasted links; the
 * page's entry calls it only outside embed mode (isEmbedSearch). A promise when the page must wait
 * for the state before its first render.
 */
export function bootSharedState(): StartupSource | Promise<StartupSource> {
  const listen = (autosave: boolean) => {
    if (autosave) startAutosave(useStore);
    window.addEventListener('hashchange', () => void openPastedLink().catch(unloaded));
  };
  const source = openStartupState();
  if (typeof source === 'string') {
    listen(true);
    return source;
  }
  return source.then(
    (opened) => {
      listen(true);
      return opened;
    },
    () => {
      // Without its code the save was not read: saving now would overwrite it with the default.
      unloaded();
      listen(false);
      return 'default' as const;
    },
  );
}
