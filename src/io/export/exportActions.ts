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
import { themeName } from '../../view/palette';

const BASENAME = 'kube-traffic-playground';

function currentReport(): RoutingReport | null {
  const report = useStore.getState().report;
  if (!report) showNotice({ kind: 'error', text: 'There is no routing report yet: fix the errors in the YAML first.' });
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

export function exportReportJson(): void {
  const report = currentReport();
  if (report) downloadBlob(new Blob([reportJson(report)], { type: 'application/json' }), `${BASENAME}-report.json`);
}

export function exportReportMarkdown(): void {
  const report = currentReport();
  if (report) downloadBlob(new Blob([reportMarkdown(report)], { type: 'text/markdown' }), `${BASENAME}-report.md`);
}
