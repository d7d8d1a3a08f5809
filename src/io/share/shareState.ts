/**
 * Share links: the playground's whole state as a URL fragment, `v1.<base64url(deflate(json))>`.
 * Decoding treats the fragment as untrusted data: size limits before and after decompressing,
 * JSON.parse (never evaluated), migrations from older versions, then field-by-field validation.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { boundedInflate, TooLargeError } from './boundedInflate';
import { isCompressedVersion, SHARE_VERSION } from './migrations';
import { decodeShareDocument, toShareDocument, type DecodeResult } from './shareDocument';
import { SHARE_LIMITS, type ShareStateV1 } from './shareTypes';

export { decodeShareDocument, toShareDocument, type DecodeResult } from './shareDocument';
export { captureShareState, restoreShareState } from './storeSnapshot';
export { SHARE_LIMITS, SHARE_URL_MAX, type ShareStateV1, type SharedFile } from './shareTypes';

/**
 * Encodes the state as a fragment (without the `#`).
 *
 * @example
 * encodeShareFragment({ v: 1, files: [{ name: 'a.yaml', text: 'kind: Pod\n' }], kubernetesVersion: '1.34' });
 * // 'v1.q1ZKS…'
 */
export function encodeShareFragment(state: ShareStateV1): string {
  const json = JSON.stringify(toShareDocument(state));
  return `v${SHARE_VERSION}.${bytesToBase64url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/**
 * Decodes a fragment made by encodeShareFragment (or by an older version of it).
 *
 * @example
 * const result = decodeShareFragment(location.hash.slice('#s='.length));
 * if (!result.ok) console.log(`This link cannot be opened: ${result.error}`);
 */
export function decodeShareFragment(fragment: string): DecodeResult {
  if (fragment.length > SHARE_LIMITS.fragmentChars) return { ok: false, error: 'it is too long' };
  const match = /^v(\d{1,3})\.(.*)$/s.exec(fragment);
  if (!match) return { ok: false, error: 'it does not start with a format version such as v1.' };
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return { ok: false, error: `it was made by a newer playground (format v${version})` };
  const bytes = base64urlToBytes(match[2]!);
  if (!bytes) return { ok: false, error: 'its data is not base64url' };
  let json: string;
  try {
    const raw = isCompressedVersion(version) ? boundedInflate(bytes, SHARE_LIMITS.jsonBytes) : bytes;
    if (raw.length > SHARE_LIMITS.jsonBytes) throw new TooLargeError('too large');
    json = strFromU8(raw);
  } catch (error) {
    return { ok: false, error: error instanceof TooLargeError ? 'it is too large once decompressed' : 'its data is damaged' };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { ok: false, error: 'its data is not JSON' };
  }
  return decodeShareDocument(doc, version);
}
