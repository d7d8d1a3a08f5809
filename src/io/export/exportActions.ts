/** The Export menu's actions: each reads the store, builds the file and downloads it. */
import { drawnService } from '../../view/drawnService';
import type { RoutingReport } from '../../engine';
import { showNotice } from '../../state/noticeStore';
import { useStore } from '../../state';
import { buildCanvasSvg } from './canvasSvg';
import { svgToPng } from './canvasPng';
import { downloadBlob } from './download';
import { reportJson } from './reportJson';
import { reportMarkdown } from '../../format/reportMarkdown';
import { zipWorkspace } from './workspaceZip';

const BASENAME = 'kube-traffic-playground';

/**
 * The report of what the workspace holds now. With errors in the files the page shows the last
 * valid state (marked stale): exporting it would describe other files, so the export says it cannot.
 */
function currentReport(): RoutingReport | null {
  const { report, stale, diagnostics } = useStore.getState();
  if (!report) showNotice({ kind: 'error', text: 'There is no routing report yet: fix the errors in the YAML first.' });
  else if (stale) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    showNotice({
      kind: 'error',
      text: `Not exported: the files have ${errors} error${errors === 1 ? '' : 's'}, and the picture shows the last valid state (stale), not what the files hold now. Fix the errors first; Export workspace (.zip) keeps the files as they are.`,
    });
    return null;
  }
  return report;
}

/** The canvas's drawing: the toolbar's Service (as the canvas draws it), in the page's theme. */
function drawing(report: RoutingReport) {
  const service = drawnService({ report, selectedService: useStore.getState().selectedService });
  return buildCanvasSvg(report, { services: service ? [service] : [], dark: document.documentElement.dataset.theme === 'dark' });
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

export function exportReportJson(): void {
  const report = currentReport();
  if (report) downloadBlob(new Blob([reportJson(report)], { type: 'application/json' }), `${BASENAME}-report.json`);
}

export function exportReportMarkdown(): void {
  const report = currentReport();
  if (report) downloadBlob(new Blob([reportMarkdown(report)], { type: 'text/markdown' }), `${BASENAME}-report.md`);
}
