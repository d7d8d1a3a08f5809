import type { StateCreator } from 'zustand';
import { hasErrors, type Diagnostic } from '../engine';
import { seedDemo } from '../scenarios/seedDemo';
import type { AnalysisRunner } from './worker/analysisRunner';
import { timelineInput, timelineOutcome } from './timelineSlice';
import type { AnalysisSlice, StoreState } from './types';
import { versionOptions } from './versionsSlice';

/** A diagnostic for an engine failure, so it shows up in the problems list like any other. */
export function failureDiagnostic(file: string, error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', message: `The analysis failed: ${message}` };
}

/**
 * Whether the report on screen is that of the files as written: not while it is the last valid
 * state kept through errors (stale), nor while it leaves out objects in error (partial).
 */
export function reportIsCurrent(state: Pick<StoreState, 'report' | 'stale' | 'partial' | 'diagnostics'>): boolean {
  return state.report !== null && !state.stale && !(state.partial && hasErrors(state.diagnostics));
}

export function createAnalysisSlice(runner: AnalysisRunner): StateCreator<StoreState, [], [], AnalysisSlice> {
  return (set, get) => {
    let sequence = 0;
    let scheduled = false;
    let pending: Promise<void> = Promise.resolve();

    const analyze = (): Promise<void> => {
      const id = ++sequence;
      const state = get();
      const { files, kubernetesVersion, seed } = state;
      const run = runner.run(files, { kubernetesVersion, seed, timeline: timelineInput(state), ...versionOptions(get()) }).then(
        (report) => {
          if (!report || id !== sequence) return;
          if (!hasErrors(report.diagnostics)) {
            set({ report, diagnostics: report.diagnostics, stale: false, partial: false, requestRun: null, ...timelineOutcome(report) });
          } else if (get().report === null || get().partial) {
            // No valid picture to keep yet: draw what parses rather than nothing.
            set({ report, diagnostics: report.diagnostics, stale: false, partial: true, requestRun: null, ...timelineOutcome(report) });
          } else {
            set({ diagnostics: report.diagnostics, stale: true });
          }
        },
        (error: unknown) => {
          if (id !== sequence) return;
          set((state) => ({ diagnostics: [failureDiagnostic(state.activeFile, error)], stale: state.report !== null }));
        },
      );
      pending = run;
      return run;
    };

    return {
      report: null,
      stale: false,
      partial: false,
      diagnostics: [],
      kubernetesVersion: seedDemo.kubernetesVersion,
      seed: 1,

      setKubernetesVersion(version) {
        if (get().kubernetesVersion === version) return;
        set({ kubernetesVersion: version });
        get().scheduleAnalysis();
      },

      setSeed(seed) {
        set({ seed });
        get().scheduleAnalysis();
      },

      analyze,

      scheduleAnalysis() {
        if (scheduled) return;
        scheduled = true;
        pending = new Promise<void>((resolve) => {
          queueMicrotask(() => {
            scheduled = false;
            analyze().then(resolve, resolve);
          });
        });
      },

      async whenAnalysed() {
        let current: Promise<void>;
        do {
          current = pending;
          await current;
        } while (current !== pending);
      },
    };
  };
}
