import { describe, expect, it } from 'vitest';
import { NODE_PORT_RANGE } from '../../../src/engine/decode/allocators';
import { decodeYaml, messages, serviceYaml } from './decodeHelpers';

describe('decodeService defaults', () => {
  it('applies the API server defaults to a bare ClusterIP Service', () => {
    const { services, diagnostics } = decodeYaml(serviceYaml('  ports: [{port: 80}]\n'));
    expect(diagnostics).toEqual([]);
    const svc = services[0]!;
    expect(svc).toMatchObject({
      metadata: { namespace: 'default' },
      type: 'ClusterIP',
      ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }],
      internalTrafficPolicy: 'Cluster',
      sessionAffinity: 'None',
      publishNotReadyAddresses: false,
    });
    expect(svc.externalTrafficPolicy).toBeUndefined();
    expect(svc.sessionAffinityTimeoutSeconds).toBeUndefined();
    expect(svc.clusterIP).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
  });

  it.each([
    ['NodePort', 'NodePort', ''],
    ['LoadBalancer', 'LoadBalancer', ''],
    ['ClusterIP with externalIPs', 'ClusterIP', '  externalIPs: [192.0.2.10]\n'],
  ])('defaults externalTrafficPolicy to Cluster for %s', (_name, type, extra) => {
    const { services } = decodeYaml(serviceYaml(`  type: ${type}\n  ports: [{port: 80}]\n${extra}`));
    expect(services[0]!.externalTrafficPolicy).toBe('Cluster');
  });

  it('defaults the ClientIP timeout to 10800 seconds', () => {
    const { services } = decodeYaml(serviceYaml('  sessionAffinity: ClientIP\n  ports: [{port: 80}]\n'));
    expect(services[0]).toMatchObject({ sessionAffinity: 'ClientIP', sessionAffinityTimeoutSeconds: 10800 });
  });

  it('keeps named target ports and a headless clusterIP', () => {
    const { services } = decodeYaml(serviceYaml('  clusterIP: None\n  ports: [{name: http, port: 80, targetPort: web}]\n'));
    expect(services[0]).toMatchObject({ clusterIP: 'None', ports: [{ name: 'http', targetPort: 'web' }] });
  });

  it('treats an empty selector as no selector', () => {
    const { services } = decodeYaml('apiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec:\n  selector: {}\n  ports: [{port: 80}]\n');
    expect(services[0]!.selector).toBeUndefined();
  });

  it('allocates cluster IPs and node ports deterministically and without collisions', () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec:\n  type: NodePort\n  ports: [{port: 80}, {name: b, port: 81}]\n`.replace(
        '{port: 80}',
        '{name: a, port: 80}',
      ),
    ).join('---\n');
    const first = decodeYaml(many);
    const again = decodeYaml(many);
    expect(messages(first.diagnostics, 'error')).toEqual([]);
    const ips = first.services.map((s) => s.clusterIP);
    const ports = first.services.flatMap((s) => s.ports.map((p) => p.nodePort!));
    expect(new Set(ips).size).toBe(50);
    expect(new Set(ports).size).toBe(100);
    expect(ports.every((p) => p >= NODE_PORT_RANGE.min && p <= NODE_PORT_RANGE.max)).toBe(true);
    expect(again.services.map((s) => s.clusterIP)).toEqual(ips);
    // Removing one Service does not renumber the others.
    const fewer = decodeYaml(many.split('---\n').slice(1).join('---\n'));
    expect(fewer.services.map((s) => s.clusterIP)).toEqual(ips.slice(1));
  });

  it('keeps requested IPs and ports and refuses conflicting ones', () => {
    const a = `apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  type: NodePort\n  clusterIP: 10.96.5.5\n  ports: [{port: 80, nodePort: 30080}]\n`;
    const b = a.replace('name: a', 'name: b');
    const c = `apiVersion: v1\nkind: Service\nmetadata: {name: c}\nspec:\n  type: NodePort\n  clusterIP: 192.168.0.1\n  ports: [{port: 80, nodePort: 80}]\n`;
    const { services, diagnostics } = decodeYaml([a, b, c].join('---\n'));
    expect(services.map((s) => [s.metadata.name, s.clusterIP, s.ports[0]!.nodePort])).toEqual([['a', '10.96.5.5', 30080]]);
    expect(messages(diagnostics, 'error')).toEqual([
      'The Service "b" is invalid: spec.clusterIPs: Invalid value: ["10.96.5.5"]: failed to allocate IP 10.96.5.5: provided IP is already allocated (the object is not applied; the API server would refuse it)',
      'spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
      'The Service "c" is invalid: spec.clusterIPs: Invalid value: ["192.168.0.1"]: failed to allocate IP 192.168.0.1: the provided network does not match the current range (no ServiceCIDR holds it: 10.96.0.0/12, fd00:10:96::/112); declare the cluster\'s range with a ServiceCIDR (apiVersion: networking.k8s.io/v1, v1beta1 before 1.33, kind: ServiceCIDR, spec.cidrs: ["192.168.0.0/16"] or the range the cluster really uses; one named kubernetes replaces the default range) (the object is not applied; the API server would refuse it)',
      'spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    ]);
  });

  it('reads LoadBalancer VIPs from status, or assumes one with an info', () => {
    const withStatus = decodeYaml(
      serviceYaml('  type: LoadBalancer\n  ports: [{port: 80}]\n') + 'status:\n  loadBalancer:\n    ingress: [{ip: 203.0.113.7}]\n',
    );
    expect(withStatus.services[0]!.loadBalancerIPs).toEqual(['203.0.113.7']);
    expect(withStatus.diagnostics).toEqual([]);
    const without = decodeYaml(serviceYaml('  type: LoadBalancer\n  ports: [{port: 80}]\n'));
    expect(without.services[0]!.loadBalancerIPs).toHaveLength(1);
    expect(without.services[0]!.loadBalancerIPs[0]).toMatch(/^198\.1[89]\./);
    expect(without.diagnostics.map((d) => [d.severity, d.line])).toEqual([['info', 4]]);
    expect(without.diagnostics[0]!.message).toContain('has no status.loadBalancer.ingress; the playground assumes the load-balancer IP');
    expect(without.services[0]!.ports[0]!.nodePort).toBeGreaterThanOrEqual(30000);
  });

  it('allocates no node ports for a LoadBalancer with allocateLoadBalancerNodePorts: false', () => {
    const { services } = decodeYaml(serviceYaml('  type: LoadBalancer\n  allocateLoadBalancerNodePorts: false\n  ports: [{port: 80}]\n'));
    expect(services[0]!.ports[0]!.nodePort).toBeUndefined();
  });
});
