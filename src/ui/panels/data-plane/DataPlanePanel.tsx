/**
 * The Data plane dock panel: a client's stream of connections through two data planes side by
 * side (shares over time, open connections, session affinity), from the engine's simulation.
 */
import '../../styles/panel.css';
import './dataplane.css';
import { useMemo, useState } from 'react';
import { clientAddresses, compareDataPlanes } from '../../../engine';
import type { SimulationOptions } from '../../../engine';
import { useStore } from '../../../state';
import { useFamilyReport } from '../../common/useFamilyReport';
import { familyClusterIP } from '../../../view/familyClusterIP';
import { ControlSelect } from '../../common/ControlSelect';
import { ALTERNATIVES } from '../../../view/dataPlaneAlternatives';
import { CHOICES, defaultPair, parseChoice } from '../../../view/dataPlaneChoices';
import { NumberField } from '../../common/NumberField';
import { ShareChart } from './ShareChart';

const DURATION = 60;

export default function DataPlanePanel() {
  // A dual-stack drawn Service's routes are those of the IP family chosen on the canvas.
  const { report } = useFamilyReport();
  const seed = useStore((s) => s.seed);
  const routes = useMemo(() => (report ? report.routes.filter((r) => r.traffic === 'internal') : []), [report]);
  const [routeKey, setRouteKey] = useState('');
  const [pair, setPair] = useState<[string, string] | null>(null);
  const [rate, setRate] = useState(5);
  const [lifetime, setLifetime] = useState(2);
  const [clients, setClients] = useState(1);
  const [affinity, setAffinity] = useState<'service' | 'None' | 'ClientIP'>('service');
  const [timeout, setTimeoutSeconds] = useState(10);
  const [pause, setPause] = useState(0);

  const keyOf = (r: (typeof routes)[number]) => `${r.from}→${r.service}:${r.port}${r.ipFamily ? ` (${r.ipFamily})` : ''}`;
  const route = routes.find((r) => keyOf(r) === routeKey) ?? routes[0];
  const service = report && route ? report.services.find((s) => s.key === route.service) : undefined;
  const [a, b] = pair ?? (report ? defaultPair(report.proxyMode, report.ipvsScheduler) : ['iptables', 'ipvs/sh']);

  const runs = useMemo(() => {
    if (!route || route.verdict !== 'forward' || !service) return null;
    const servers = route.endpoints.map((ep) => ({ pod: ep.pod, ip: ep.ip, port: ep.port }));
    const sticky = affinity === 'service' ? service.sessionAffinity : affinity;
    const options: SimulationOptions = {
      durationSeconds: DURATION,
      ratePerSecond: rate,
      connectionSeconds: lifetime,
      lifetime: 'exponential',
      clientIPs: clientAddresses(route.fromIP, clients),
      seed,
      sessionAffinity: sticky,
      timeoutSeconds: affinity === 'service' ? (service.sessionAffinityTimeoutSeconds ?? 10800) : timeout,
      destination: familyClusterIP(service, route.ipFamily) ?? service.key,
      ...(pause > 0 ? { pause: { atSeconds: 20, seconds: pause } } : {}),
    };
    return compareDataPlanes(servers, [parseChoice(a), parseChoice(b)], options);
  }, [route, service, affinity, rate, lifetime, clients, seed, timeout, pause, a, b]);

  if (!report) return <p className="kt-muted">Waiting for the first analysis…</p>;
  if (!route) return <p className="kt-muted">No client pod reaches a Service: add a pod that no Service selects to see its traffic.</p>;
  const options = CHOICES.map((c) => ({ value: c, label: c }));

  return (
    <div className="kt-panel" data-testid="dataplane-panel">
      <div className="kt-panel-controls" role="group" aria-label="Simulation settings">
        <ControlSelect
          id="dp-route"
          label="Client → Service"
          value={keyOf(route)}
          options={routes.map((r) => ({ value: keyOf(r), label: keyOf(r) }))}
          onChange={setRouteKey}
        />
        <ControlSelect id="dp-a" label="Data plane A" value={a} options={options} onChange={(v) => setPair([v, b])} />
        <ControlSelect id="dp-b" label="Data plane B" value={b} options={options} onChange={(v) => setPair([a, v])} />
        <NumberField
          className="dp-field"
          label="Connections/s"
          value={rate}
          min={0.1}
          max={200}
          step={0.5}
          onChange={setRate}
          testId="dp-rate"
        />
        <NumberField
          className="dp-field"
          label="Connection lifetime (s)"
          value={lifetime}
          min={0}
          max={600}
          step={0.5}
          onChange={setLifetime}
          testId="dp-lifetime"
        />
        <NumberField className="dp-field" label="Client IPs" value={clients} min={1} max={32} onChange={setClients} testId="dp-clients" />
        <ControlSelect
          id="dp-affinity"
          label="Session affinity"
          value={affinity}
          options={[
            { value: 'service', label: `as the Service (${service?.sessionAffinity ?? 'None'})` },
            { value: 'None', label: 'None' },
            { value: 'ClientIP', label: 'ClientIP' },
          ]}
          onChange={(v) => setAffinity(v as typeof affinity)}
        />
        {affinity === 'ClientIP' && (
          <NumberField
            className="dp-field"
            label="timeoutSeconds"
            value={timeout}
            min={1}
            max={86400}
            onChange={setTimeoutSeconds}
            testId="dp-timeout"
          />
        )}
        <NumberField className="dp-field" label="Pause at 20s (s)" value={pause} min={0} max={40} onChange={setPause} testId="dp-pause" />
      </div>
      {route.verdict !== 'forward' ? (
        <p className="kt-hint">
          kube-proxy on {route.node} {route.verdict === 'drop' ? 'drops' : 'rejects'} this traffic: there is no endpoint to simulate.
        </p>
      ) : (
        <>
          <p className="kt-muted">
            {DURATION}s of traffic from {route.from} on {route.node}
            {route.ipFamily
              ? ` over ${route.ipFamily} (from ${route.fromIP} to ${familyClusterIP(service!, route.ipFamily) ?? 'its cluster IP'})`
              : ''}
            ; both data planes get the same connections and the endpoints kube-proxy programs on that node.
          </p>
          <div className="dp-compare">
            {runs?.map((run, i) => (
              <section
                key={i}
                className="dp-run"
                aria-label={`Data plane ${i === 0 ? 'A' : 'B'}: ${run.label}`}
                data-testid={`dp-run-${i}`}
              >
                <h3>{run.label}</h3>
                <ShareChart run={run} />
                <ul className="dp-summary">
                  {run.summary.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </>
      )}
      <details className="dp-alternatives">
        <summary>Other data planes (out of scope, not modelled)</summary>
        <ul>
          {ALTERNATIVES.map((alt) => (
            <li key={alt.name}>
              <strong>{alt.name}</strong>: {alt.note} <cite>Source: {alt.source}</cite>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
