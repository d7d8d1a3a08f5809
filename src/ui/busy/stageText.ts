/** What the busy indicator says of the worker's stage, in Kubernetes' words. */
import type { AnalysisProgress } from '../../state/worker/protocol';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The stage as the indicator shows it (`text`, with its counts) and as it is announced (`name`,
 * without them: a screen reader hears each stage once, not every count).
 *
 * @example
 * stageText({ stage: 'parse', done: 12000, total: 51200 }).text; // "Parsing 12,000 of 51,200 documents…"
 */
export function stageText(progress: AnalysisProgress | null): { text: string; name: string } {
  if (!progress) return { text: 'Analysing…', name: 'Analysing' };
  const { done, total } = progress;
  const of = (noun: string) => `${count(done)} of ${count(total)} ${noun}`;
  switch (progress.stage) {
    case 'parse':
      return { text: `Parsing ${of(total === 1 ? 'document' : 'documents')}…`, name: 'Parsing the documents' };
    case 'decode':
      return {
        text: `API server: decoding and validating ${of(total === 1 ? 'object' : 'objects')}…`,
        name: 'API server: decoding the objects',
      };
    case 'events':
      return { text: `Replaying ${count(total)} cluster event${total === 1 ? '' : 's'}…`, name: 'Replaying the cluster events' };
    case 'schedule':
      return { text: 'Scheduler: placing pods on nodes…', name: 'Scheduler: placing pods on nodes' };
    case 'services':
      return {
        text: `EndpointSlice controller and kube-proxy views: ${of(total === 1 ? 'Service' : 'Services')}…`,
        name: 'EndpointSlice controller and kube-proxy views',
      };
    case 'routes':
      return { text: `Client routes: ${of(total === 1 ? 'Service port' : 'Service ports')}…`, name: 'Client routes' };
    case 'handoff':
      return { text: 'Handing the report to the page…', name: 'Handing the report to the page' };
  }
}
