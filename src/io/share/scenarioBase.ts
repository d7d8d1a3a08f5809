/**
 * Links to a built-in scenario stay short: files equal to the scenario's go as their name alone
 * and are filled in from the scenario when the link is opened.
 */
import { EXAMPLES, findBuiltinScenario, type Example } from '../../scenarios/examples';
import type { SharedFile } from './shareTypes';

/** A file in a document: with its text, or (under a scenario) its name only. */
export interface MaybeSharedFile {
  name: string;
  text?: string;
}

/** The files with the scenario's unchanged ones reduced to their names. */
export function diffAgainstScenario(files: readonly SharedFile[], scenario: Example | undefined): MaybeSharedFile[] {
  if (!scenario) return files.map((f) => ({ name: f.name, text: f.text }));
  const base = new Map(scenario.files.map((f) => [f.name, f.text]));
  return files.map((f) => (base.get(f.name) === f.text ? { name: f.name } : { name: f.name, text: f.text }));
}

/** True when the files are exactly the scenario's, in its order: a link then needs no file list. */
export function isUnchangedScenario(files: readonly MaybeSharedFile[], scenario: Example): boolean {
  return files.length === scenario.files.length && files.every((f, i) => f.text === undefined && f.name === scenario.files[i]!.name);
}

/**
 * Fills name-only files (or a missing file list) from the scenario; throws a message when it
 * cannot.
 */
export function resolveAgainstScenario(files: unknown, scenarioId: unknown): unknown {
  const scenario = typeof scenarioId === 'string' ? findBuiltinScenario(scenarioId) : undefined;
  if (files === undefined && scenarioId !== undefined) {
    if (!scenario) throw new Error('it refers to a scenario this playground does not have');
    return scenario.files.map((f) => ({ name: f.name, text: f.text }));
  }
  if (!Array.isArray(files)) return files;
  return files.map((file: unknown) => {
    if (typeof file !== 'object' || file === null || 'text' in file) return file;
    const name = (file as { name?: unknown }).name;
    const text = scenario?.files.find((f) => f.name === name)?.text;
    if (text === undefined)
      throw new Error(
        scenario ? 'it refers to a file the scenario does not have' : 'it refers to a scenario this playground does not have',
      );
    return { name, text };
  });
}

/** The built-in scenario the files share most unchanged files with, if any. */
export function closestScenario(files: readonly SharedFile[]): Example | undefined {
  let best: Example | undefined;
  let bestCount = 0;
  for (const example of EXAMPLES) {
    const count = diffAgainstScenario(files, example).filter((f) => f.text === undefined).length;
    if (count > bestCount) {
      best = example;
      bestCount = count;
    }
  }
  return best;
}
