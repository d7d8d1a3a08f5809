import { describe, expect, it } from 'vitest';
import { findPort, getEndpointPorts, portMapKey } from '../../../src/engine/endpointslice/getEndpointPorts';
import { makePod, makeService } from './fixtures';

// After k8s.io/endpointslice utils_test.go TestGetEndpointPorts / TestFindPort.
describe('getEndpointPorts', () => {
  it('numeric targetPort is used as is, even without container ports', () => {
    const svc = makeService('s', { ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 80 }] });
    expect(getEndpointPorts(svc, makePod('p'))).toEqual([{ name: 'http', port: 80, protocol: 'TCP' }]);
  });

  it('named targetPort resolves through the container ports', () => {
    const svc = makeService('s', {
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 80 },
        { name: 'https', protocol: 'TCP', port: 443, targetPort: 'https' },
      ],
    });
    const pod = makePod('p', { ports: [{ name: 'https', containerPort: 443, protocol: 'TCP' }] });
    expect(getEndpointPorts(svc, pod)).toEqual([
      { name: 'http', port: 80, protocol: 'TCP' },
      { name: 'https', port: 443, protocol: 'TCP' },
    ]);
  });

  it('a missing named port leaves that port out of the pod set', () => {
    const svc = makeService('s', {
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 'http' },
        { name: 'metrics', protocol: 'TCP', port: 9090, targetPort: 'metrics' },
      ],
    });
    const pod = makePod('p', { ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] });
    expect(getEndpointPorts(svc, pod)).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
  });

  it('a named port must match the protocol too', () => {
    const pod = makePod('p', { ports: [{ name: 'dns', containerPort: 53, protocol: 'TCP' }] });
    expect(findPort(pod, { protocol: 'UDP', port: 53, targetPort: 'dns' })).toBeUndefined();
    expect(findPort(pod, { protocol: 'TCP', port: 53, targetPort: 'dns' })).toBe(53);
  });

  it('the first container port with the name wins', () => {
    const pod = makePod('p', {
      ports: [
        { name: 'http', containerPort: 8090, protocol: 'TCP' },
        { name: 'http', containerPort: 8080, protocol: 'TCP' },
      ],
    });
    expect(findPort(pod, { protocol: 'TCP', port: 80, targetPort: 'http' })).toBe(8090);
  });

  it('unnamed Service ports get name ""', () => {
    const svc = makeService('s', { ports: [{ protocol: 'TCP', port: 80, targetPort: 5678 }] });
    expect(getEndpointPorts(svc, makePod('p'))).toEqual([{ name: '', port: 5678, protocol: 'TCP' }]);
  });

  it('portMapKey ignores order and tells different ports apart', () => {
    const a = { name: 'a', port: 1, protocol: 'TCP' as const };
    const b = { name: 'b', port: 2, protocol: 'TCP' as const };
    expect(portMapKey([a, b])).toBe(portMapKey([b, a]));
    expect(portMapKey([a])).not.toBe(portMapKey([{ ...a, port: 3 }]));
  });
});
