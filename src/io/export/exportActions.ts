/** The Export menu's actions: each reads the store, builds the file and downloads it. */
import { drawnService } from '../../view/drawnService';
import { hasErrors, type RoutingReport } from '../../engine';
import type { LabTool } from '../../format/lab/labTypes';
import { versionOptions } from '../../state/versionsSlice';
import { reportIsCurrent } from '../../state/analysisSlice';
import { showNotice } from '../../state/noticeStore';
import { useStore } from '../../state';
import { buildCanvasSvg } from './canvasSvg';
import { svgToPng } from './canvasPng';
import { downloadBlob } from './download';
import { reportJson } from './reportJson';
import { reportMarkdown } from '../../format/reportMarkdown';
import { zipWorkspace } from './workspaceZip';
import { themeName } from '../../view/palette';

const BASENAME = 'kube-traffic-playground';

/**
 * The report of what the workspace holds now. With errors in the files the page shows the last
 * valid state (marked stale), or what parses of a workspace that opened with errors (marked
 * partial): exporting either would describe other files, so the export says it cannot.
 */
function currentReport(): RoutingReport | null {
  const state = useStore.getState();
  const { report, stale, diagnostics } = state;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (!report) showNotice({ kind: 'error', text: 'There is no routing report yet: fix the errors in the YAML first.' });
  else if (!reportIsCurrent(state)) {
    const shows = stale
      ? 'the picture shows the last valid state (stale), not what the files hold now'
      : 'the picture leaves out the objects in error (partial)';
    showNotice({
      kind: 'error',
      text: `Not exported: the files have ${errors} error${errors === 1 ? '' : 's'}, and ${shows}. Fix the errors first; Export workspace (.zip) keeps the files as they are.`,
    });
    return null;
  }
  return report;
}

/** The canvas's drawing: the toolbar's Service (as the canvas draws it), in the page's theme. */
function drawing(report: RoutingReport) {
  const service = drawnService({ report, selectedService: useStore.getState().selectedService });
  const scheme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const theme = themeName(scheme, window.matchMedia('(prefers-contrast: more)').matches);
  return buildCanvasSvg(report, { services: service ? [service] : [], theme });
}

export function exportSvg(): void {
  const report = currentReport();
  if (!report) return;
  downloadBlob(new Blob([drawing(report).svg], { type: 'image/svg+xml' }), `${BASENAME}.svg`);
}

export async function exportPng(): Promise<void> {
  const report = currentReport();
  if (!report) return;
  const { svg, width, height } = drawing(report);
  try {
    downloadBlob(await svgToPng(svg, width, height), `${BASENAME}.png`);
  } catch (error) {
    showNotice({ kind: 'error', text: `The PNG could not be made: ${error instanceof Error ? error.message : String(error)}` });
  }
}

export function exportZip(): void {
  const bytes = zipWorkspace(useStore.getState().files);
  downloadBlob(new Blob([bytes.slice().buffer], { type: 'application/zip' }), `${BASENAME}-workspace.zip`);
}

/** Export → Real cluster lab: the workspace and its timeline as a kind or minikube lab folder, zipped. */
export async function exportLab(tool: LabTool): Promise<void> {
  const state = useStore.getState();
  if (state.stale || hasErrors(state.diagnostics)) {
    showNotice({
      kind: 'error',
      text: 'The lab needs a workspace without errors: fix the YAML first, so the lab applies what the canvas shows.',
    });
    return;
  }
  const [{ buildLab }, { zipLab }] = await Promise.all([import('../../format/lab/buildLab'), import('./labZip')]);
  const lab = buildLab({
    tool,
    files: state.files,
    events: state.timeline.slice(0, state.cursor),
    options: { kubernetesVersion: state.kubernetesVersion, seed: state.seed, ...versionOptions(state) },
  });
  if (lab.error) {
    showNotice({ kind: 'error', text: lab.error });
    return;
  }
  const folder = `${BASENAME}-${tool}-lab`;
  downloadBlob(new Blob([zipLab(folder, lab.files).slice().buffer], { type: 'application/zip' }), `${folder}.zip`);
}

export function exportReportJson(): void {
  const report = currentReport();
  if (report) downloadBlob(new Blob([reportJson(report)], { type: 'application/json' }), `${BASENAME}-report.json`);
}

export function exportReportMarkdown(): void {
  const report = currentReport();
  if (report) downloadBlob(new Blob([reportMarkdown(report)], { type: 'text/markdown' }), `${BASENAME}-report.md`);
}
