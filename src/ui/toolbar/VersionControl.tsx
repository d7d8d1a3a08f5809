import { SUPPORTED_VERSIONS, type KubeVersion } from '../../engine';
import { useStore } from '../../state';
import { ControlSelect } from '../common/ControlSelect';

/** The Kubernetes version the engine models (an analysis option; clusters do not say it in YAML). */
export function VersionControl() {
  const version = useStore((s) => s.kubernetesVersion);
  const setVersion = useStore((s) => s.setKubernetesVersion);
  return (
    <ControlSelect
      id="version"
      label="Kubernetes"
      value={version}
      options={SUPPORTED_VERSIONS.map((v) => ({ value: v, label: `v${v}` }))}
      onChange={(value) => setVersion(value as KubeVersion)}
    />
  );
}
