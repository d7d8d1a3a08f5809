/**
 * The canvas's note when the drawn Service has no client route: a short form for small frames
 * (one line) and the full sentence (on hover and focus, and in frames wide enough for it).
 */
import type { IPFamilyName } from '../engine';

export interface CanvasNote {
  short: string;
  full: string;
}

/**
 * @example
 * canvasNote('default/web', 'IPv6').short; // "No client reaches default/web over IPv6"
 */
export function canvasNote(service: string | null, family: IPFamilyName | undefined): CanvasNote {
  if (!service) return { short: 'No Service yet', full: 'No Service in the workspace yet.' };
  if (family)
    return {
      short: `No client reaches ${service} over ${family}`,
      full: `No client pod reaches ${service} over ${family}: a client needs an ${family} address (status.podIPs, or a node with an ${family} pod CIDR).`,
    };
  return { short: `No client reaches ${service}`, full: `No client pod reaches ${service}: add a pod that no Service selects.` };
}
