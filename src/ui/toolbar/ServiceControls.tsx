/**
 * Controls for the selected Service; each reads its field from the YAML and writes it back in
 * place, unless cluster events changed the field on the live cluster: then it shows the live
 * value, marked as differing from the files, and a choice patches the live cluster.
 */
import { supportedTrafficDistributions, defaultGates } from '../../engine';
import { controlPlaneGatesOf } from '../../state/versionsSlice';
import { useStore } from '../../state';
import { fieldOf, keyOfLocation } from '../../workspace/objectLocations';
import { ControlSelect, UNSET, type Option } from '../common/ControlSelect';
import { setServiceField, type ServiceField } from '../actions/toolbarActions';
import { toolbarService } from '../../view/serviceKey';
import { TRAFFIC_DISTRIBUTIONS } from '../../view/trafficDistributions';
import { useWorkspaceObjects } from '../../state/useWorkspaceObjects';
import { liveOverride, patchCommand, type LiveServiceField } from '../../view/liveServiceFields';

function text(value: unknown): string {
  return value === undefined || value === null ? UNSET : String(value);
}

export function ServiceControls() {
  const objects = useWorkspaceObjects();
  const selectedService = useStore((s) => s.selectedService);
  const report = useStore((s) => s.report);
  const setSelectedService = useStore((s) => s.setSelectedService);
  const version = useStore((s) => s.kubernetesVersion);
  const stale = useStore((s) => s.stale);
  const gateOverrides = useStore((s) => s.controlPlaneGates);
  const drift = useStore((s) => s.drift);
  const services = objects.filter((o) => o.kind === 'Service');
  const service = toolbarService(objects, { selectedService, report });

  if (!service) {
    // A Service the YAML no longer parses is still on the (stale) canvas: say why its controls are gone.
    const unparsed = stale && (report?.services.length ?? 0) > 0;
    return (
      <p className="toolbar__note">
        {unparsed ? 'The YAML has errors (see Problems): the Service controls return once it parses.' : 'No Service in the workspace.'}
      </p>
    );
  }
  const serviceKey = keyOfLocation(service);
  const liveService = report?.services.find((s) => s.key === serviceKey);
  const live = (name: LiveServiceField) => liveOverride(drift, liveService, name);
  const filesValue = (name: ServiceField) => text(fieldOf(service, ['spec', name]));
  const field = (name: ServiceField) => {
    const override = live(name);
    return override ? text(override.value) : filesValue(name);
  };
  const change = (name: ServiceField) => (value: string) => {
    const next = value === UNSET ? undefined : value;
    if (!live(name)) return setServiceField(name, next);
    void useStore.getState().runTerminalCommand(patchCommand(serviceKey, name, next));
  };
  /** "live" beside a control whose value comes from the live cluster rather than the files. */
  const liveMark = (name: ServiceField) =>
    live(name) && (
      <span
        className="toolbar__live"
        data-testid={`live-${name}`}
        title={`The live cluster has ${field(name) === UNSET ? 'it unset' : field(name)} (changed by cluster events); the files say ${filesValue(name) === UNSET ? 'unset' : filesValue(name)}. A choice here patches the live cluster.`}
      >
        live ≠ files
      </span>
    );

  const accepted =
    supportedTrafficDistributions(version, controlPlaneGatesOf({ kubernetesVersion: version, controlPlaneGates: gateOverrides })) ?? [];
  // A value the version knows but a gate turned off in the Versions panel refuses is said so.
  const known = supportedTrafficDistributions(version, defaultGates(version)) ?? [];
  const trafficOptions: Option[] = [
    { value: UNSET, label: 'unset' },
    ...TRAFFIC_DISTRIBUTIONS.map((v) => ({
      value: v,
      label: accepted.includes(v) ? v : known.includes(v) ? `${v} (gate off)` : `${v} (not in v${version})`,
    })),
  ];
  const type = field('type') || 'ClusterIP';
  const externalIPs = fieldOf(service, ['spec', 'externalIPs']);
  const external = type === 'NodePort' || type === 'LoadBalancer' || (Array.isArray(externalIPs) && externalIPs.length > 0);

  return (
    <fieldset className="toolbar__group" aria-label="Service">
      <legend className="visually-hidden">Service settings</legend>
      {services.length > 1 && (
        <ControlSelect
          id="service"
          label="Service"
          value={keyOfLocation(service)}
          options={services.map((s) => ({ value: keyOfLocation(s), label: keyOfLocation(s) }))}
          onChange={setSelectedService}
        />
      )}
      <ControlSelect
        id="trafficDistribution"
        label="trafficDistribution"
        value={field('trafficDistribution')}
        options={trafficOptions}
        onChange={change('trafficDistribution')}
        title={`spec.trafficDistribution of ${keyOfLocation(service)} (Alt+T cycles)`}
      />
      {liveMark('trafficDistribution')}
      <ControlSelect
        id="internalTrafficPolicy"
        label="internalTrafficPolicy"
        value={field('internalTrafficPolicy')}
        options={[
          { value: UNSET, label: 'unset (Cluster)' },
          { value: 'Cluster', label: 'Cluster' },
          { value: 'Local', label: 'Local' },
        ]}
        onChange={change('internalTrafficPolicy')}
      />
      {liveMark('internalTrafficPolicy')}
      <ControlSelect
        id="type"
        label="type"
        value={field('type')}
        options={[
          { value: UNSET, label: 'unset (ClusterIP)' },
          { value: 'ClusterIP', label: 'ClusterIP' },
          { value: 'NodePort', label: 'NodePort' },
          { value: 'LoadBalancer', label: 'LoadBalancer' },
        ]}
        onChange={change('type')}
      />
      {liveMark('type')}
      <ControlSelect
        id="externalTrafficPolicy"
        label="externalTrafficPolicy"
        value={field('externalTrafficPolicy')}
        disabled={!external && field('externalTrafficPolicy') === UNSET}
        title={external ? undefined : 'Only for externally accessible Services (NodePort, LoadBalancer, externalIPs)'}
        options={[
          { value: UNSET, label: external ? 'unset (Cluster)' : 'n/a (ClusterIP)' },
          { value: 'Cluster', label: 'Cluster' },
          { value: 'Local', label: 'Local' },
        ]}
        onChange={change('externalTrafficPolicy')}
      />
      {liveMark('externalTrafficPolicy')}
      <ControlSelect
        id="sessionAffinity"
        label="sessionAffinity"
        value={field('sessionAffinity')}
        options={[
          { value: UNSET, label: 'unset (None)' },
          { value: 'None', label: 'None' },
          { value: 'ClientIP', label: 'ClientIP' },
        ]}
        onChange={change('sessionAffinity')}
      />
      {liveMark('sessionAffinity')}
    </fieldset>
  );
}
