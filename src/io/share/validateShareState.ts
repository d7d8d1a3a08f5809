/**
 * Checks a decoded v1 document field by field and builds a fresh ShareStateV1 from what passed.
 * Nothing in it is ever evaluated; unknown fields are dropped.
 */
import { isPlainObject, isKubeVersion } from '../../engine';
import { SHARE_LIMITS, type ShareStateV1 } from './shareTypes';
import { checkTimeline } from './validateTimeline';

export type Checked<T> = { ok: true; state: T } | { ok: false; error: string };

const SELECTION_KINDS = new Set(['pod', 'node', 'zone', 'service', 'external']);
const THEMES = new Set(['system', 'light', 'dark']);

const shortString = (value: unknown): value is string => typeof value === 'string' && value.length <= SHARE_LIMITS.idChars;

/** Why a shared file name is refused, or null. Names become tabs and zip entries, never HTML. */
export function sharedFileNameProblem(name: string): string | null {
  if (!name.trim()) return 'a file has an empty name';
  if (name.length > SHARE_LIMITS.fileNameChars) return `a file name is longer than ${SHARE_LIMITS.fileNameChars} characters`;
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f]/.test(name)) return 'a file name contains a slash or a control character';
  return null;
}

/** A validated copy of `doc` (a v1 document with every file's text present), or why not. */
export function validateShareState(doc: unknown): Checked<ShareStateV1> {
  if (!isPlainObject(doc) || doc.v !== 1) return { ok: false, error: 'it is not a version 1 playground state' };
  if (!Array.isArray(doc.files)) return { ok: false, error: 'it has no list of files' };
  if (doc.files.length > SHARE_LIMITS.files) return { ok: false, error: `it has more than ${SHARE_LIMITS.files} files` };
  const files: ShareStateV1['files'] = [];
  const names = new Set<string>();
  let chars = 0;
  for (const file of doc.files) {
    if (!isPlainObject(file) || typeof file.name !== 'string' || typeof file.text !== 'string')
      return { ok: false, error: 'a file is not a name and a text' };
    const problem = sharedFileNameProblem(file.name);
    if (problem) return { ok: false, error: problem };
    if (names.has(file.name)) return { ok: false, error: 'two files have the same name' };
    names.add(file.name);
    chars += file.text.length;
    if (chars > SHARE_LIMITS.textChars) return { ok: false, error: `its files hold more than ${SHARE_LIMITS.textChars} characters` };
    files.push({ name: file.name, text: file.text });
  }
  if (!isKubeVersion(doc.kubernetesVersion)) return { ok: false, error: 'it names a Kubernetes version this playground does not model' };

  const state: ShareStateV1 = { v: 1, files, kubernetesVersion: doc.kubernetesVersion };
  if (Array.isArray(doc.timeline)) {
    if (doc.timeline.length > SHARE_LIMITS.timelineEvents)
      return { ok: false, error: `its timeline has more than ${SHARE_LIMITS.timelineEvents} events` };
    const timeline = checkTimeline(doc.timeline);
    if (!timeline) return { ok: false, error: 'its timeline holds something that is not a cluster event' };
    state.timeline = timeline;
  }
  if (Number.isSafeInteger(doc.cursor) && (doc.cursor as number) >= 0) state.cursor = doc.cursor as number;
  if (doc.selection === null) state.selection = null;
  else if (isPlainObject(doc.selection) && SELECTION_KINDS.has(doc.selection.kind as string) && shortString(doc.selection.id)) {
    state.selection = { kind: doc.selection.kind as string, id: doc.selection.id };
  }
  if (doc.selectedService === null || shortString(doc.selectedService)) state.selectedService = doc.selectedService;
  if (THEMES.has(doc.theme as string)) state.theme = doc.theme as ShareStateV1['theme'];
  if (isPlainObject(doc.scenario) && shortString(doc.scenario.id)) {
    state.scenario = { id: doc.scenario.id };
    if (Number.isSafeInteger(doc.scenario.step) && (doc.scenario.step as number) >= 0) state.scenario.step = doc.scenario.step as number;
    if (doc.scenario.performed === true && state.scenario.step !== undefined) state.scenario.performed = true;
  }
  if (typeof doc.activeFile === 'string' && names.has(doc.activeFile)) state.activeFile = doc.activeFile;
  if (Number.isSafeInteger(doc.seed)) state.seed = doc.seed as number;
  if (doc.ipFamily === 'IPv4' || doc.ipFamily === 'IPv6') state.ipFamily = doc.ipFamily;
  return { ok: true, state };
}
