/**
 * Out of scope, for orientation only: where common kube-proxy replacements are documented to
 * differ. Citations are plain text; the playground requests nothing from them.
 */
export interface AlternativeNote {
  name: string;
  note: string;
  source: string;
}

export const ALTERNATIVES: readonly AlternativeNote[] = [
  {
    name: 'Cilium kube-proxy replacement',
    note: 'Services are handled by eBPF programs instead of iptables/IPVS rules. Topology aware hints are honoured only when enabled (loadBalancer.serviceTopology=true); the backend choice is random by default, Maglev hashing optional.',
    source: 'docs.cilium.io/en/stable/network/kubernetes/kubeproxy-free/',
  },
  {
    name: 'Calico eBPF data plane',
    note: 'Replaces kube-proxy with its own eBPF service handling; which Service features (topology hints, trafficDistribution, session affinity) it implements depends on the release — check its documentation for yours.',
    source: 'docs.tigera.io/calico/latest/operations/ebpf/',
  },
  {
    name: 'OVN-Kubernetes',
    note: 'Services become OVN load balancers programmed by ovnkube, not kube-proxy rules; its handling of traffic policies, hints and affinity follows its own implementation and release notes.',
    source: 'ovn-kubernetes.io',
  },
];
