/** The Workspace menu: New, Reset, Open files, and the exports (each a registry action). */
import { openFiles } from '../../io/import/openFilesLater';
import { actionById, runAction } from '../actions/registry';

/** A menu entry: closes the menu, then performs the action. */
function MenuItem({ action: id }: { action: string }) {
  const action = actionById(id);
  return (
    <li>
      <button
        type="button"
        data-testid={action.id}
        data-action={action.id}
        onClick={(event) => {
          const menu = event.currentTarget.closest('details');
          runAction(action, { element: event.currentTarget });
          if (menu) menu.open = false;
        }}
      >
        {action.label}
      </button>
    </li>
  );
}

export function WorkspaceMenu() {
  return (
    <details className="ws-menu" data-testid="workspace-menu">
      <summary>Workspace</summary>
      <div className="ws-menu__popup">
        <ul aria-label="Workspace">
          <MenuItem action="workspace-new" />
          <MenuItem action="workspace-reset" />
          <MenuItem action="workspace-open" />
        </ul>
        <ul aria-label="Export">
          <MenuItem action="export-svg" />
          <MenuItem action="export-png" />
          <MenuItem action="export-zip" />
          <MenuItem action="export-json" />
          <MenuItem action="export-markdown" />
          <MenuItem action="export-lab-kind" />
          <MenuItem action="export-lab-minikube" />
        </ul>
      </div>
      <input
        type="file"
        multiple
        accept=".yaml,.yml,.json,.zip"
        hidden
        data-testid="open-files-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) void openFiles(files);
        }}
      />
    </details>
  );
}
