/**
 * The Compare dock panel (and the embed's `view=compare`): the toolbar's Service under every
 * routing choice the modelled version allows, one column each, from the engine's own reports;
 * a failure to look at the fallback; the estimate's inputs; "Apply" writes a choice into the YAML.
 */
import '../../styles/panel.css';
import './compare.css';
import { useMemo, useState } from 'react';
import { DEFAULT_ESTIMATE_INPUTS, type ChoiceColumn, type EstimateInputs, type FailureSpec } from '../../../engine';
import { useStore } from '../../../state';
import { applyPolicyChoice } from '../../actions/compareActions';
import { ControlSelect } from '../../common/ControlSelect';
import { DEFAULT_CANVAS_LAYOUT } from '../../../view/comparePicture';
import { CompareBusy } from './CompareBusy';
import { ComparisonTable } from './ComparisonTable';
import { EstimateForm } from './EstimateForm';
import { useComparison } from './useComparison';

const NONE = 'none';

function failureOf(value: string): FailureSpec | undefined {
  if (value === 'local-pod') return { kind: 'local-pod' };
  if (value.startsWith('zone:')) return { kind: 'zone', zone: value.slice(5) };
  if (value.startsWith('drain:')) return { kind: 'drain', node: value.slice(6) };
  return undefined;
}

export default function ComparePanel() {
  const report = useStore((s) => s.report);
  const [failureValue, setFailureValue] = useState(NONE);
  const [estimate, setEstimate] = useState<EstimateInputs>(DEFAULT_ESTIMATE_INPUTS);
  const [applyProblem, setApplyProblem] = useState<string | null>(null);
  const failure = useMemo(() => failureOf(failureValue), [failureValue]);
  const { result, running, cancelled, cancel } = useComparison(failure, estimate);
  const canvasLayout = useStore((s) => s.canvasLayout);

  const failureOptions = useMemo(() => {
    const nodes = report?.nodes ?? [];
    const zones = [...new Set(nodes.flatMap((n) => (n.zone ? [n.zone] : [])))].sort();
    return [
      { value: NONE, label: 'no failure' },
      ...zones.map((z) => ({ value: `zone:${z}`, label: `zone ${z} outage` })),
      ...nodes.map((n) => ({ value: `drain:${n.name}`, label: `kubectl drain ${n.name} --force` })),
      { value: 'local-pod', label: "the client's local endpoint deleted" },
    ];
  }, [report]);

  const status = <CompareBusy running={running} cancelled={cancelled} onCancel={cancel} />;
  if (!result)
    return running ? (
      <div className="kt-panel cmp" data-testid="compare-panel">
        {status}
      </div>
    ) : (
      <p className="kt-muted">No Service in the workspace to compare.</p>
    );
  if ('problem' in result)
    return (
      <div className="kt-panel cmp" data-testid="compare-panel">
        {status}
        <p className="kt-hint" role="alert">
          {result.problem}
        </p>
      </div>
    );
  const comparison = result.comparison;
  const errors = [...new Set(comparison.columns.flatMap((c) => c.figures.errors))];
  const apply = (column: ChoiceColumn) =>
    setApplyProblem(
      applyPolicyChoice(comparison.service, column.choice.spec)
        ? null
        : `Could not write ${column.choice.yaml} into ${comparison.service}: fix the YAML errors first.`,
    );

  return (
    <div className="kt-panel cmp" data-testid="compare-panel">
      <div className="kt-panel-controls cmp-controls">
        <p className="cmp-title">
          <strong>{comparison.service}</strong> port {comparison.port}
          {comparison.ipFamily ? <span data-testid="compare-family"> over {comparison.ipFamily}</span> : null}, v
          {comparison.kubernetesVersion}, {comparison.clients.length} client
          {comparison.clients.length === 1 ? '' : 's'}
          <span className="cmp-title-more">; shares are of all clients&apos; requests (same node / same zone / cross zone)</span>.
        </p>
        <ControlSelect
          id="compare-failure"
          label="Under failure"
          inline
          value={failureValue}
          options={failureOptions}
          onChange={setFailureValue}
        />
      </div>
      {status}
      {errors.length > 0 && (
        <p className="kt-hint" role="alert" data-testid="compare-errors">
          The files have errors, so some objects are left out of every column: {errors.slice(0, 3).join('; ')}
          {errors.length > 3 ? ` (and ${errors.length - 3} more)` : ''}
        </p>
      )}
      {comparison.failure?.problem && (
        <p className="kt-hint" role="status" data-testid="compare-failure-problem">
          That failure cannot happen here: {comparison.failure.problem}.
        </p>
      )}
      {applyProblem && (
        <p className="kt-hint" role="alert">
          {applyProblem}
        </p>
      )}
      <ComparisonTable comparison={comparison} topology={result.topology} canvas={canvasLayout ?? DEFAULT_CANVAS_LAYOUT} onApply={apply} />
      {comparison.unavailable.length > 0 && (
        <p className="kt-muted cmp-unavailable">
          Not offered by v{comparison.kubernetesVersion}: {comparison.unavailable.map((u) => `${u.label} (${u.reason})`).join('; ')}.
        </p>
      )}
      <EstimateForm inputs={estimate} onChange={setEstimate} />
    </div>
  );
}
