/**
 * What the page opens on: a shared link in the URL, else the work saved in this browser, else the
 * default scenario. A link that cannot be opened says why and leaves the default scenario. The
 * link leaves the address bar once applied, so a reload shows the (saved) edits made since.
 */
import { clearLocalSave, readLocalSave } from '../persistence/localSave';
import { startAutosave } from '../persistence/autosave';
import { confirmDiscard } from '../persistence/workspaceReset';
import { useStore } from '../store';
import { showNotice } from './noticeStore';
import { fragmentFromHash } from './shareLink';
import { decodeShareFragment, restoreShareState } from './shareState';

export type StartupSource = 'link' | 'saved' | 'default' | 'broken-link';

/** Whether the page runs as an embed (it then neither reads nor writes the saved workspace). */
export function isEmbedded(search = window.location.search): boolean {
  return new URLSearchParams(search).has('embed');
}

/** Takes the share fragment out of the address bar; returns it, or null when there is none. */
function takeFragment(): string | null {
  const fragment = fragmentFromHash(window.location.hash);
  if (fragment !== null) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
  return fragment;
}

function linkError(error: string, fallback: string): void {
  showNotice({ kind: 'error', text: `This link could not be opened: ${error}. ${fallback}` });
}

/** Embeds open their own state (src/embed); this is the full playground's start. */
export function openStartupState(): StartupSource {
  if (isEmbedded()) return 'default';
  const fragment = takeFragment();
  if (fragment !== null) {
    const result = decodeShareFragment(fragment);
    if (result.ok) {
      restoreShareState(result.state);
      return 'link';
    }
    linkError(result.error, 'Showing the default scenario instead.');
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

/** A link pasted into the address bar of an open playground: opened after asking, like Open. */
async function openPastedLink(): Promise<void> {
  const fragment = takeFragment();
  if (fragment === null) return;
  const result = decodeShareFragment(fragment);
  if (!result.ok) {
    linkError(result.error, 'The workspace is unchanged.');
    return;
  }
  if (await confirmDiscard('Open the shared link', 'Discard and open')) restoreShareState(result.state);
}

/** Opens the start-up state, then saves the workspace as it changes and opens pasted links; does nothing in an embed. */
export function bootSharedState(): StartupSource {
  if (isEmbedded()) return 'default';
  const source = openStartupState();
  startAutosave(useStore);
  window.addEventListener('hashchange', () => void openPastedLink());
  return source;
}
