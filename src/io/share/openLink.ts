/** Opening a `#s=` link, at start-up or pasted later; loaded only when the address holds one. */
import { confirmDiscard } from '../persistence/workspaceReset';
import { useStore } from '../../state';
import { showNotice } from '../../state/noticeStore';
import { fragmentFromHash } from './shareFragment';
import { decodeShareFragment, restoreShareState } from './shareState';

/**
 * Takes the share fragment out of the address bar, so a reload shows the (saved) edits made since;
 * returns it, or null when there is none.
 */
function takeFragment(): string | null {
  const fragment = fragmentFromHash(window.location.hash);
  if (fragment !== null) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
  return fragment;
}

/**
 * Opens the link's workspace. The first-visit hint describes the seed demo as it ships, not
 * someone's shared picture: it stays hidden for this visit (not dismissed for good).
 */
function open(state: Parameters<typeof restoreShareState>[0]): void {
  restoreShareState(state);
  useStore.setState({ hintDismissed: true });
}

function linkError(error: string, fallback: string): void {
  showNotice({ kind: 'error', text: `This link could not be opened: ${error}. ${fallback}` });
}

/** The link the page opened on; one that cannot be opened says why and leaves the default scenario. */
export function openLinkAtStartup(): void {
  const fragment = takeFragment();
  if (fragment === null) return;
  const result = decodeShareFragment(fragment);
  if (result.ok) open(result.state);
  else linkError(result.error, 'Showing the default scenario instead.');
}

/** A link pasted into the address bar of an open playground: opened after asking, like Open. */
export async function openPastedLink(): Promise<void> {
  const fragment = takeFragment();
  if (fragment === null) return;
  const result = decodeShareFragment(fragment);
  if (!result.ok) {
    linkError(result.error, 'The workspace is unchanged.');
    return;
  }
  if (await confirmDiscard('Open the shared link', 'Discard and open')) open(result.state);
}
