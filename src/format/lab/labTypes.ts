/** A real-cluster lab: the files that recreate a workspace on kind or minikube. */
import type { AnalyzeOptions } from '../../engine/analyze';
import type { SourceFile, TimelineEvent } from '../../engine';

export type LabTool = 'kind' | 'minikube';
export const LAB_TOOLS: readonly LabTool[] = ['kind', 'minikube'];

export interface LabInput {
  tool: LabTool;
  /** The workspace's files, as written. */
  files: readonly SourceFile[];
  /** The timeline's events, in order: each becomes a step of steps.sh. */
  events?: readonly TimelineEvent[];
  /** Version, feature gates, seed: what the playground's analysis used. */
  options?: Pick<AnalyzeOptions, 'kubernetesVersion' | 'featureGates' | 'kubeProxyVersion' | 'seed'>;
  /** Requests per route in expected.txt and hit.sh's default; 20 as in the article. */
  requests?: number;
}

export interface LabFile {
  /** Path inside the lab folder, e.g. `manifests/echo.yaml`. */
  path: string;
  text: string;
  /** A script: written with the executable bit. */
  executable?: boolean;
}

export interface Lab {
  files: LabFile[];
  /** Why the lab cannot be made (the workspace has errors); no files then. */
  error?: string;
}
