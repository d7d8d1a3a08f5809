/**
 * The Rules dock panel: what kube-proxy programs on one node for the toolbar's Service (or for
 * every Service), as iptables-save, nft or ipvsadm print it.
 */
import { useId, useMemo, useState } from 'react';
import { nodeRules } from '../../../engine';
import { useFamilyReport } from '../../common/useFamilyReport';
import { useStore } from '../../../state';
import { RuleLines } from './RuleLines';
import { defaultRulesNode } from '../../../view/rulesDefaults';
import './rules.css';

export default function RulesPanel() {
  const report = useStore((s) => s.report);
  const selection = useStore((s) => s.selection);
  // The drawn Service, and for a dual-stack one the IP family the canvas shows and its primary.
  const { service: drawnService, family, families } = useFamilyReport();
  const [nodeChoice, setNodeChoice] = useState<string | null>(null);
  const [serviceChoice, setServiceChoice] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const ids = { node: useId(), service: useId(), all: useId() };

  const service = serviceChoice && report?.services.some((s) => s.key === serviceChoice) ? serviceChoice : drawnService;
  const node =
    report && nodeChoice && report.nodes.some((n) => n.name === nodeChoice)
      ? nodeChoice
      : report
        ? defaultRulesNode(report, selection, service)
        : undefined;
  const result = useMemo(
    () => (report && node ? nodeRules(report, { node, ...(all || !service ? {} : { services: [service] }) }) : null),
    [report, node, service, all],
  );

  if (!report) return <p className="rules__empty">No report yet.</p>;
  if (!node) return <p className="rules__empty">The cluster has no nodes.</p>;
  return (
    <div className="rules" data-testid="rules-panel">
      <div className="rules__controls">
        <label htmlFor={ids.node}>Node</label>
        <select id={ids.node} value={node} onChange={(e) => setNodeChoice(e.target.value)} data-testid="rules-node">
          {report.nodes.map((n) => (
            <option key={n.name} value={n.name}>
              {n.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.service}>Service</label>
        <select
          id={ids.service}
          value={service ?? ''}
          disabled={all}
          onChange={(e) => setServiceChoice(e.target.value)}
          data-testid="rules-service"
        >
          {report.services.map((s) => (
            <option key={s.key} value={s.key}>
              {s.key}
            </option>
          ))}
        </select>
        <input id={ids.all} type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="rules-all" />
        <label htmlFor={ids.all}>All Services</label>
        {result?.ok && (
          <span className="rules__command" data-testid="rules-command">
            kube-proxy mode {result.mode}: <code>{result.command}</code> on {node}
          </span>
        )}
      </div>
      {result?.ok && family && families && family !== families[0] && (all || service === drawnService) && (
        <p className="rules__family" role="note" data-testid="rules-family">
          The canvas shows {drawnService} over {family}; this is kube-proxy&apos;s {families[0]} proxier&apos;s listing (its {families[0]}{' '}
          cluster IP and EndpointSlices). The {family} proxier&apos;s rules are not modelled.
        </p>
      )}
      {result && !result.ok ? <p className="rules__empty">{result.error}</p> : result && <RuleLines lines={result.lines} node={node} />}
      {result?.ok && result.notes.length ? (
        <details className="rules__notes" data-testid="rules-notes">
          <summary>
            About this listing ({result.notes.length} note{result.notes.length === 1 ? '' : 's'})
          </summary>
          <ul>
            {result.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
