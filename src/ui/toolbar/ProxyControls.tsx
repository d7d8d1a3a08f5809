/** kube-proxy mode and IPVS scheduler, read from and written to the workspace's KubeProxyConfiguration. */
import { IPVS_SCHEDULERS, type IpvsScheduler, type ProxyMode } from '../../engine';
import { fieldOf } from '../../workspace/objectLocations';
import { ControlSelect } from '../common/ControlSelect';
import { setIpvsScheduler, setProxyMode } from '../actions/toolbarActions';
import { useWorkspaceObjects } from '../../state/useWorkspaceObjects';

const MODES: { value: ProxyMode; label: string }[] = [
  { value: 'iptables', label: 'iptables' },
  { value: 'ipvs', label: 'ipvs' },
  { value: 'nftables', label: 'nftables' },
  { value: 'kernelspace', label: 'kernelspace (Windows)' },
];

export function ProxyControls() {
  const config = useWorkspaceObjects().find((o) => o.kind === 'KubeProxyConfiguration');
  const mode = config ? String(fieldOf(config, ['mode']) ?? '') || 'iptables' : 'iptables';
  const scheduler = config ? String(fieldOf(config, ['ipvs', 'scheduler']) ?? '') || 'rr' : 'rr';
  return (
    <fieldset className="toolbar__group" aria-label="kube-proxy">
      <legend className="visually-hidden">kube-proxy settings</legend>
      <ControlSelect
        id="proxyMode"
        label="kube-proxy mode"
        value={mode}
        options={MODES}
        onChange={(value) => setProxyMode(value as ProxyMode)}
        title={config ? `mode in ${config.file}` : 'Adds a kube-proxy.yaml with a KubeProxyConfiguration'}
      />
      {mode === 'ipvs' && (
        <ControlSelect
          id="ipvsScheduler"
          label="IPVS scheduler"
          value={scheduler}
          options={IPVS_SCHEDULERS.map((s) => ({ value: s, label: s }))}
          onChange={(value) => setIpvsScheduler(value as IpvsScheduler)}
        />
      )}
    </fieldset>
  );
}
