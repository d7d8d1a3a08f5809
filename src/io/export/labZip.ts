/** The real-cluster lab as a zip: one folder, scripts with their executable bit. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { LabFile } from '../../format/lab/labTypes';

/** Unix mode bits in the zip's external attributes (made on Unix, os = 3). */
const MODE = (mode: number) => ({ os: 3, attrs: (0o100000 | mode) << 16 });

/**
 * @example
 * zipLab('ktp-lab', [{ path: 'setup.sh', text: '#!/usr/bin/env bash\n', executable: true }]); // "PK…"
 */
export function zipLab(folder: string, files: readonly LabFile[]): Uint8Array {
  const entries: Zippable = {};
  // A fixed date keeps the same lab giving the same bytes.
  for (const file of files) {
    entries[`${folder}/${file.path}`] = [strToU8(file.text), { mtime: new Date(2000, 0, 1), ...MODE(file.executable ? 0o755 : 0o644) }];
  }
  return zipSync(entries, { level: 6 });
}
