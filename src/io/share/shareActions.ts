/** The Share action: copy a link to the current state, or offer a file when the link is too long. */
import { downloadBlob } from '../export/download';
import { useStore } from '../../state';
import { showNotice } from '../../state/noticeStore';
import { shareUrl } from './shareLink';
import { captureShareState, SHARE_URL_MAX } from './shareState';

export async function shareCurrentState(): Promise<void> {
  const url = shareUrl(captureShareState(useStore.getState()), window.location.href);
  if (url.length > SHARE_URL_MAX) {
    showNotice({
      kind: 'info',
      text: `This workspace makes a link of ${url.length.toLocaleString('en')} characters, too long for many chat tools and browsers. Download it as a file instead; the playground opens it by drag-and-drop or with Open.`,
      download: true,
    });
    return;
  }
  try {
    await navigator.clipboard.writeText(url);
    showNotice({ kind: 'info', text: 'Link copied to the clipboard.', link: url });
  } catch {
    showNotice({ kind: 'info', text: 'Copy this link (the clipboard is not available here):', link: url });
  }
}

/** The state as a .json file: a v1 document like a link's (every file in full), validated the same way. */
export function downloadStateFile(): void {
  const json = JSON.stringify(captureShareState(useStore.getState()), null, 2);
  downloadBlob(new Blob([`${json}\n`], { type: 'application/json' }), 'kube-traffic-playground.json');
}
