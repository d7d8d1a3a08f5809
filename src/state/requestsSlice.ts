import type { StateCreator } from 'zustand';
import { simulationContextOf, sendWithAffinity } from '../engine';
import type { RequestsSlice, StoreState } from './types';

export const createRequestsSlice: StateCreator<StoreState, [], [], RequestsSlice> = (set, get) => ({
  requestRun: null,
  affinity: [],
  sendRequests(from, service, port, count) {
    const { report, seed, affinity, now } = get();
    if (!report) return;
    const route = report.routes.find((r) => r.from === from && r.service === service && r.port === port && r.traffic === 'internal');
    const summary = report.services.find((s) => s.key === service);
    if (!route || !summary) return;
    // Sticky across sends: the table lives on the timeline's clock, so entries expire as time flows.
    const sent = sendWithAffinity(affinity, route, simulationContextOf(report, summary), count, now, seed);
    set({ requestRun: { from, service, port, count, counts: sent.counts }, affinity: sent.table });
  },
});
