/** The estimate's inputs, editable; the defaults are labelled as the assumptions they are, with their source. */
import { NumberField } from '../../common/NumberField';
import { DEFAULT_ESTIMATE_INPUTS, ESTIMATE_ASSUMPTIONS, type EstimateInputs } from '../../../engine';

export function EstimateForm({ inputs, onChange }: { inputs: EstimateInputs; onChange(next: EstimateInputs): void }) {
  const set = (patch: Partial<EstimateInputs>) => onChange({ ...inputs, ...patch });
  const latency = (patch: Partial<EstimateInputs['latencyMs']>) => onChange({ ...inputs, latencyMs: { ...inputs.latencyMs, ...patch } });
  const isDefault = JSON.stringify(inputs) === JSON.stringify(DEFAULT_ESTIMATE_INPUTS);
  return (
    <details className="cmp-estimate" data-testid="compare-estimate">
      <summary>Estimate inputs {isDefault ? '(assumed defaults — edit them for your workload)' : '(edited)'}</summary>
      <div className="cmp-fields">
        <NumberField
          className="cmp-field"
          min={0}
          label="requests/s per client"
          value={inputs.requestsPerSecondPerClient}
          step={1}
          testId="compare-rate"
          onChange={(v) => set({ requestsPerSecondPerClient: v })}
        />
        <NumberField
          className="cmp-field"
          min={0}
          label="request bytes"
          value={inputs.requestBytes}
          step={100}
          testId="compare-request-bytes"
          onChange={(v) => set({ requestBytes: v })}
        />
        <NumberField
          className="cmp-field"
          min={0}
          label="response bytes"
          value={inputs.responseBytes}
          step={100}
          testId="compare-response-bytes"
          onChange={(v) => set({ responseBytes: v })}
        />
        <NumberField
          className="cmp-field"
          min={0}
          label="USD per GB crossing zones"
          value={inputs.pricePerGb}
          step={0.001}
          testId="compare-price"
          onChange={(v) => set({ pricePerGb: v })}
        />
        <NumberField
          className="cmp-field"
          min={0}
          label="ms same node"
          value={inputs.latencyMs.sameNode}
          step={0.01}
          testId="compare-latency-node"
          onChange={(v) => latency({ sameNode: v })}
        />
        <NumberField
          className="cmp-field"
          min={0}
          label="ms same zone"
          value={inputs.latencyMs.sameZone}
          step={0.05}
          testId="compare-latency-zone"
          onChange={(v) => latency({ sameZone: v })}
        />
        <NumberField
          className="cmp-field"
          min={0}
          label="ms cross zone"
          value={inputs.latencyMs.crossZone}
          step={0.1}
          testId="compare-latency-cross"
          onChange={(v) => latency({ crossZone: v })}
        />
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
