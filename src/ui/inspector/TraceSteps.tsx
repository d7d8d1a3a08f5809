import type { TraceStep } from '../../engine';

const stageNames: Record<TraceStep['stage'], string> = {
  apiserver: 'API server',
  scheduler: 'scheduler',
  'endpointslice-controller': 'EndpointSlice controller',
  'kube-proxy': 'kube-proxy',
  'data-plane': 'data plane',
  client: 'client',
};

/** The engine's explanation, step by step: which component decided what, and by which rule. */
export function TraceSteps({ steps, label }: { steps: readonly TraceStep[]; label: string }) {
  if (steps.length === 0) return <p className="kt-muted">No steps recorded.</p>;
  return (
    <ol className="kt-trace" aria-label={label}>
      {steps.map((step, i) => (
        <li key={i}>
          <span className="kt-trace__stage">{stageNames[step.stage]}</span> {step.message}{' '}
          <code className="kt-trace__rule">{step.rule}</code>
        </li>
      ))}
    </ol>
  );
}
