/**
 * kube-proxy's version next to the control plane's (Kubernetes version skew policy: kube-proxy
 * must not be newer than kube-apiserver and may be up to three minor versions older).
 */
import { minorOf, SUPPORTED_VERSIONS, type KubeVersion } from './version';

export const MAX_KUBE_PROXY_SKEW = 3;

/**
 * Why this pair is outside the skew policy, or undefined when it is allowed.
 *
 * @example
 * kubeProxySkewProblem('1.34', '1.33'); // undefined
 * kubeProxySkewProblem('1.33', '1.34'); // "kube-proxy v1.34 is newer than kube-apiserver v1.33: ..."
 */
export function kubeProxySkewProblem(controlPlane: KubeVersion, kubeProxy: KubeVersion): string | undefined {
  const skew = minorOf(controlPlane) - minorOf(kubeProxy);
  if (skew < 0)
    return `kube-proxy v${kubeProxy} is newer than kube-apiserver v${controlPlane}: the version skew policy says kube-proxy must not be newer than kube-apiserver`;
  if (skew > MAX_KUBE_PROXY_SKEW) {
    return `kube-proxy v${kubeProxy} is ${skew} minor versions older than kube-apiserver v${controlPlane}: the version skew policy allows at most ${MAX_KUBE_PROXY_SKEW}`;
  }
  return undefined;
}

/**
 * The modelled kube-proxy versions the policy allows under a control plane, newest first.
 *
 * @example
 * allowedKubeProxyVersions('1.34'); // ['1.34', '1.33', '1.32', '1.31']
 */
export function allowedKubeProxyVersions(controlPlane: KubeVersion): KubeVersion[] {
  return [...SUPPORTED_VERSIONS].reverse().filter((v) => kubeProxySkewProblem(controlPlane, v) === undefined);
}
