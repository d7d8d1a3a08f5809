import './updateNotice.css';
import { useOfflineState } from '../../state/offlineState';

/** "A new version is ready": shown once an update has been installed; reloading switches to it. */
export function UpdateNotice() {
  const applyUpdate = useOfflineState((s) => s.applyUpdate);
  if (!applyUpdate) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <span>A new version of the playground is ready.</span>
      <button type="button" onClick={applyUpdate}>
        Reload
      </button>
      <button type="button" onClick={() => useOfflineState.getState().setApplyUpdate(null)}>
        Later
      </button>
    </div>
  );
}
