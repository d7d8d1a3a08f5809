/**
 * The Versions dock panel: kube-proxy's version next to the control plane's (version skew), the
 * feature gates each component has in its version, and what the pair changes for routing.
 */
import '../../styles/panel.css';
import {
  GATE_NAMES,
  gateSpec,
  kubeProxyReadsGate,
  type KubeVersion,
  versionFacts,
  allowedKubeProxyVersions,
  kubeProxySkewProblem,
} from '../../../engine';
import { useStore } from '../../../state';
import { ControlSelect } from '../../common/ControlSelect';

const SAME = '';

export default function VersionsPanel() {
  const report = useStore((s) => s.report);
  const controlPlane = useStore((s) => s.kubernetesVersion);
  const kubeProxyVersion = useStore((s) => s.kubeProxyVersion);
  const setKubeProxyVersion = useStore((s) => s.setKubeProxyVersion);
  const overrides = useStore((s) => s.controlPlaneGates);
  const setGate = useStore((s) => s.setControlPlaneGate);
  const kubeProxy = kubeProxyVersion ?? controlPlane;
  const skew = kubeProxyVersion ? kubeProxySkewProblem(controlPlane, kubeProxyVersion) : undefined;
  const gates = report?.featureGates;

  return (
    <div className="kt-panel" data-testid="versions-panel">
      <div className="kt-panel-controls">
        <p>
          Control plane (API server, EndpointSlice and StatefulSet controllers, scheduler): <strong>v{controlPlane}</strong> — switch it in
          the toolbar.
        </p>
        <ControlSelect
          id="kubeProxyVersion"
          label="kube-proxy version"
          value={kubeProxyVersion ?? SAME}
          options={[
            { value: SAME, label: `same as the control plane (v${controlPlane})` },
            ...allowedKubeProxyVersions(controlPlane).map((v) => ({ value: v, label: `v${v}` })),
          ]}
          onChange={(v) => setKubeProxyVersion(v === SAME ? null : (v as KubeVersion))}
        />
      </div>
      {skew && (
        <p className="kt-hint" role="alert" data-testid="skew-problem">
          {skew}. Pick a kube-proxy version at most 3 minors older than the control plane, never newer.
        </p>
      )}
      <table className="kt-table" data-testid="gates-table">
        <caption>Feature gates that change Service routing and StatefulSet rollouts</caption>
        <thead>
          <tr>
            <th scope="col">gate</th>
            <th scope="col">control plane v{controlPlane}</th>
            <th scope="col">kube-proxy v{kubeProxy}</th>
          </tr>
        </thead>
        <tbody>
          {GATE_NAMES.map((gate) => {
            const cp = gateSpec(gate, controlPlane);
            const kp = gateSpec(gate, kubeProxy);
            const editable = cp && !cp.locked;
            const cpValue = gates?.controlPlane[gate] ?? cp?.default ?? false;
            return (
              <tr key={gate}>
                <th scope="row">{gate}</th>
                <td>
                  {editable ? (
                    <label>
                      <input
                        type="checkbox"
                        data-testid={`gate-${gate}`}
                        checked={overrides[gate] ?? cp.default}
                        onChange={(e) => setGate(gate, e.target.checked === cp.default ? undefined : e.target.checked)}
                      />{' '}
                      {cp.stage}
                      {overrides[gate] !== undefined ? ' (set)' : ', default'}
                    </label>
                  ) : (
                    <span>
                      {cp ? `${cpValue ? 'on' : 'off'} (${cp.stage}, locked)` : cpValue ? 'always on (gate removed)' : 'does not exist yet'}
                    </span>
                  )}
                </td>
                <td>
                  {!kubeProxyReadsGate(gate) ? (
                    'not read by kube-proxy'
                  ) : (
                    <>
                      {(gates?.kubeProxy[gate] ?? kp?.default) ? 'on' : 'off'}
                      {kp
                        ? ` (${kp.stage}${kp.locked ? ', locked' : ''})`
                        : gate === 'PreferSameTrafficDistribution'
                          ? ' (does not exist yet)'
                          : ' (gate removed)'}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="kt-muted">
        kube-proxy&apos;s gates are read from the workspace&apos;s KubeProxyConfiguration (featureGates); a gate its version does not know
        or has locked is an error there.
      </p>
      {gates && (
        <ul data-testid="version-facts">
          {versionFacts(controlPlane, kubeProxy, gates.controlPlane, gates.kubeProxy).map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
