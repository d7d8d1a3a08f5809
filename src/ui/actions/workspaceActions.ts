/** The Workspace menu's actions: new, reset, open files, and the exports (their code loads when chosen). */
import { exportLab, exportPng, exportReportJson, exportReportMarkdown, exportSvg, exportZip } from '../../io/export/exportLater';
import { newWorkspace, resetWorkspace } from '../../io/persistence/workspaceReset';
import type { Action } from './action';

export const WORKSPACE_ACTIONS: readonly Action[] = [
  { id: 'workspace-new', label: 'New, empty', shortcuts: [], perform: newWorkspace },
  { id: 'workspace-reset', label: 'Reset to the default scenario', shortcuts: [], perform: resetWorkspace },
  {
    id: 'workspace-open',
    label: 'Open files (YAML, zip, .json)…',
    shortcuts: [],
    // The file picker is the menu's own <input type="file">, next to the item.
    perform: ({ element }) => element?.closest('details')?.querySelector<HTMLInputElement>('input[type="file"]')?.click(),
  },
  { id: 'export-svg', label: 'Canvas as SVG', shortcuts: [], perform: exportSvg },
  { id: 'export-png', label: 'Canvas as PNG', shortcuts: [], perform: exportPng },
  { id: 'export-zip', label: 'Workspace as zip of YAML files', shortcuts: [], perform: exportZip },
  { id: 'export-json', label: 'Routing report as JSON', shortcuts: [], perform: exportReportJson },
  { id: 'export-markdown', label: 'Routing report as Markdown', shortcuts: [], perform: exportReportMarkdown },
  { id: 'export-lab-kind', label: 'Real cluster lab (kind)', shortcuts: [], perform: () => exportLab('kind') },
  { id: 'export-lab-minikube', label: 'Real cluster lab (minikube)', shortcuts: [], perform: () => exportLab('minikube') },
];
