/** `route --help`. */
import { DEFAULT_VERSION, SUPPORTED_VERSIONS } from '../engine';

export const USAGE = `Usage: npm run --silent route -- [options] <file.yaml ...|->

Shows where a Kubernetes Service sends traffic from every node, and from client pods.
Several files are one cluster (like kubectl apply -f a.yaml -f b.yaml); - reads standard input.

Options:
  --k8s <version>          Kubernetes version to model: ${SUPPORTED_VERSIONS.join(', ')} (default ${DEFAULT_VERSION})
  --from <namespace/pod>   also report routes from this pod (default: every pod no Service selects)
  --requests <N>           simulate N requests per client route and count them per endpoint
  --seed <S>               seed of every random choice (pod names, simulated requests; default 1)
  --format table|json      output format (default table)
  --each                   analyse each file as its own cluster; with json, one report per line
  --feature-gates A=true,B=false
                           control-plane feature gates (API server, EndpointSlice controller)
  --kube-proxy-version <version>
                           kube-proxy's version when it differs from --k8s (version skew:
                           at most 3 minors older, never newer)
  --rules <node>           print the rules kube-proxy programs on <node> for every Service,
                           as the node's own tool prints them (iptables-save *filter and
                           *nat tables, nft list table ip kube-proxy, ipvsadm -Ln and
                           ipset list; what a listing assumes goes to stderr as note: lines)
  --mode iptables|nftables|ipvs
                           with --rules: the proxy mode (default the KubeProxyConfiguration's)
  --export-lab kind|minikube <dir>
                           write a real-cluster lab into <dir> instead of the report: the
                           cluster config, setup.sh, hit.sh, steps.sh, expected.txt and the
                           manifests without the fields the API server sets
  --compare                print every routing choice of one Service side by side instead:
                           unset, PreferSameZone/PreferClose, PreferSameNode, topology-mode
                           Auto, internalTrafficPolicy Local (those the version allows), with
                           locality shares, load, drops and a monthly cross-zone estimate
  --service <namespace/name>
                           with --compare: the Service (default the first with clients)
  --failure zone:<zone>|drain:<node>|local-pod
                           with --compare: the same figures right after a zone outage, a
                           kubectl drain --force, or the client's local endpoint deleted
  --ip-family IPv4|IPv6    with --compare: the IP family of a dual-stack Service to compare
                           (its proxier, EndpointSlices and clients of that family);
                           default the Service's primary family
  --rate <R> --request-bytes <B> --response-bytes <B> --price-per-gb <P>
                           with --compare: the estimate's inputs (requests/s per client,
                           bytes, USD per GB crossing zones); defaults are stated assumptions
  -h, --help               show this help

Exit status: 0 valid input, 1 error diagnostics (the report is still printed),
2 bad usage or unreadable file, 3 internal error.
`;
