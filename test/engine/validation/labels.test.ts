import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { annotationProblems, isQualifiedName, isValidLabelValue } from '../../../src/engine/validation/labels';

describe('label keys and values, as apimachinery validates them', () => {
  it('accepts the keys and values of real manifests', () => {
    for (const key of ['app', 'app.kubernetes.io/name', 'topology.kubernetes.io/zone', 'kubernetes.io/service-name', 'pod-template-hash'])
      expect(isQualifiedName(key)).toEqual([]);
    for (const value of ['', 'echo', 'v1.2_3', 'zone-a']) expect(isValidLabelValue(value)).toEqual([]);
  });

  it('words its refusals as the API server does', () => {
    expect(isQualifiedName('bad key!!')).toEqual([
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
    expect(isQualifiedName('/x')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('a/b/c')[0]).toMatch(
      /^a qualified name must consist of .* with an optional DNS subdomain prefix and '\/' \(e.g. 'example.com\/MyName'\)$/,
    );
    expect(isQualifiedName('Example.com/x')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain must consist of/);
    expect(isValidLabelValue('x'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(isValidLabelValue('-x')[0]).toMatch(/^a valid label must be an empty string or consist of alphanumeric characters/);
  });

  it('caps all annotations at 256 KiB, counting bytes', () => {
    expect(annotationProblems({ a: 'x'.repeat(262_143) })).toEqual([]);
    expect(annotationProblems({ a: 'x'.repeat(262_144) })).toEqual([
      { value: '', message: 'may not be more than 262144 bytes', tooLong: true },
    ]);
    expect(annotationProblems({ a: 'é'.repeat(131_072) })).toHaveLength(1);
  });

  it('refuses an object with a bad label key, a bad annotation key or too many annotation bytes', () => {
    const pod = (meta: string) => [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      meta,
      'spec:',
      '  containers: [{name: c, image: c}]',
      '',
    ];
    const messages = (meta: string) =>
      analyzeFiles([{ name: 'p.yaml', text: pod(meta).join('\n') }])
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => d.message);
    expect(messages('  labels: {"bad key!!": x}')[0]).toMatch(
      /^The Pod "p" is invalid: metadata.labels: Invalid value: "bad key!!": name part must consist of alphanumeric characters/,
    );
    expect(messages('  annotations: {"a b": x}')[0]).toMatch(/metadata.annotations: Invalid value: "a b": name part must consist/);
    expect(messages(`  annotations: {a: ${'x'.repeat(300_000)}}`)[0]).toContain(
      'metadata.annotations: Too long: may not be more than 262144 bytes',
    );
    expect(messages('  annotations: {Example.COM/Key: x}')).toEqual([]);
  });

  it('checks a Deployment’s pod template labels too', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: d}',
      'spec:',
      '  selector: {matchLabels: {app: d}}',
      '  template:',
      '    metadata: {labels: {app: d, "x/": y}}',
      '    spec: {containers: [{name: c, image: c}]}',
    ].join('\n');
    const errors = analyzeFiles([{ name: 'd.yaml', text }]).diagnostics.filter((d) => d.severity === 'error');
    expect(errors[0]?.message).toContain('spec.template.metadata.labels: Invalid value: "x/": name part must be non-empty');
  });

  const errorsOf = (lines: string[]) =>
    analyzeFiles([{ name: 'x.yaml', text: lines.join('\n') + '\n' }])
      .diagnostics.filter((d) => d.severity === 'error')
      .map((d) => `${d.line}: ${d.message}`);

  it('checks selectors as ValidateLabelSelector: matchLabels as labels, requirement keys and values', () => {
    const errors = errorsOf([
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: d}',
      'spec:',
      '  selector:',
      '    matchLabels: {"bad key!!": d}',
      '    matchExpressions:',
      '    - {key: "tier!", operator: In, values: ["front end"]}',
      '  template:',
      '    metadata: {labels: {app: d}}',
      '    spec: {containers: [{name: c, image: c}]}',
    ]);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^6: The Deployment "d" is invalid: spec.selector.matchLabels: Invalid value: "bad key!!": name part must consist/,
      ),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/^8: .*spec.selector.matchExpressions\[0\].key: Invalid value: "tier!": name part must consist/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^8: .*spec.selector.matchExpressions\[0\].values\[0\]: Invalid value: "front end": a valid label must be an empty string/,
      ),
    );
  });

  it("checks a Service's selector and a PodDisruptionBudget's", () => {
    const errors = errorsOf([
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: s}',
      'spec:',
      '  selector: {app: "not a value"}',
      '  ports: [{port: 80}]',
      '---',
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata: {name: p}',
      'spec:',
      '  minAvailable: 1',
      '  selector: {matchLabels: {"a/b/c": x}}',
    ]);
    expect(errors).toContainEqual(
      expect.stringMatching(/^5: The Service "s" is invalid: spec.selector: Invalid value: "not a value": a valid label must be/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/^13: .*spec.selector.matchLabels: Invalid value: "a\/b\/c": a qualified name must consist/),
    );
  });

  it("checks the pod template's annotations of every workload, as ValidateTemplateObjectMeta", () => {
    for (const [apiVersion, kind] of [
      ['apps/v1', 'Deployment'],
      ['apps/v1', 'DaemonSet'],
      ['apps/v1', 'ReplicaSet'],
    ]) {
      const errors = errorsOf([
        `apiVersion: ${apiVersion}`,
        `kind: ${kind}`,
        'metadata: {name: w}',
        'spec:',
        '  selector: {matchLabels: {app: w}}',
        '  template:',
        '    metadata:',
        '      labels: {app: w}',
        '      annotations: {"bad annotation": x}',
        '    spec: {containers: [{name: c, image: c}]}',
      ]);
      expect(errors, kind).toContainEqual(
        expect.stringMatching(/^9: .*spec.template.metadata.annotations: Invalid value: "bad annotation": name part must consist/),
      );
    }
  });
});
