/**
 * The toolbar's Workspace menu and Share button (the registry's `share`, also Ctrl/Cmd+S), with
 * what they need page-wide: file drop, the confirmation dialog and the message slot.
 */
import { useCallback } from 'react';
import { openFiles } from '../../io/import/openFilesLater';
import { useFileDrop } from './useFileDrop';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ActionButton } from '../actions/ActionButton';
import { ShareNotice } from './ShareNotice';
import { WorkspaceMenu } from './WorkspaceMenu';
import './share.css';

export function KeepAndShare() {
  const drop = useCallback((files: File[]) => void openFiles(files), []);
  const dragging = useFileDrop(drop);

  return (
    <div className="keep-share">
      <WorkspaceMenu />
      <ActionButton action="share" className="share-button" testId="share-button">
        Share
      </ActionButton>
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
