import { describe, expect, it } from 'vitest';
import { editServicePolicy } from '../../src/workspace/policyEdits';

const service = `# the echo Service
apiVersion: v1
kind: Service
metadata:
  name: echo-svc
  annotations:
    service.kubernetes.io/topology-aware-hints: auto
spec:
  internalTrafficPolicy: Local
  selector:
    app: echo # the echo pods
  ports:
    - port: 80
      targetPort: 5678
`;

describe('editServicePolicy', () => {
  it('writes PreferSameNode: drops the topology annotations and Local, keeps the comments', () => {
    const change = editServicePolicy([{ name: 'svc.yaml', text: service }], 'default/echo-svc', {
      trafficDistribution: 'PreferSameNode',
      internalTrafficPolicy: 'Cluster',
    });
    expect(change?.file).toBe('svc.yaml');
    expect(change?.text).toBe(`# the echo Service
apiVersion: v1
kind: Service
metadata:
  name: echo-svc
spec:
  internalTrafficPolicy: Cluster
  selector:
    app: echo # the echo pods
  ports:
    - port: 80
      targetPort: 5678
  trafficDistribution: PreferSameNode
`);
  });

  it('writes topology-mode Auto and removes trafficDistribution', () => {
    const text = service
      .replace('spec:\n', 'spec:\n  trafficDistribution: PreferClose\n')
      .replace('    service.kubernetes.io/topology-aware-hints: auto\n', '    team: web\n');
    const change = editServicePolicy([{ name: 'svc.yaml', text }], 'default/echo-svc', {
      topologyMode: 'Auto',
      internalTrafficPolicy: 'Local',
    });
    expect(change?.text).toContain('  annotations:\n    team: web\n    service.kubernetes.io/topology-mode: Auto\n');
    expect(change?.text).not.toContain('trafficDistribution');
    expect(change?.text).toContain('internalTrafficPolicy: Local');
  });

  it('is undefined for a Service that is not in the files', () => {
    expect(editServicePolicy([{ name: 'svc.yaml', text: service }], 'default/other', { internalTrafficPolicy: 'Cluster' })).toBeUndefined();
  });
});
