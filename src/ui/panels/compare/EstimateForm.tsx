/** The estimate's inputs, editable; the defaults are labelled as the assumptions they are, with their source. */
import { NumberField } from '../../common/NumberField';
import { DEFAULT_ESTIMATE_INPUTS, ESTIMATE_ASSUMPTIONS, type EstimateInputs } from '../../../engine';

interface EstimateField {
  label: string;
  testId: string;
  step: number;
  read(inputs: EstimateInputs): number;
  write(inputs: EstimateInputs, value: number): EstimateInputs;
}

const top = (key: 'requestsPerSecondPerClient' | 'requestBytes' | 'responseBytes' | 'pricePerGb') => ({
  read: (inputs: EstimateInputs) => inputs[key],
  write: (inputs: EstimateInputs, value: number) => ({ ...inputs, [key]: value }),
});
const latency = (key: keyof EstimateInputs['latencyMs']) => ({
  read: (inputs: EstimateInputs) => inputs.latencyMs[key],
  write: (inputs: EstimateInputs, value: number) => ({ ...inputs, latencyMs: { ...inputs.latencyMs, [key]: value } }),
});

const FIELDS: EstimateField[] = [
  { label: 'requests/s per client', testId: 'compare-rate', step: 1, ...top('requestsPerSecondPerClient') },
  { label: 'request bytes', testId: 'compare-request-bytes', step: 100, ...top('requestBytes') },
  { label: 'response bytes', testId: 'compare-response-bytes', step: 100, ...top('responseBytes') },
  { label: 'USD per GB crossing zones', testId: 'compare-price', step: 0.001, ...top('pricePerGb') },
  { label: 'ms same node', testId: 'compare-latency-node', step: 0.01, ...latency('sameNode') },
  { label: 'ms same zone', testId: 'compare-latency-zone', step: 0.05, ...latency('sameZone') },
  { label: 'ms cross zone', testId: 'compare-latency-cross', step: 0.1, ...latency('crossZone') },
];

export function EstimateForm({ inputs, onChange }: { inputs: EstimateInputs; onChange(next: EstimateInputs): void }) {
  const isDefault = JSON.stringify(inputs) === JSON.stringify(DEFAULT_ESTIMATE_INPUTS);
  return (
    <details className="cmp-estimate" data-testid="compare-estimate">
      <summary>Estimate inputs {isDefault ? '(assumed defaults — edit them for your workload)' : '(edited)'}</summary>
      <div className="cmp-fields">
        {FIELDS.map((field) => (
          <NumberField
            key={field.testId}
            className="cmp-field"
            min={0}
            label={field.label}
            value={field.read(inputs)}
            step={field.step}
            testId={field.testId}
            onChange={(v) => onChange(field.write(inputs, v))}
          />
        ))}
        <button type="button" disabled={isDefault} onClick={() => onChange(DEFAULT_ESTIMATE_INPUTS)}>
          Reset to the assumptions
        </button>
      </div>
      <ul className="cmp-assumptions">
        <li>Load and sizes: {ESTIMATE_ASSUMPTIONS.requestsPerSecondPerClient} Every client sends the same rate.</li>
        <li>Price: {ESTIMATE_ASSUMPTIONS.pricePerGb}</li>
        <li>Latency: {ESTIMATE_ASSUMPTIONS.latencyMs}</li>
        <li>A month is 730 hours, a GB 10⁹ bytes. Only cross-zone traffic is priced; the shares come from the engine&apos;s routes.</li>
      </ul>
    </details>
  );
}
