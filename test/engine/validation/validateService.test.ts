import { describe, expect, it } from 'vitest';
import type { KubeVersion } from '../../../src/engine/version';
import { decodeYaml, messages, serviceYaml } from '../decode/decodeHelpers';

/** The field errors of one Service (the first one loses kubectl's "The Service ... is invalid" frame). */
function errorsOf(text: string, version: KubeVersion = '1.34', gates?: Record<string, boolean>) {
  const { diagnostics, services } = decodeYaml(text, version, gates);
  const errors = messages(diagnostics, 'error').map((m) =>
    m.replace(/^The Service "[^"]*" is invalid: /, '').replace(/ \(the object is not applied; the API server would refuse it\)$/, ''),
  );
  return { errors, services, diagnostics };
}

const td = (value: string) => serviceYaml(`  trafficDistribution: ${value}\n  ports: [{port: 80}]\n`);

describe('validateService: trafficDistribution per version', () => {
  it('1.30: the gate is off, so the field is dropped on write with a warning', () => {
    const { errors, services, diagnostics } = errorsOf(td('PreferSameNode'), '1.30');
    expect(errors).toEqual([]);
    expect(services[0]!.trafficDistribution).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, d.line, d.message])).toEqual([
      [
        'warning',
        8,
        'spec.trafficDistribution: dropped on write: the ServiceTrafficDistribution feature gate is disabled in Kubernetes 1.30, so the API server does not store the field',
      ],
    ]);
  });

  it('1.30 with the gate turned on accepts PreferClose only', () => {
    expect(errorsOf(td('PreferClose'), '1.30', { ServiceTrafficDistribution: true }).services[0]!.trafficDistribution).toBe('PreferClose');
    expect(errorsOf(td('PreferSameZone'), '1.30', { ServiceTrafficDistribution: true }).errors).toEqual([
      'spec.trafficDistribution: Unsupported value: "PreferSameZone": supported values: "PreferClose"',
    ]);
  });

  it.each(['1.31', '1.32'] as const)('%s: PreferClose only', (version) => {
    expect(errorsOf(td('PreferClose'), version).errors).toEqual([]);
    expect(errorsOf(td('PreferSameNode'), version).errors).toEqual([
      'spec.trafficDistribution: Unsupported value: "PreferSameNode": supported values: "PreferClose"',
    ]);
  });

  it('1.33: PreferSameZone/PreferSameNode only with PreferSameTrafficDistribution on', () => {
    expect(errorsOf(td('PreferSameZone'), '1.33').errors).toEqual([
      'spec.trafficDistribution: Unsupported value: "PreferSameZone": supported values: "PreferClose"',
    ]);
    expect(errorsOf(td('PreferSameNode'), '1.33', { PreferSameTrafficDistribution: true }).errors).toEqual([]);
    expect(errorsOf(td('Nearby'), '1.33', { PreferSameTrafficDistribution: true }).errors).toEqual([
      'spec.trafficDistribution: Unsupported value: "Nearby": supported values: "PreferClose", "PreferSameZone", "PreferSameNode"',
    ]);
  });

  it.each(['1.34', '1.35', '1.36'] as const)('%s: all three values', (version) => {
    for (const value of ['PreferClose', 'PreferSameZone', 'PreferSameNode']) {
      expect(errorsOf(td(value), version).services[0]!.trafficDistribution).toBe(value);
    }
    expect(errorsOf(td('"preferclose"'), version).errors).toEqual([
      'spec.trafficDistribution: Unsupported value: "preferclose": supported values: "PreferClose", "PreferSameZone", "PreferSameNode"',
    ]);
  });

  it('1.34 with the PreferSame gate turned off: PreferClose only', () => {
    expect(errorsOf(td('PreferSameNode'), '1.34', { PreferSameTrafficDistribution: false }).errors).toEqual([
      'spec.trafficDistribution: Unsupported value: "PreferSameNode": supported values: "PreferClose"',
    ]);
  });

  it('locates the error at the value', () => {
    const { diagnostics } = errorsOf(td('Nearby'));
    expect(diagnostics[0]).toMatchObject({ line: 8, column: 24, path: 'spec.trafficDistribution', object: 'Service default/web' });
  });
});

describe('validateService: traffic policies', () => {
  it('externalTrafficPolicy on a ClusterIP Service', () => {
    expect(errorsOf(serviceYaml('  externalTrafficPolicy: Local\n  ports: [{port: 80}]\n')).errors).toEqual([
      'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
    ]);
  });

  it('externalTrafficPolicy Local is fine on ClusterIP with externalIPs', () => {
    const { errors, services } = errorsOf(
      serviceYaml('  externalTrafficPolicy: Local\n  externalIPs: [192.0.2.1]\n  ports: [{port: 80}]\n'),
    );
    expect(errors).toEqual([]);
    expect(services[0]!.externalTrafficPolicy).toBe('Local');
  });

  it.each([
    [
      'externalTrafficPolicy',
      '  type: NodePort\n  externalTrafficPolicy: Nearest\n',
      'spec.externalTrafficPolicy: Unsupported value: "Nearest": supported values: "Cluster", "Local"',
    ],
    [
      'internalTrafficPolicy',
      '  internalTrafficPolicy: Node\n',
      'spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"',
    ],
    [
      'type',
      '  type: Internal\n',
      'spec.type: Unsupported value: "Internal": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ],
  ])('%s values', (_name, spec, message) => {
    expect(errorsOf(serviceYaml(`${spec}  ports: [{port: 80}]\n`)).errors).toEqual([message]);
  });

  it('healthCheckNodePort only for LoadBalancer with Local', () => {
    expect(errorsOf(serviceYaml('  type: NodePort\n  healthCheckNodePort: 30500\n  ports: [{port: 80}]\n')).errors).toEqual([
      "spec.healthCheckNodePort: Invalid value: 30500: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
    ]);
    expect(
      errorsOf(serviceYaml('  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 30500\n  ports: [{port: 80}]\n'))
        .errors,
    ).toEqual([]);
  });
});

describe('validateService: session affinity', () => {
  const affinity = (spec: string) => serviceYaml(`${spec}  ports: [{port: 80}]\n`);
  it.each([
    [0, false],
    [-5, false],
    [1, true],
    [86400, true],
    [86401, false],
  ])('ClientIP timeout %i accepted: %s', (timeout, ok) => {
    const { errors } = errorsOf(
      affinity(`  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: ${timeout}}}\n`),
    );
    expect(errors).toEqual(
      ok
        ? []
        : [`spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: ${timeout}: must be greater than 0 and less than 86400`],
    );
  });

  it('sessionAffinityConfig is forbidden with None', () => {
    expect(errorsOf(affinity('  sessionAffinityConfig: {clientIP: {timeoutSeconds: 60}}\n')).errors).toEqual([
      'spec.sessionAffinityConfig: Forbidden: must not be set when session affinity is None',
    ]);
  });

  it('unsupported sessionAffinity', () => {
    expect(errorsOf(affinity('  sessionAffinity: Cookie\n')).errors).toEqual([
      'spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"',
    ]);
  });
});

describe('validateService: ports', () => {
  const ports = (list: string, extra = '') => serviceYaml(`${extra}  ports:\n${list}`);
  it.each([
    [
      'range',
      '    - {port: 65536}\n',
      [
        'spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive',
        'spec.ports[0].targetPort: Invalid value: 65536: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      'protocol',
      '    - {port: 80, protocol: HTTP}\n',
      ['spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'],
    ],
    ['name required with two ports', '    - {port: 80}\n    - {name: b, port: 81}\n', ['spec.ports[0].name: Required value']],
    ['duplicate names', '    - {name: a, port: 80}\n    - {name: a, port: 81}\n', ['spec.ports[1].name: Duplicate value: "a"']],
    [
      'duplicate ports',
      '    - {name: a, port: 80}\n    - {name: b, port: 80}\n',
      ['spec.ports[1]: Duplicate value: {"protocol":"TCP","port":80}'],
    ],
    ['same port on two protocols is fine', '    - {name: a, port: 53}\n    - {name: b, port: 53, protocol: UDP}\n', []],
    ['targetPort number range', '    - {port: 80, targetPort: 0}\n', []],
    [
      'targetPort name syntax',
      '    - {port: 80, targetPort: "http--web"}\n',
      ['spec.ports[0].targetPort: Invalid value: "http--web": must not contain consecutive hyphens'],
    ],
    [
      'targetPort name with no letter',
      '    - {port: 80, targetPort: "8080"}\n',
      ['spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)'],
    ],
    [
      'port name syntax',
      '    - {name: HTTP, port: 80}\n',
      [expect.stringMatching(/^spec\.ports\[0\]\.name: Invalid value: "HTTP": a lowercase RFC 1123 label must consist of/)],
    ],
    [
      'nodePort on ClusterIP',
      '    - {port: 80, nodePort: 30001}\n',
      ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"],
    ],
  ])('%s', (_name, list, expected) => {
    expect(errorsOf(ports(list)).errors).toEqual(expected);
  });

  it('ports are required except for headless and ExternalName Services', () => {
    expect(errorsOf(serviceYaml('  type: ClusterIP\n')).errors).toEqual(['spec.ports: Required value']);
    expect(errorsOf(serviceYaml('  clusterIP: None\n')).errors).toEqual([]);
    expect(errorsOf(serviceYaml('  type: ExternalName\n  externalName: db.example.com\n')).errors).toEqual([]);
  });
});

describe('validateService: metadata and annotations', () => {
  it('the two topology annotations must match when both are set', () => {
    const text = serviceYaml(
      '  ports: [{port: 80}]\n',
      '  annotations:\n    service.kubernetes.io/topology-mode: Auto\n    service.kubernetes.io/topology-aware-hints: Disabled\n',
    );
    const { errors, diagnostics } = errorsOf(text);
    expect(errors).toEqual([
      'metadata.annotations[service.kubernetes.io/topology-mode]: Invalid value: "Auto": must match annotations[service.kubernetes.io/topology-aware-hints] when both are specified',
    ]);
    expect(diagnostics[0]).toMatchObject({ line: 6, column: 42 });
    expect(errorsOf(text.replace('Disabled', 'Auto')).errors).toEqual([]);
  });

  it('Service names are DNS-1035 labels', () => {
    const { errors } = errorsOf(serviceYaml('  ports: [{port: 80}]\n').replace('name: web', 'name: 1web'));
    expect(errors).toEqual([
      `metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    ]);
  });

  it('a name is required', () => {
    expect(errorsOf('apiVersion: v1\nkind: Service\nspec:\n  ports: [{port: 80}]\n').errors).toEqual([
      'metadata.name: Required value: name or generateName is required',
    ]);
  });
});
