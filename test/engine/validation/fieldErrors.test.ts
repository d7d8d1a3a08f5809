import { describe, expect, it } from 'vitest';
import {
  duplicate,
  forbidden,
  formatValue,
  invalid,
  notSupported,
  renderPath,
  required,
  tooMany,
} from '../../../src/engine/validation/fieldErrors';

describe('field errors', () => {
  it('renders paths as field.Path does', () => {
    expect(renderPath(['spec', 'ports', 0, 'targetPort'])).toBe('spec.ports[0].targetPort');
    expect(renderPath(['metadata', 'annotations', 'a/b'], 1)).toBe('metadata.annotations[a/b]');
  });

  it('renders values as errors.go does', () => {
    expect(formatValue(5)).toBe('5');
    expect(formatValue('x')).toBe('"x"');
    expect(formatValue({ app: 'web' })).toBe('{"app":"web"}');
  });

  it('words each error type like apimachinery', () => {
    expect(required('spec.ports')).toBe('spec.ports: Required value');
    expect(required('metadata.name', 'name or generateName is required')).toBe(
      'metadata.name: Required value: name or generateName is required',
    );
    expect(invalid('spec.ports[0].port', 0, 'must be between 1 and 65535, inclusive')).toBe(
      'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
    );
    expect(notSupported('spec.type', 'X', ['A', 'B'])).toBe('spec.type: Unsupported value: "X": supported values: "A", "B"');
    expect(forbidden('spec.x', 'nope')).toBe('spec.x: Forbidden: nope');
    expect(duplicate('spec.ports[1].name', 'a')).toBe('spec.ports[1].name: Duplicate value: "a"');
    expect(tooMany('hints.forZones', 9, 8)).toBe('hints.forZones: Too many: 9: must have at most 8 items');
  });
});
