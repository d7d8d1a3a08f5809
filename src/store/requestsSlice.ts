import type { StateCreator } from 'zustand';
import { simulateRequests, type SimulationContext } from '../engine/routes/simulateRequests';
import type { RequestsSlice, StoreState } from './types';

export const createRequestsSlice: StateCreator<StoreState, [], [], RequestsSlice> = (set, get) => ({
  requestRun: null,
  sendRequests(from, service, port, count) {
    const { report, seed } = get();
    if (!report) return;
    const route = report.routes.find((r) => r.from === from && r.service === service && r.port === port && r.traffic === 'internal');
    const summary = report.services.find((s) => s.key === service);
    if (!route || !summary) return;
    const context: SimulationContext = { proxyMode: report.proxyMode, sessionAffinity: summary.sessionAffinity };
    if (report.ipvsScheduler) context.ipvsScheduler = report.ipvsScheduler;
    if (summary.sessionAffinityTimeoutSeconds !== undefined) context.sessionAffinityTimeoutSeconds = summary.sessionAffinityTimeoutSeconds;
    set({ requestRun: { from, service, port, count, counts: simulateRequests(route, context, count, seed) } });
  },
});
