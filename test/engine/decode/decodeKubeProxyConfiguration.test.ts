import { describe, expect, it } from 'vitest';
import { decodeYaml, messages } from './decodeHelpers';

const config = (body: string) => `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n${body}`;

describe('decodeKubeProxyConfiguration', () => {
  it.each([
    ['mode ""', 'mode: ""\n', { mode: 'iptables', ipvsScheduler: 'rr' }],
    ['ipvs with empty scheduler', 'mode: ipvs\nipvs:\n  scheduler: ""\n', { mode: 'ipvs', ipvsScheduler: 'rr' }],
    ['ipvs lc', 'mode: ipvs\nipvs: {scheduler: lc}\n', { mode: 'ipvs', ipvsScheduler: 'lc' }],
    ['nftables', 'mode: nftables\n', { mode: 'nftables' }],
  ])('%s', (_name, body, expected) => {
    const { kubeProxy, diagnostics } = decodeYaml(config(body));
    // Only the note that clusterCIDR is unset (see below).
    expect(diagnostics.map((d) => d.severity)).toEqual(['info']);
    expect(kubeProxy).toMatchObject(expected);
  });

  it('decodes the fields that shape the rules, with kube-proxy’s defaults', () => {
    const { kubeProxy, diagnostics } = decodeYaml(
      config(
        'mode: nftables\nclusterCIDR: 10.244.0.0/16\ndetectLocalMode: BridgeInterface\ndetectLocal: {bridgeInterface: cbr0}\nnodePortAddresses: [primary]\niptables: {masqueradeAll: true, masqueradeBit: 12, localhostNodePorts: false}\nnftables: {masqueradeBit: 13}\n',
      ),
    );
    expect(diagnostics).toEqual([]);
    expect(kubeProxy.traffic).toEqual({
      clusterCIDR: '10.244.0.0/16',
      detectLocalMode: 'BridgeInterface',
      bridgeInterface: 'cbr0',
      interfaceNamePrefix: '',
      masqueradeAll: true,
      masqueradeBit: 12,
      nftablesMasqueradeAll: false,
      nftablesMasqueradeBit: 13,
      nodePortAddresses: ['primary'],
      localhostNodePorts: false,
      written: true,
    });
  });

  it('says when clusterCIDR is unset: kube-proxy then uses its no-op local-traffic detector', () => {
    const { diagnostics } = decodeYaml(config('mode: iptables\n'));
    expect(messages(diagnostics, 'info')).toEqual([expect.stringContaining('detectLocalMode ClusterCIDR without clusterCIDR')]);
    expect(decodeYaml(config('mode: iptables\ndetectLocalMode: NodeCIDR\n')).diagnostics).toEqual([]);
  });

  it('refuses an unknown mode in kube-proxy’s words and keeps the default configuration', () => {
    const { kubeProxy, diagnostics } = decodeYaml(config('mode: userspace\n'));
    expect(kubeProxy.mode).toBe('iptables');
    expect(messages(diagnostics, 'error')).toEqual([
      'kube-proxy refuses to start with this configuration: KubeProxyConfiguration.ProxyMode: Invalid value: "userspace": must be iptables, ipvs, nftables or blank (blank means the best-available proxy [currently iptables]) (the playground uses the default configuration instead)',
    ]);
    expect(diagnostics[0]!.line).toBe(3);
  });

  it('refuses an unknown IPVS scheduler', () => {
    const { diagnostics } = decodeYaml(config('mode: ipvs\nipvs: {scheduler: fastest}\n'));
    expect(messages(diagnostics, 'error')[0]).toContain(
      'KubeProxyConfiguration.KubeProxyIPVSConfiguration.Scheduler: Invalid value: "fastest": must be in [rr wrr lc wlc lblc lblcr sh dh sed nq ], blank means the default algorithm method (currently rr)',
    );
  });

  it('applies featureGates to kube-proxy’s gates and refuses locked or unknown ones at the entry', () => {
    const ok = decodeYaml(config('featureGates:\n  PreferSameTrafficDistribution: false\n'), '1.34');
    expect(ok.kubeProxyGates.PreferSameTrafficDistribution).toBe(false);
    expect(ok.controlPlaneGates.PreferSameTrafficDistribution).toBe(true);

    const bad = decodeYaml(config('featureGates:\n  ServiceTrafficDistribution: false\n  Nope: true\n'), '1.33');
    expect(bad.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.message, d.line])).toEqual([
      [
        'featureGates.ServiceTrafficDistribution: kube-proxy refuses to start: cannot set feature gate ServiceTrafficDistribution to false, feature is locked to true; the gate keeps its default',
        4,
      ],
      ['featureGates.Nope: kube-proxy refuses to start: unrecognized feature gate: Nope; the gate keeps its default', 5],
    ]);
    expect(bad.kubeProxyGates.ServiceTrafficDistribution).toBe(true);
  });
});

describe('fields the playground does not read', () => {
  it('names the written v1alpha1 fields it does not model, and warns about fields v1alpha1 does not have', () => {
    const { diagnostics } = decodeYaml(
      config(
        'mode: ipvs\nclusterCIDR: 10.244.0.0/16\nconntrack: {maxPerCore: 0}\nipvs: {scheduler: rr, strictARP: true, excludeCIDRs: [10.0.0.0/24], fancy: 1}\niptables: {minSyncPeriod: 1s}\nmasqueradeBits: 3\n',
      ),
    );
    expect(messages(diagnostics, 'info')).toEqual([
      'KubeProxyConfiguration fields the playground does not model: conntrack, ipvs.strictARP, ipvs.excludeCIDRs, iptables.minSyncPeriod; the rules and routes are computed without them',
    ]);
    expect(messages(diagnostics, 'warning')).toEqual([
      'unknown field "ipvs.fancy": kubeproxy.config.k8s.io/v1alpha1 has no such field, so kube-proxy drops it',
      'unknown field "masqueradeBits": kubeproxy.config.k8s.io/v1alpha1 has no such field, so kube-proxy\'s strict decoding fails and its lenient decoding drops it',
    ]);
  });

  it('says nothing about the fields it reads', () => {
    const { diagnostics } = decodeYaml(
      config(
        'mode: nftables\nclusterCIDR: 10.244.0.0/16\nnodePortAddresses: [primary]\nnftables: {masqueradeAll: true}\nfeatureGates: {}\n',
      ),
    );
    expect(diagnostics).toEqual([]);
  });
});
