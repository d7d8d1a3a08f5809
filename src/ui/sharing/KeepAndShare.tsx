/**
 * The toolbar's Workspace menu and Share button, with what they need page-wide: the Ctrl/Cmd+S
 * shortcut, file drop, the confirmation dialog and the message slot.
 */
import { useCallback } from 'react';
import { openFiles } from '../../io/import/openFilesLater';
import { useFileDrop } from './useFileDrop';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { shareCurrentState } from '../../io/share/shareLater';
import { ShareNotice } from './ShareNotice';
import { useShareShortcut } from './useShareShortcut';
import { WorkspaceMenu } from './WorkspaceMenu';
import './share.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function KeepAndShare() {
  const share = useCallback(() => void shareCurrentState(), []);
  const drop = useCallback((files: File[]) => void openFiles(files), []);
  useShareShortcut(share);
  const dragging = useFileDrop(drop);
  const shortcut = isMac ? '⌘S' : 'Ctrl+S';

  return (
    <div className="keep-share">
      <WorkspaceMenu />
      <button
        type="button"
        className="share-button"
        data-testid="share-button"
        onClick={share}
        title={`Copy a link to this workspace (${shortcut})`}
      >
        Share
      </button>
      <ShareNotice />
      <ConfirmDialog />
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <p>Drop YAML files, a zip of them, or a shared .json to open them</p>
        </div>
      )}
    </div>
  );
}
