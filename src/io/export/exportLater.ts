/** The Workspace menu's exports, each loading the export code (SVG, PNG, zip, report) when first chosen. */
const actions = () => import('./exportActions');

export const exportSvg = async () => (await actions()).exportSvg();
export const exportPng = async () => (await actions()).exportPng();
export const exportZip = async () => (await actions()).exportZip();
export const exportReportJson = async () => (await actions()).exportReportJson();
export const exportReportMarkdown = async () => (await actions()).exportReportMarkdown();
export const exportLab = async (tool: 'kind' | 'minikube') => (await actions()).exportLab(tool);
