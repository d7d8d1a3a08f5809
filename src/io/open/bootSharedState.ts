/**
 * What the page opens on: a shared link in the URL, else the work saved in this browser, else the
 * default scenario. A plain load decides at once; a link or a save first loads the code that reads
 * it (the link's decompressor, the state's validation), so the page waits for it only then.
 */
import { startAutosave } from '../persistence/autosave';
import { pageSaver, watchOtherTabs } from '../persistence/pageSaver';
import { hasLocalSave } from '../persistence/savedRecord';
import { useStore } from '../../state';
import { showNotice } from '../../state/noticeStore';
import { fragmentFromHash } from '../share/shareFragment';

/** The full playground's start; embeds open their own state (src/io/embed). */
export function openStartupState(): void | Promise<void> {
  if (fragmentFromHash(window.location.hash) !== null) return import('./openLink').then((m) => m.openLinkAtStartup());
  if (hasLocalSave()) return import('./openSaved').then((m) => m.openSavedWorkspace());
}

/** A link pasted into the address bar of an open playground: opened after asking, like Open. */
async function openPastedLink(): Promise<void> {
  if (fragmentFromHash(window.location.hash) === null) return;
  const { openPastedLink: open } = await import('./openLink');
  await open();
}

function unloaded(): void {
  showNotice({
    kind: 'error',
    text: 'Part of the playground could not be loaded, so the link or your saved workspace was not opened. Reload the page to try again.',
  });
}

/**
 * Opens the start-up state, then saves the workspace as it changes and opens pasted links; the
 * page's entry calls it only outside embed mode (isEmbedSearch). A promise when the page must wait
 * for the state before its first render.
 */
export function bootSharedState(): void | Promise<void> {
  const listen = (autosave: boolean) => {
    if (autosave) {
      // Storage that cannot be used at all is said at once: the page works, without keeping anything.
      pageSaver().checkAccess();
      startAutosave(useStore);
      watchOtherTabs();
    }
    window.addEventListener('hashchange', () => void openPastedLink().catch(unloaded));
  };
  const opening = openStartupState();
  if (!opening) {
    listen(true);
    return;
  }
  return opening.then(
    () => listen(true),
    () => {
      // Without its code the save was not read: saving now would overwrite it with the default.
      unloaded();
      listen(false);
    },
  );
}
