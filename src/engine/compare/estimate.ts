/**
 * The estimate: cross-zone gigabytes, their price and a latency figure, from the engine's locality
 * shares and inputs the user edits. The defaults are assumptions, each with where it comes from.
 */
import type { Estimate, EstimateInputs, LocalityShares, PolicyComparison } from './types';

/** A billing month as cloud price lists count it: 730 hours. */
export const SECONDS_PER_MONTH = 730 * 3600;
/** Cloud price lists count a GB as 10^9 bytes. */
export const BYTES_PER_GB = 1e9;

export const DEFAULT_ESTIMATE_INPUTS: EstimateInputs = {
  requestsPerSecondPerClient: 100,
  requestBytes: 1_000,
  responseBytes: 10_000,
  pricePerGb: 0.02,
  latencyMs: { sameNode: 0.05, sameZone: 0.25, crossZone: 1 },
};

/** Where each default comes from: an assumption to replace with your own figures, never a fact. */
export const ESTIMATE_ASSUMPTIONS: Record<keyof EstimateInputs, string> = {
  requestsPerSecondPerClient: 'assumed, an example load; put in your own.',
  requestBytes: 'assumed, headers and a small body; put in your own.',
  responseBytes: 'assumed, an example size; put in your own.',
  pricePerGb:
    "assumed from AWS's EC2 data-transfer pricing, 0.01 USD per GB between Availability Zones charged in each direction (out of one zone, into the other); other clouds publish similar inter-zone prices. Check your provider's current price.",
  latencyMs:
    'assumed round trips added by the hop, orders of magnitude only (providers describe inter-zone latency as low single-digit milliseconds). Measure your own cluster.',
};

/**
 * The monthly estimate for `clients` running clients, each sending `inputs.requestsPerSecondPerClient`,
 * split by the overall locality `shares`. Only cross-zone traffic is priced; traffic to or from a
 * node without a zone label is neither priced nor given a latency.
 *
 * @example
 * estimateOf({ sameNode: 0, sameZone: 0.5, crossZone: 0.5, unknownZone: 0, dropped: 0, rejected: 0 }, 1, DEFAULT_ESTIMATE_INPUTS).crossZoneGbPerMonth; // 1445.4
 */
export function estimateOf(shares: LocalityShares, clients: number, inputs: EstimateInputs): Estimate {
  const requestsPerMonth = clients * inputs.requestsPerSecondPerClient * SECONDS_PER_MONTH;
  const crossZoneGbPerMonth = (requestsPerMonth * shares.crossZone * (inputs.requestBytes + inputs.responseBytes)) / BYTES_PER_GB;
  const known = shares.sameNode + shares.sameZone + shares.crossZone;
  const estimate: Estimate = { requestsPerMonth, crossZoneGbPerMonth, costPerMonth: crossZoneGbPerMonth * inputs.pricePerGb };
  if (known > 0) {
    const { sameNode, sameZone, crossZone } = inputs.latencyMs;
    estimate.meanLatencyMs = (shares.sameNode * sameNode + shares.sameZone * sameZone + shares.crossZone * crossZone) / known;
  }
  return estimate;
}

/**
 * Inputs with anything not a finite, non-negative number replaced by its default.
 *
 * @example
 * sanitizeEstimateInputs({ ...DEFAULT_ESTIMATE_INPUTS, pricePerGb: -1 }).pricePerGb; // 0.02
 */
export function sanitizeEstimateInputs(
  inputs: Partial<EstimateInputs> & { latencyMs?: Partial<EstimateInputs['latencyMs']> },
): EstimateInputs {
  const ok = (v: number | undefined, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
  const d = DEFAULT_ESTIMATE_INPUTS;
  return {
    requestsPerSecondPerClient: ok(inputs.requestsPerSecondPerClient, d.requestsPerSecondPerClient),
    requestBytes: ok(inputs.requestBytes, d.requestBytes),
    responseBytes: ok(inputs.responseBytes, d.responseBytes),
    pricePerGb: ok(inputs.pricePerGb, d.pricePerGb),
    latencyMs: {
      sameNode: ok(inputs.latencyMs?.sameNode, d.latencyMs.sameNode),
      sameZone: ok(inputs.latencyMs?.sameZone, d.latencyMs.sameZone),
      crossZone: ok(inputs.latencyMs?.crossZone, d.latencyMs.crossZone),
    },
  };
}

/**
 * The comparison with every estimate worked out again from new inputs: the figures stay, so a
 * change of price or rate needs no new analysis.
 *
 * @example
 * withEstimateInputs(comparison, { pricePerGb: 0.01 }).columns[0]?.estimate.costPerMonth; // half the 0.02 figure
 */
export function withEstimateInputs(comparison: PolicyComparison, estimate: Partial<EstimateInputs>): PolicyComparison {
  const inputs = sanitizeEstimateInputs(estimate);
  const again = <T extends { figures: { overall: LocalityShares; clients: readonly unknown[] }; estimate: Estimate }>(part: T): T => ({
    ...part,
    estimate: estimateOf(part.figures.overall, part.figures.clients.length, inputs),
  });
  return {
    ...comparison,
    estimateInputs: inputs,
    columns: comparison.columns.map((column) => ({
      ...again(column),
      ...(column.underFailure ? { underFailure: again(column.underFailure) } : {}),
    })),
  };
}
