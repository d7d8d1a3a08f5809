import { describe, expect, it } from 'vitest';
import { shouldPodBeInEndpoints, whyPodIsNotAnEndpoint } from '../../../src/engine/endpointslice/shouldPodBeInEndpoints';
import { makePod } from './fixtures';

// After k8s.io/endpointslice util/controller_utils_test.go TestShouldPodBeInEndpoints.
describe('shouldPodBeInEndpoints', () => {
  const cases: [string, Parameters<typeof makePod>[1], boolean, boolean][] = [
    ['Failed pod', { phase: 'Failed', ips: ['1.2.3.4'] }, true, false],
    ['Succeeded pod', { phase: 'Succeeded', ips: ['1.2.3.4'] }, true, false],
    ['Unknown phase with IP', { phase: 'Unknown', ips: ['1.2.3.4'] }, true, true],
    ['Pending pod with IP', { phase: 'Pending', ips: ['1.2.3.4'] }, true, true],
    ['Running pod without IP', { phase: 'Running', ips: [] }, true, false],
    ['Not ready pod with IP', { ready: false, ips: ['1.2.3.4'] }, true, true],
    ['Terminating pod, includeTerminating', { terminating: true, ips: ['1.2.3.4'] }, true, true],
    ['Terminating pod, !includeTerminating', { terminating: true, ips: ['1.2.3.4'] }, false, false],
  ];
  for (const [name, opts, includeTerminating, expected] of cases) {
    it(name, () => {
      const pod = makePod('p', opts);
      expect(shouldPodBeInEndpoints(pod, includeTerminating)).toBe(expected);
      expect(whyPodIsNotAnEndpoint(pod, includeTerminating) === undefined).toBe(expected);
    });
  }

  it('says why in plain words', () => {
    expect(whyPodIsNotAnEndpoint(makePod('p', { phase: 'Succeeded', ips: ['1.2.3.4'] }))).toBe('its phase is Succeeded');
    expect(whyPodIsNotAnEndpoint(makePod('p'))).toBe('it has no pod IP yet');
  });
});
