/**
 * Tour and challenge progress, kept in localStorage so a workshop survives a reload. Read
 * defensively: whatever is stored is data from an earlier version or another tab.
 */
import { readPreference, writePreference } from './persisted';

export interface ScenarioProgress {
  /** Indexes of the steps whose checks passed. */
  passedSteps: number[];
  /** Ids of the challenges the engine confirmed. */
  solvedChallenges: string[];
}

export interface TourProgress {
  scenarios: Record<string, ScenarioProgress>;
  /** Where the last tour stood, to resume it. */
  last?: { scenario: string; step: number };
}

const KEY = 'scenario-progress';

const isIdList = (value: unknown, test: (x: unknown) => boolean): boolean =>
  Array.isArray(value) && value.length <= 200 && value.every(test);

/** Keeps only well-formed entries of a stored value. */
export function sanitizeProgress(value: unknown): TourProgress {
  const out: TourProgress = { scenarios: {} };
  if (typeof value !== 'object' || value === null) return out;
  const { scenarios, last } = value as { scenarios?: unknown; last?: unknown };
  if (typeof scenarios === 'object' && scenarios !== null) {
    for (const [id, entry] of Object.entries(scenarios).slice(0, 100)) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { passedSteps, solvedChallenges } = entry as Partial<Record<keyof ScenarioProgress, unknown>>;
      out.scenarios[id] = {
        passedSteps: isIdList(passedSteps, (x) => Number.isInteger(x) && (x as number) >= 0) ? (passedSteps as number[]) : [],
        solvedChallenges: isIdList(solvedChallenges, (x) => typeof x === 'string' && x.length <= 100) ? (solvedChallenges as string[]) : [],
      };
    }
  }
  if (typeof last === 'object' && last !== null) {
    const { scenario, step } = last as { scenario?: unknown; step?: unknown };
    if (typeof scenario === 'string' && Number.isInteger(step) && (step as number) >= 0) out.last = { scenario, step: step as number };
  }
  return out;
}

export function loadProgress(): TourProgress {
  const raw = readPreference(KEY);
  if (!raw) return { scenarios: {} };
  try {
    return sanitizeProgress(JSON.parse(raw));
  } catch {
    return { scenarios: {} };
  }
}

export function saveProgress(progress: TourProgress): void {
  writePreference(KEY, JSON.stringify(progress));
}

const entryOf = (progress: TourProgress, id: string): ScenarioProgress =>
  progress.scenarios[id] ?? { passedSteps: [], solvedChallenges: [] };

export function withPassedStep(progress: TourProgress, id: string, step: number): TourProgress {
  const entry = entryOf(progress, id);
  if (entry.passedSteps.includes(step)) return progress;
  return {
    ...progress,
    scenarios: { ...progress.scenarios, [id]: { ...entry, passedSteps: [...entry.passedSteps, step].sort((a, b) => a - b) } },
  };
}

export function withSolvedChallenge(progress: TourProgress, id: string, challenge: string): TourProgress {
  const entry = entryOf(progress, id);
  if (entry.solvedChallenges.includes(challenge)) return progress;
  return {
    ...progress,
    scenarios: { ...progress.scenarios, [id]: { ...entry, solvedChallenges: [...entry.solvedChallenges, challenge] } },
  };
}
