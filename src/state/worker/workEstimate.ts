/**
 * How much work an analysis is, read cheaply from the text: a 300-character Deployment with
 * `replicas: 150000` is a large cluster, so the choice of thread cannot rest on text length alone.
 */
import type { AnalyzeOptions } from '../../engine/analyze';
import type { SourceFile } from '../../engine';

const REPLICAS = /^[ \t-]*replicas:[ \t]*["']?(\d+)/gm;

/** Pods the analysis may simulate: the sum of every `replicas:` written (files, and the timeline's applies and scales). */
export function estimatedPods(files: readonly SourceFile[], options: Pick<AnalyzeOptions, 'timeline'> = {}): number {
  let pods = 0;
  const scan = (text: string) => {
    REPLICAS.lastIndex = 0;
    for (let match = REPLICAS.exec(text); match; match = REPLICAS.exec(text)) pods += Math.min(Number(match[1]), 1e9);
  };
  for (const file of files) scan(file.text);
  for (const entry of options.timeline?.events ?? []) {
    const event = entry.event as { type?: string; replicas?: unknown; text?: unknown };
    if (event.type === 'deployment.scale' && typeof event.replicas === 'number') pods += Math.min(event.replicas, 1e9);
    if (event.type === 'apply' && typeof event.text === 'string') scan(event.text);
  }
  return pods;
}
