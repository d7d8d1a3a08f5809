/**
 * The JSON document inside a link or a shared file, without the link's compression: local saves
 * and imported files are read with this alone, so they never load the deflate code.
 */
import { migrate, SHARE_VERSION } from './migrations';
import { findBuiltinScenario } from '../../scenarios/examples';
import { diffAgainstScenario, isUnchangedScenario, resolveAgainstScenario } from './scenarioBase';
import type { ShareStateV1 } from './shareTypes';
import { validateShareState, type Checked } from './validateShareState';

export type DecodeResult = Checked<ShareStateV1>;

/** The document a link or a shared file holds: the state, with scenario files as names only. */
export function toShareDocument(state: ShareStateV1): Record<string, unknown> {
  const scenario = state.scenario ? findBuiltinScenario(state.scenario.id) : undefined;
  const files = diffAgainstScenario(state.files, scenario);
  const doc: Record<string, unknown> = { ...state, v: SHARE_VERSION, files };
  if (scenario && isUnchangedScenario(files, scenario)) delete doc.files;
  return doc;
}

/** A document of any known version (a parsed link payload or shared file) as a valid current state. */
export function decodeShareDocument(doc: unknown, version: number): DecodeResult {
  try {
    if (typeof doc === 'object' && doc !== null && 'v' in doc && (doc as { v: unknown }).v !== version && version >= 1) {
      return { ok: false, error: 'its version does not match its contents' };
    }
    const current = migrate(doc, version) as Record<string, unknown>;
    if (typeof current !== 'object' || current === null) return { ok: false, error: 'it holds no playground state' };
    const scenario = current.scenario as { id?: unknown } | undefined;
    return validateShareState({ ...current, files: resolveAgainstScenario(current.files, scenario?.id) });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'it could not be read' };
  }
}
