/** The shared state's shape (format v1) and its limits. */
import type { ThemePreference } from '../../state/types';

export interface SharedFile {
  name: string;
  text: string;
}

export interface ShareStateV1 {
  v: 1;
  files: SharedFile[];
  kubernetesVersion: string;
  /** Cluster events of the timeline, as the timeline records them. */
  timeline?: unknown[];
  cursor?: number;
  selection?: { kind: string; id: string } | null;
  selectedService?: string | null;
  theme?: ThemePreference;
  /**
   * The built-in scenario the files started from (links then carry only the changes); during a
   * tour, its step, and `performed` once the step's actions ran.
   */
  scenario?: { id: string; step?: number; performed?: true };
  /** The file the editor shows. */
  activeFile?: string;
  /** Seed of the simulated requests and generated names. */
  seed?: number;
  /** The IP family shown for a dual-stack Service; absent: its primary family. */
  ipFamily?: 'IPv4' | 'IPv6';
}

/** What a link or a shared file may hold at most: checked before and after decompressing. */
export const SHARE_LIMITS = {
  /** Characters of the encoded fragment (Chromium's URL limit is 2 MB). */
  fragmentChars: 2_000_000,
  /** Bytes of JSON once decompressed. */
  jsonBytes: 5_000_000,
  files: 500,
  fileNameChars: 200,
  /** Characters of YAML over all files. */
  textChars: 5_000_000,
  timelineEvents: 10_000,
  idChars: 1_000,
} as const;

/** Links longer than this are offered as a file instead: common limits of chat tools, proxies and old browsers sit near 8 K. */
export const SHARE_URL_MAX = 8_000;
