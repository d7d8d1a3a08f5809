import { describe, expect, it } from 'vitest';
import { terminalContext } from '../../src/state/terminalContext';
import type { StoreState } from '../../src/state/types';

const service = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  trafficDistribution: PreferSameNode
  ports:
    - port: 80
`;

function state(controlPlaneGates: Record<string, boolean>): StoreState {
  return {
    files: [{ name: 'svc.yaml', text: service }],
    kubernetesVersion: '1.34',
    controlPlaneGates,
    kubeProxyVersion: undefined,
    timeline: [],
    cursor: 0,
    now: 0,
    report: null,
    seed: 1,
    terminalHistory: [],
    affinity: {},
  } as unknown as StoreState;
}

describe('terminalContext', () => {
  it("decodes the live objects with the Versions panel's gates, as the analysis does", () => {
    expect(terminalContext(state({})).cluster?.services.map((s) => s.metadata.name)).toEqual(['web']);
    // With PreferSameTrafficDistribution off the API server refuses PreferSameNode: no such Service.
    expect(terminalContext(state({ PreferSameTrafficDistribution: false })).cluster?.services).toEqual([]);
  });
});
