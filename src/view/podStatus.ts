/** How a pod's state is shown: a shape, a word and a colour class, so colour is never alone. */
import type { PodSummary } from '../engine';

export type PodStatus = 'ready' | 'not-ready' | 'terminating' | 'pending' | 'finished';

export interface PodStatusLook {
  status: PodStatus;
  /** A glyph whose shape differs per status. */
  shape: string;
  text: string;
}

const looks: Record<PodStatus, Omit<PodStatusLook, 'status'>> = {
  ready: { shape: '●', text: 'Ready' },
  'not-ready': { shape: '○', text: 'Not ready' },
  terminating: { shape: '◐', text: 'Terminating' },
  pending: { shape: '◌', text: 'Pending' },
  finished: { shape: '■', text: 'Finished' },
};

export function podStatus(pod: Pick<PodSummary, 'phase' | 'ready' | 'terminating' | 'node'>): PodStatusLook {
  let status: PodStatus;
  if (pod.terminating) status = 'terminating';
  else if (pod.phase === 'Succeeded' || pod.phase === 'Failed') status = 'finished';
  else if (pod.phase === 'Pending' || !pod.node) status = 'pending';
  else status = pod.ready ? 'ready' : 'not-ready';
  const look = looks[status];
  return {
    status,
    shape: look.shape,
    text: status === 'finished' ? pod.phase : look.text,
  };
}
