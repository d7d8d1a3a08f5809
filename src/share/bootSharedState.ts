/**
 * What the page opens on: a shared link in the URL, else the work saved in this browser, else the
 * default scenario. A link that cannot be opened says why and leaves the default scenario. The
 * link leaves the address bar once applied, so a reload shows the (saved) edits made since.
 */
import { clearLocalSave, readLocalSave } from '../persistence/localSave';
import { startAutosave } from '../persistence/autosave';
import { useStore } from '../store';
import { showNotice } from './noticeStore';
import { fragmentFromHash } from './shareLink';
import { decodeShareFragment, restoreShareState } from './shareState';

export type StartupSource = 'link' | 'saved' | 'default' | 'broken-link';

/** Whether the page runs as an embed (it then neither reads nor writes the saved workspace). */
export function isEmbedded(search = window.location.search): boolean {
  return new URLSearchParams(search).has('embed');
}

/** Embeds open their own state (src/embed); this is the full playground's start. */
export function openStartupState(): StartupSource {
  if (isEmbedded()) return 'default';
  const fragment = fragmentFromHash(window.location.hash);
  if (fragment !== null) {
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
    const result = decodeShareFragment(fragment);
    if (result.ok) {
      restoreShareState(result.state);
      return 'link';
    }
    showNotice({ kind: 'error', text: `This link could not be opened: ${result.error}. Showing the default scenario instead.` });
    return 'broken-link';
  }
  const saved = readLocalSave();
  if (saved) {
    try {
      restoreShareState(saved);
      return 'saved';
    } catch {
      clearLocalSave();
    }
  }
  return 'default';
}

/** Opens the start-up state and saves the workspace as it changes; does nothing in an embed. */
export function bootSharedState(): StartupSource {
  if (isEmbedded()) return 'default';
  const source = openStartupState();
  startAutosave(useStore);
  return source;
}
