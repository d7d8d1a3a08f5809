import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/engine/events';
import { runLine } from '../../src/kubectl/executeCommand';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { liveSeedContext } from './seedContext';

/** The seed demo's live cluster after `lines` run one after the other at t=0, at `now`. */
function after(lines: string[], now: number, files = seedDemo.files) {
  const events: TimelineEvent[] = [];
  for (const [i, line] of lines.entries()) {
    const result = runLine(line, liveSeedContext(events, 0, files));
    expect(result.exitCode, `${line}: ${result.output}`).toBe(0);
    events.push(...result.events.map((event) => ({ id: String(i), at: 0, event, label: line })));
  }
  return liveSeedContext(events, now, files);
}
const run = (line: string, context: ReturnType<typeof after>) => runLine(line, context);
const newImage = 'kubectl set image deploy/echo echo=hashicorp/http-echo:1.0';

describe('kubectl rollout pause and resume', () => {
  test('pause holds a new image back; resume rolls it out', () => {
    const paused = after(['kubectl rollout pause deploy/echo', newImage], 60);
    expect(run('kubectl rollout status deploy/echo', paused).output).toBe(
      'Waiting for deployment "echo" rollout to finish: 0 out of 2 new replicas have been updated...\n(the Deployment is paused: kubectl rollout resume deploy/echo)',
    );
    expect(run('kubectl get deploy echo', paused).output.split('\n')[1]).toMatch(/^echo\s+2\/2\s+0\s+2\s+/);
    expect(run('kubectl describe deploy echo', paused).output).toMatch(/Progressing\s+Unknown\s+DeploymentPaused/);
    const resumed = after(['kubectl rollout pause deploy/echo', newImage, 'kubectl rollout resume deploy/echo'], 60);
    expect(run('kubectl rollout status deploy/echo', resumed).output).toBe('deployment "echo" successfully rolled out');
    expect(run('kubectl get deploy echo', resumed).output.split('\n')[1]).toMatch(/^echo\s+2\/2\s+2\s+2\s+/);
  });

  test('pause twice, or resume what is not paused, is refused as kubectl does', () => {
    const paused = after(['kubectl rollout pause deploy/echo'], 1);
    expect(run('kubectl rollout pause deploy/echo', paused)).toMatchObject({
      exitCode: 1,
      output: 'error: deployments.apps "echo" is already paused',
      events: [],
    });
    expect(run('kubectl rollout resume deploy/echo', after([], 1))).toMatchObject({
      exitCode: 1,
      output: 'error: deployments.apps "echo" is not paused',
      events: [],
    });
    expect(run('kubectl rollout pause svc/echo-svc', paused).output).toMatch(/"echo-svc" pausing is not supported/);
  });
});

describe('kubectl rollout status reads the Deployment controller’s status', () => {
  test('a rollout whose pods cannot be placed exceeds its progress deadline', () => {
    const patch = `kubectl patch deploy echo -p '{"spec":{"progressDeadlineSeconds":60,"template":{"spec":{"nodeSelector":{"kubernetes.io/hostname":"nowhere"}}}}}'`;
    expect(run('kubectl rollout status deploy/echo', after([patch], 59)).output).toMatch(
      /^Waiting for deployment "echo" rollout to finish: 1 out of 2 new replicas have been updated/,
    );
    const late = after([patch], 61);
    const failed = run('kubectl rollout status deploy/echo', late);
    expect(failed.exitCode).toBe(1);
    expect(failed.output.split('\n')[0]).toBe('error: deployment "echo" exceeded its progress deadline');
    expect(run('kubectl describe deploy echo', late).output).toMatch(/Progressing\s+False\s+ProgressDeadlineExceeded/);
    // The old pods still serve: the Deployment keeps minimum availability.
    expect(run('kubectl describe deploy echo', late).output).toMatch(/Available\s+True\s+MinimumReplicasAvailable/);
  });

  test('minReadySeconds: a Ready new pod is not available yet, and the old ones wait', () => {
    const slow = `kubectl patch deploy echo -p '{"spec":{"minReadySeconds":30}}'`;
    const early = after([slow, newImage], 10);
    // maxSurge 1 and maxUnavailable 0 (25% of 2): one new pod, Ready at 5 s but available only at 35 s, so both old pods stay.
    expect(run('kubectl get deploy echo', early).output.split('\n')[1]).toMatch(/^echo\s+3\/2\s+1\s+2\s+/);
    expect(run('kubectl rollout status deploy/echo', early).output).toMatch(/1 out of 2 new replicas have been updated/);
    const done = after([slow, newImage], 120);
    expect(run('kubectl rollout status deploy/echo', done).output).toBe('deployment "echo" successfully rolled out');
    expect(run('kubectl get deploy echo -o yaml', done).output).toMatch(/minReadySeconds: 30/);
  });
});
