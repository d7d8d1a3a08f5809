import { describe, expect, test } from 'vitest';
import { normalizeVersion, parseArgs, parseFeatureGates } from '../../src/cli/parseArgs';

describe('parseArgs', () => {
  test.each([
    { argv: ['a.yaml'], options: { files: ['a.yaml'], format: 'table', each: false } },
    { argv: ['a.yaml', 'b.yaml'], options: { files: ['a.yaml', 'b.yaml'], format: 'table', each: false } },
    { argv: ['-'], options: { files: ['-'], format: 'table', each: false } },
    { argv: ['--k8s', '1.33', 'a.yaml'], options: { files: ['a.yaml'], kubernetesVersion: '1.33', format: 'table', each: false } },
    { argv: ['--k8s=v1.34.1', 'a.yaml'], options: { files: ['a.yaml'], kubernetesVersion: '1.34', format: 'table', each: false } },
    { argv: ['--from', 'default/client', 'a.yaml'], options: { files: ['a.yaml'], from: 'default/client', format: 'table', each: false } },
    { argv: ['--from=client', 'a.yaml'], options: { files: ['a.yaml'], from: 'client', format: 'table', each: false } },
    {
      argv: ['a.yaml', '--requests', '20', '--seed', '7'],
      options: { files: ['a.yaml'], requests: 20, seed: 7, format: 'table', each: false },
    },
    { argv: ['--seed', '-3', 'a.yaml'], options: { files: ['a.yaml'], seed: -3, format: 'table', each: false } },
    { argv: ['--format', 'json', '--each', 'a.yaml', 'b.yaml'], options: { files: ['a.yaml', 'b.yaml'], format: 'json', each: true } },
    {
      argv: ['--feature-gates', 'PreferSameTrafficDistribution=false,ServiceTrafficDistribution=True', 'a.yaml'],
      options: {
        files: ['a.yaml'],
        format: 'table',
        each: false,
        featureGates: { PreferSameTrafficDistribution: false, ServiceTrafficDistribution: true },
      },
    },
    {
      argv: ['--feature-gates', 'A=true', '--feature-gates=B=false', 'a.yaml'],
      options: { files: ['a.yaml'], format: 'table', each: false, featureGates: { A: true, B: false } },
    },
    { argv: ['--', '--odd-name.yaml'], options: { files: ['--odd-name.yaml'], format: 'table', each: false } },
  ])('$argv', ({ argv, options }) => {
    expect(parseArgs(argv)).toEqual({ kind: 'run', options });
  });

  test.each([['--help'], ['-h'], ['a.yaml', '--help']])('%s asks for help', (...argv) => {
    expect(parseArgs(argv)).toEqual({ kind: 'help' });
  });

  test.each([
    { argv: [], message: /no input files/ },
    { argv: ['--bogus', 'a.yaml'], message: /unknown option --bogus/ },
    { argv: ['a.yaml', '--k8s'], message: /--k8s needs a value/ },
    { argv: ['--k8s', '1.29', 'a.yaml'], message: /unsupported Kubernetes version "1.29".*1\.30/ },
    { argv: ['--k8s', 'latest', 'a.yaml'], message: /unsupported Kubernetes version/ },
    { argv: ['--requests', '0', 'a.yaml'], message: /--requests: expected a positive whole number/ },
    { argv: ['--requests', '2.5', 'a.yaml'], message: /--requests/ },
    { argv: ['--seed', 'abc', 'a.yaml'], message: /--seed: expected a whole number/ },
    { argv: ['--format', 'yaml', 'a.yaml'], message: /--format: expected table or json/ },
    { argv: ['--from', 'a/b/c', 'a.yaml'], message: /--from: expected <namespace\/pod>/ },
    { argv: ['--feature-gates', 'Foo', 'a.yaml'], message: /missing bool value for Foo/ },
    { argv: ['--feature-gates', 'Foo=maybe', 'a.yaml'], message: /invalid value of Foo=maybe/ },
    { argv: ['--each=yes', 'a.yaml'], message: /--each takes no value/ },
    { argv: ['-', '-'], message: /only once/ },
  ])('$argv is a usage error', ({ argv, message }) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toMatch(message);
  });
});

test('normalizeVersion accepts the forms kubectl version prints', () => {
  expect(normalizeVersion('1.30')).toBe('1.30');
  expect(normalizeVersion('v1.36.0')).toBe('1.36');
  expect(normalizeVersion('1.037')).toBeUndefined();
  expect(normalizeVersion('2.0')).toBeUndefined();
});

test('parseFeatureGates ignores empty items and reads booleans case-insensitively', () => {
  expect(parseFeatureGates('A=TRUE,, B=false ')).toEqual({ A: true, B: false });
  expect(parseFeatureGates('')).toEqual({});
});
