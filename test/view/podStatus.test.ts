import { describe, expect, it } from 'vitest';
import { appColorSlots, appOf } from '../../src/view/appColors';
import { podStatus } from '../../src/view/podStatus';

describe('podStatus', () => {
  const running = { phase: 'Running' as const, ready: true, terminating: false, node: 'n1' };
  it('distinguishes ready, not ready, terminating and pending by shape and text', () => {
    const looks = [
      podStatus(running),
      podStatus({ ...running, ready: false }),
      podStatus({ ...running, terminating: true }),
      podStatus({ phase: 'Pending', ready: false, terminating: false }),
      podStatus({ ...running, phase: 'Failed', ready: false }),
    ];
    expect(looks.map((l) => l.status)).toEqual(['ready', 'not-ready', 'terminating', 'pending', 'finished']);
    expect(new Set(looks.map((l) => l.shape)).size).toBe(5);
    expect(looks.map((l) => l.text)).toEqual(['Ready', 'Not ready', 'Terminating', 'Pending', 'Failed']);
  });
});

describe('appColorSlots', () => {
  it('gives distinct apps distinct slots in name order, independent of pod order, and skips clients', () => {
    const pod = (app: string | undefined, client = false) => ({
      labels: (app ? { app } : {}) as Record<string, string>,
      selectedBy: [] as string[],
      client,
    });
    const pods = [pod('web'), pod('echo'), pod('web'), pod('api'), pod('tool', true)];
    expect([...appColorSlots(pods)]).toEqual([
      ['api', 0],
      ['echo', 1],
      ['web', 2],
    ]);
    expect(appColorSlots([...pods].reverse())).toEqual(appColorSlots(pods));
    expect(appOf({ labels: {}, selectedBy: ['default/svc'] })).toBe('default/svc');
  });
});
