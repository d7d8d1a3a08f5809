import type { StateCreator } from 'zustand';
import { seedDemo } from '../scenarios/seedDemo';
import { uniqueFileName } from '../workspace/workspaceEdits';
import { clearedTimeline } from './timelineSlice';
import type { StoreState, WorkspaceSlice } from './types';

/** Why a file name cannot be used, or null. */
export function fileNameProblem(name: string, taken: readonly string[]): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'A file name is required.';
  if (/[/\\]/.test(trimmed)) return 'A file name cannot contain slashes.';
  if (taken.includes(trimmed)) return `A file named ${trimmed} already exists.`;
  return null;
}

export const createWorkspaceSlice: StateCreator<StoreState, [], [], WorkspaceSlice> = (set, get) => ({
  files: seedDemo.files.map((f) => ({ ...f })),
  activeFile: seedDemo.activeFile,

  setActiveFile(name) {
    if (get().files.some((f) => f.name === name)) set({ activeFile: name });
  },

  addFile(name, text = '') {
    const files = get().files;
    const fileName = uniqueFileName(files, name?.trim() || 'untitled.yaml');
    set({ files: [...files, { name: fileName, text }], activeFile: fileName });
    get().scheduleAnalysis();
    return fileName;
  },

  renameFile(from, to) {
    const files = get().files;
    const target = to.trim();
    if (from === target) return null;
    const problem = fileNameProblem(
      target,
      files.map((f) => f.name).filter((n) => n !== from),
    );
    if (problem) return problem;
    if (!files.some((f) => f.name === from)) return `No file named ${from}.`;
    set({
      files: files.map((f) => (f.name === from ? { ...f, name: target } : f)),
      activeFile: get().activeFile === from ? target : get().activeFile,
    });
    get().scheduleAnalysis();
    return null;
  },

  deleteFile(name) {
    const files = get().files;
    const index = files.findIndex((f) => f.name === name);
    if (index === -1) return;
    const remaining = files.filter((f) => f.name !== name);
    const activeFile = get().activeFile === name ? (remaining[Math.max(0, index - 1)]?.name ?? '') : get().activeFile;
    set({ files: remaining, activeFile });
    get().scheduleAnalysis();
  },

  setFileText(name, text) {
    const files = get().files;
    const file = files.find((f) => f.name === name);
    if (!file || file.text === text) return;
    set({ files: files.map((f) => (f.name === name ? { ...f, text } : f)) });
    get().scheduleAnalysis();
  },

  applyFileChange(change) {
    const files = get().files;
    if (files.some((f) => f.name === change.file)) {
      get().setFileText(change.file, change.text);
    } else {
      set({ files: [...files, { name: change.file, text: change.text }] });
      get().scheduleAnalysis();
    }
  },

  loadExample(example) {
    set({
      files: example.files.map((f) => ({ ...f })),
      activeFile: example.activeFile,
      kubernetesVersion: example.kubernetesVersion,
      selectedService: example.service,
      selection: null,
      requestRun: null,
      affinity: [],
      // A new workspace is a new cluster: events recorded against the old files do not carry over.
      ...clearedTimeline(),
      // The picture on screen is of other files: it is no last valid picture of these.
      partial: true,
    });
    get().scheduleAnalysis();
  },
});
