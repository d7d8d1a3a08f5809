/**
 * Performs tour actions in Node, the way the page does but without the store: terminal lines go
 * through the terminal's runLine, canvas clicks become timeline events, toolbar edits change the
 * files, and waiting moves the simulated clock. The report is the live cluster's.
 */
import { analyzeFiles } from '../../src/engine/analyze';
import { decodeCluster } from '../../src/engine/decode/decodeCluster';
import { simulateCluster, type TimelineEvent } from '../../src/engine/events';
import { parseManifests } from '../../src/engine/parse/parseManifests';
import type { RoutingReport } from '../../src/engine/report';
import type { Example, StepAction } from '../../src/scenarios/types';
import { runLine } from '../../src/kubectl/executeCommand';
import type { WorkspaceFile } from '../../src/workspace/objectLocations';
import { editKubeProxy, editServiceSpec } from '../../src/workspace/workspaceEdits';

export class TourDriver {
  files: WorkspaceFile[];
  events: TimelineEvent[] = [];
  now = 0;
  private readonly example: Example;

  constructor(example: Example) {
    this.example = example;
    this.files = example.files.map((f) => ({ ...f }));
  }

  report(): RoutingReport {
    return analyzeFiles(this.files, {
      kubernetesVersion: this.example.kubernetesVersion,
      seed: 1,
      timeline: { events: this.events, now: this.now },
    });
  }

  perform(action: StepAction): void {
    if ('command' in action) {
      const parsed = parseManifests(this.files);
      const base = decodeCluster(parsed.documents, { version: this.example.kubernetesVersion }).cluster;
      const live = simulateCluster(base, this.events, this.now);
      const result = runLine(action.command, {
        report: this.report(),
        files: this.files,
        cluster: live.cluster,
        lifecycle: live.pods,
        now: this.now,
        seed: 1,
      });
      if (result.exitCode !== 0) throw new Error(`${action.command}\n${result.output}`);
      for (const event of result.events) this.push(event, action.command);
    } else if ('event' in action) {
      this.push(action.event, action.label);
    } else if ('toolbar' in action) {
      const change = editServiceSpec(this.files, action.toolbar.service, action.toolbar.field, action.toolbar.value);
      if (!change) throw new Error(`no Service ${action.toolbar.service} to edit`);
      this.setFile(change.file, change.text);
    } else if ('proxy' in action) {
      const change = editKubeProxy(
        this.files,
        action.proxy.scheduler ? { mode: action.proxy.mode, scheduler: action.proxy.scheduler } : { mode: action.proxy.mode },
      );
      this.setFile(change.file, change.text);
    } else {
      this.now += action.wait;
    }
  }

  private push(event: TimelineEvent['event'], label: string): void {
    this.events.push({ id: String(this.events.length + 1), at: this.now, event, label });
  }

  private setFile(name: string, text: string): void {
    this.files = this.files.some((f) => f.name === name)
      ? this.files.map((f) => (f.name === name ? { name, text } : f))
      : [...this.files, { name, text }];
  }
}
