import { expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { toWire } from '../../../src/engine/reportWire';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { createAnalysisRunner } from '../../../src/state/worker/analysisRunner';
import type { AnalysisRequest, AnalysisResponse } from '../../../src/state/worker/protocol';

/** A Worker whose messages are structured-cloned both ways, as postMessage does. */
class CloningWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  postMessage(message: AnalysisRequest) {
    const request = structuredClone(message);
    setTimeout(
      () =>
        this.onmessage?.({
          data: structuredClone({ id: request.id, report: toWire(analyzeFiles(request.files, request.options)) }),
        } as MessageEvent<AnalysisResponse>),
      1,
    );
  }
  terminate() {}
}

it('the analysis worker replays the timeline it is sent, like the main thread', async () => {
  const runner = createAnalysisRunner({ threshold: 10, createWorker: () => new CloningWorker() as unknown as Worker });
  const timeline = {
    events: [{ id: '1', at: 0, event: { type: 'node.drain' as const, node: 'mnode-m03' }, label: 'kubectl drain mnode-m03' }],
    now: 40,
  };
  const inWorker = await runner.run(seedDemo.files, { kubernetesVersion: '1.34', timeline });
  const onMain = analyzeFiles(seedDemo.files, { kubernetesVersion: '1.34', timeline });
  expect(inWorker!.live!.drift).toEqual(onMain.live!.drift);
  expect(inWorker!.pods.map((p) => `${p.name}@${p.node}`)).toEqual(onMain.pods.map((p) => `${p.name}@${p.node}`));
  expect(onMain.pods.filter((p) => p.labels.app === 'echo').map((p) => p.node)).toEqual(['mnode-m02', 'mnode-m02']);
  expect(onMain.live!.log.at(-1)!.message).toMatch(/^Killing: pod default\/echo-\S+ stopped and removed$/);
});
