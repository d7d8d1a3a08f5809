/**
 * Typed field readers: a value of the wrong JSON type is an error (the API server cannot
 * decode it into its Go type) and reads as absent. Paths are built only when reporting.
 */
import { formatValue, renderPath, type FieldPath } from '../validation/fieldErrors';
import type { IntOrPercent } from '../model';
import type { ObjectContext } from './objectContext';
import { MAX_INT32, MIN_INT32 } from '../limits';

export type Obj = Record<string, unknown>;

const INT64_LIMIT = 2 ** 63;

/**
 * Whether a whole number fits the Go integer type the API server decodes it into: `3e9` or
 * `1e308` is not an int32, and Go's json decoder refuses it rather than wrapping it around.
 */
export function fitsGoInt(value: number, goType: string): boolean {
  if (goType === 'int32') return value >= MIN_INT32 && value <= MAX_INT32;
  return value >= -INT64_LIMIT && value < INT64_LIMIT;
}

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

function typeError(ctx: ObjectContext, path: FieldPath, value: unknown, goType: string, mapKeys = 0): void {
  ctx.error(
    path,
    `${renderPath(path, mapKeys)}: Invalid value: ${formatValue(value)}: cannot unmarshal ${jsonType(value)} into a field of type ${goType}`,
  );
}

/**
 * An intstr.IntOrString such as maxSurge or minAvailable: a string, or else what decodes as an
 * int32 (so `1.5` or a list is reported as Go's json decoder would).
 */
export function readIntOrPercent(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): IntOrPercent | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value) && fitsGoInt(value, 'int32'))) return value;
  typeError(ctx, [...parent, key], value, 'int32');
  return undefined;
}

/** `null` means "unset" in Kubernetes manifests, as with `selector: ~`. */
export function readString(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  typeError(ctx, [...parent, key], value, 'string');
  return undefined;
}

export function readInt(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath, goType = 'int32'): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && fitsGoInt(value, goType)) return value;
  typeError(ctx, [...parent, key], value, goType);
  return undefined;
}

export function readBool(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): boolean | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  typeError(ctx, [...parent, key], value, 'bool');
  return undefined;
}

export function readObj(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): Obj | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (isObj(value)) return value;
  typeError(ctx, [...parent, key], value, 'object');
  return undefined;
}

export function readArray(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): unknown[] {
  const value = obj[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  typeError(ctx, [...parent, key], value, 'array');
  return [];
}

/** Items of an array that must be objects; others are reported and skipped (index kept). */
export function readObjArray(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): { item: Obj; index: number }[] {
  const out: { item: Obj; index: number }[] = [];
  const items = readArray(obj, key, ctx, parent);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (isObj(item)) out.push({ item, index: i });
    else typeError(ctx, [...parent, key, i], item, 'object');
  }
  return out;
}

/** readObjArray without the wrappers, for fields read once per object of a large cluster. */
export function forEachObj(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath, fn: (item: Obj, index: number) => void): void {
  forEachObjItem(readArray(obj, key, ctx, parent), ctx, parent, key, fn);
}

/** The object items of `items` (the array at `key` under `parent`); others are reported and skipped. */
export function forEachObjItem(
  items: readonly unknown[],
  ctx: ObjectContext,
  parent: FieldPath,
  key: string,
  fn: (item: Obj, index: number) => void,
): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (isObj(item)) fn(item, i);
    else typeError(ctx, [...parent, key, i], item, 'object');
  }
}

export function readStringArray(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): string[] {
  const items = readArray(obj, key, ctx, parent);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === 'string') out.push(item);
    else typeError(ctx, [...parent, key, i], item, 'string');
  }
  return out;
}

/** map[string]string such as labels, annotations, selectors and nodeSelector. */
export function readStringMap(obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): Record<string, string> | undefined {
  const value = readObj(obj, key, ctx, parent);
  if (!value) return undefined;
  for (const k in value) {
    if (typeof value[k] !== 'string') {
      // NOTE: `app: true` or `version: 2` in labels is a classic YAML trap: kubectl sends a bool/number and the API server refuses it.
      const copy: Record<string, string> = {};
      for (const k2 in value) {
        const v = value[k2];
        if (typeof v === 'string') copy[k2] = v;
        else typeError(ctx, [...parent, key, k2], v, 'string', 1);
      }
      return copy;
    }
  }
  return value as Record<string, string>;
}

// The readers above for a value the caller read by name (`obj.key`, a fast named load at its call
// site, where obj[key] inside a shared reader is a slow generic one): for fields every object of a
// large cluster has. The typed reader runs only for a value of the wrong type, to report it.

/** readString of `value`, which is `obj[key]`. */
export function stringValue(value: unknown, obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): string | undefined {
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? undefined : readString(obj, key, ctx, parent);
}

/** readObj of `value`, which is `obj[key]`. */
export function objValue(value: unknown, obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): Obj | undefined {
  if (isObj(value)) return value;
  return value === undefined || value === null ? undefined : readObj(obj, key, ctx, parent);
}

/** readArray of `value`, which is `obj[key]`. */
export function arrayValue(value: unknown, obj: Obj, key: string, ctx: ObjectContext, parent: FieldPath): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : readArray(obj, key, ctx, parent);
}

/** readInt of `value`, which is `obj[key]`. */
export function intValue(
  value: unknown,
  obj: Obj,
  key: string,
  ctx: ObjectContext,
  parent: FieldPath,
  goType = 'int32',
): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && fitsGoInt(value, goType)) return value;
  return value === undefined || value === null ? undefined : readInt(obj, key, ctx, parent, goType);
}

/** readStringMap of `value`, which is `obj[key]`. */
export function stringMapValue(
  value: unknown,
  obj: Obj,
  key: string,
  ctx: ObjectContext,
  parent: FieldPath,
): Record<string, string> | undefined {
  return value === undefined || value === null ? undefined : readStringMap(obj, key, ctx, parent);
}
