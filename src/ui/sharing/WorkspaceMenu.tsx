/** The Workspace menu: New, Reset, Open files, and the exports. */
import type { MouseEvent, ReactNode } from 'react';
import { exportLab, exportPng, exportReportJson, exportReportMarkdown, exportSvg, exportZip } from '../../io/export/exportLater';
import { openFiles } from '../../io/import/openFilesLater';
import { newWorkspace, resetWorkspace } from '../../io/persistence/workspaceReset';

/** A menu entry: closes the menu, then runs. */
function MenuItem({
  testId,
  run,
  children,
}: {
  testId: string;
  run: (event: MouseEvent<HTMLButtonElement>) => unknown;
  children: ReactNode;
}) {
  return (
    <li>
      <button
        type="button"
        data-testid={testId}
        onClick={(event) => {
          const menu = event.currentTarget.closest('details');
          void run(event);
          if (menu) menu.open = false;
        }}
      >
        {children}
      </button>
    </li>
  );
}

const openPicker = (event: MouseEvent<HTMLButtonElement>) =>
  event.currentTarget.closest('details')?.querySelector<HTMLInputElement>('input[type="file"]')?.click();

export function WorkspaceMenu() {
  return (
    <details className="ws-menu" data-testid="workspace-menu">
      <summary>Workspace</summary>
      <div className="ws-menu__popup">
        <ul aria-label="Workspace">
          <MenuItem testId="workspace-new" run={newWorkspace}>
            New, empty
          </MenuItem>
          <MenuItem testId="workspace-reset" run={resetWorkspace}>
            Reset to the default scenario
          </MenuItem>
          <MenuItem testId="workspace-open" run={openPicker}>
            Open files (YAML, zip, .json)…
          </MenuItem>
        </ul>
        <ul aria-label="Export">
          <MenuItem testId="export-svg" run={exportSvg}>
            Canvas as SVG
          </MenuItem>
          <MenuItem testId="export-png" run={exportPng}>
            Canvas as PNG
          </MenuItem>
          <MenuItem testId="export-zip" run={exportZip}>
            Workspace as zip of YAML files
          </MenuItem>
          <MenuItem testId="export-json" run={exportReportJson}>
            Routing report as JSON
          </MenuItem>
          <MenuItem testId="export-markdown" run={exportReportMarkdown}>
            Routing report as Markdown
          </MenuItem>
          <MenuItem testId="export-lab-kind" run={() => exportLab('kind')}>
            Real cluster lab (kind)
          </MenuItem>
          <MenuItem testId="export-lab-minikube" run={() => exportLab('minikube')}>
            Real cluster lab (minikube)
          </MenuItem>
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
