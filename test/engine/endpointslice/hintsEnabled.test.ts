import { describe, expect, it } from 'vitest';
import { hintsEnabled, topologyAnnotation } from '../../../src/engine/endpointslice/hintsEnabled';

const HINTS = 'service.kubernetes.io/topology-aware-hints';
const MODE = 'service.kubernetes.io/topology-mode';

// Ported from k8s.io/endpointslice utils_test.go Test_hintsEnabled.
describe('hintsEnabled', () => {
  const cases: [string, Record<string, string>, boolean][] = [
    ['empty annotations', {}, false],
    ['different annotations', { 'topology-hints': 'enabled' }, false],
    ['hints annotation == enabled', { [HINTS]: 'enabled' }, false],
    ['hints annotation == aUto', { [HINTS]: 'aUto' }, false],
    ['hints annotation == auto', { [HINTS]: 'auto' }, true],
    ['hints annotation == Auto', { [HINTS]: 'Auto' }, true],
    ['hints annotation == disabled', { [HINTS]: 'disabled' }, false],
    ['mode annotation == enabled', { [MODE]: 'enabled' }, false],
    ['mode annotation == aUto', { [MODE]: 'aUto' }, false],
    ['mode annotation == auto', { [MODE]: 'auto' }, true],
    ['mode annotation == Auto', { [MODE]: 'Auto' }, true],
    ['mode annotation == disabled', { [MODE]: 'disabled' }, false],
    ['mode annotation == disabled, hints annotation == auto', { [MODE]: 'disabled', [HINTS]: 'auto' }, true],
    ['mode annotation == auto, hints annotation == disabled', { [MODE]: 'auto', [HINTS]: 'disabled' }, false],
    ['mode annotation == Auto, hints annotation == "" (present, so it wins)', { [MODE]: 'Auto', [HINTS]: '' }, false],
  ];
  for (const [name, annotations, expected] of cases) {
    it(name, () => expect(hintsEnabled(annotations)).toBe(expected));
  }

  it('names the annotation it read', () => {
    expect(topologyAnnotation({ [MODE]: 'Auto' })).toEqual({ key: MODE, value: 'Auto' });
    expect(topologyAnnotation({ [MODE]: 'Auto', [HINTS]: 'x' })).toEqual({ key: HINTS, value: 'x' });
    expect(topologyAnnotation({})).toBeUndefined();
  });
});
