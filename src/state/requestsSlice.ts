import type { StateCreator } from 'zustand';
import { reportForFamily, simulationContextOf, sendWithAffinity } from '../engine';
import type { RequestsSlice, StoreState } from './types';

export const createRequestsSlice: StateCreator<StoreState, [], [], RequestsSlice> = (set, get) => ({
  requestRun: null,
  affinity: [],
  sendRequests(from, service, port, count, family) {
    const { report: full, seed, affinity, now } = get();
    if (!full) return;
    // A dual-stack Service's requests go over its route of that family: the engine's, as reported.
    const report = reportForFamily(full, service, family);
    const route = report.routes.find((r) => r.from === from && r.service === service && r.port === port && r.traffic === 'internal');
    const summary = report.services.find((s) => s.key === service);
    if (!route || !summary) return;
    // Sticky across sends: the table lives on the timeline's clock, so entries expire as time flows.
    const sent = sendWithAffinity(affinity, route, simulationContextOf(report, summary), count, now, seed);
    const run = { from, service, port, ...(route.ipFamily ? { family: route.ipFamily } : {}), count, counts: sent.counts };
    set({ requestRun: run, affinity: sent.table });
  },
});
