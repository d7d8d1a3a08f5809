/** Opening a `#s=` link, at start-up or pasted later; loaded only when the address holds one. */
import { keepAside, keptRecords, readRecord, readSave, takeKept } from '../persistence/localSave';
import { pageSaver } from '../persistence/pageSaver';
import { recordText } from '../persistence/savedRecord';
import { confirmDiscard, hasOwnWork } from '../persistence/workspaceReset';
import { useStore } from '../../state';
import { showNotice } from '../../state/noticeStore';
import { fragmentFromHash } from '../share/shareFragment';
import { captureShareState, decodeShareFragment, restoreShareState } from '../share/shareState';

/**
 * Takes the share fragment out of the address bar, so a reload shows the (saved) edits made since;
 * returns it, or null when there is none.
 */
function takeFragment(): string | null {
  const fragment = fragmentFromHash(window.location.hash);
  if (fragment !== null) history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
  return fragment;
}

function linkError(error: string, fallback: string): void {
  showNotice({ kind: 'error', text: `This link could not be opened: ${error}. ${fallback}` });
}

/**
 * The link the page opened on. The work saved in this browser is never overwritten without asking:
 * it is kept aside first (and offered back), or, when it cannot be, this tab does not save. A link
 * that cannot be opened says why and shows the saved work, else the default scenario.
 */
export function openLinkAtStartup(): void {
  const fragment = takeFragment();
  if (fragment === null) return;
  const result = decodeShareFragment(fragment);
  const saved = readSave();
  if (!result.ok) {
    if (saved?.ok) {
      restoreShareState(saved.state);
      linkError(result.error, 'Showing your saved work instead.');
    } else linkError(result.error, 'Showing the default scenario instead.');
    return;
  }
  if (saved && (!saved.ok || hasOwnWork(saved.state))) {
    if (!keepAside(saved.text)) {
      openShared(result.state);
      pageSaver().pause();
      showNotice({
        kind: 'error',
        text: 'Opened the shared link. Your saved work could not be set aside (storage refused), so it stays as it was and this tab does not save over it.',
        download: true,
      });
      return;
    }
    openShared(result.state);
    offerSavedWork('Opened the shared link. Your saved work is kept in this browser.');
    return;
  }
  openShared(result.state);
}

/**
 * Opens the link's workspace. The first-visit hint describes the seed demo as it ships, not
 * someone's shared picture: it stays hidden for this visit (not dismissed for good).
 */
function openShared(state: Parameters<typeof restoreShareState>[0]): void {
  restoreShareState(state);
  useStore.setState({ hintDismissed: true });
}

function offerSavedWork(text: string): void {
  showNotice({ kind: 'info', text, actions: [{ label: 'Open saved work', testId: 'open-saved-work', run: openSavedWork }] });
}

/** Swaps the newest kept work with the workspace: the workspace is kept aside in its place. */
export function openSavedWork(): void {
  const kept = keptRecords()[0];
  if (kept === undefined) return;
  const record = readRecord(kept);
  if (!record.ok) {
    showNotice({ kind: 'error', text: `The saved work could not be opened: ${record.error}. It stays kept aside.` });
    return;
  }
  const current = captureShareState(useStore.getState());
  takeKept();
  if (hasOwnWork(current) && !keepAside(recordText(current))) {
    keepAside(kept);
    showNotice({ kind: 'error', text: 'The saved work was not opened: this tab’s work could not be set aside (storage refused).' });
    return;
  }
  restoreShareState(record.state);
  if (hasOwnWork(current)) offerSavedWork('Opened your saved work. The link’s workspace is kept aside in its place.');
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
  if (await confirmDiscard('Open the shared link', 'Discard and open')) openShared(result.state);
}
