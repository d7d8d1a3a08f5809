import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFiles } from '../../src/engine/analyze';
import { MAX_LISTED_ENDPOINTS, formatDiagnostic, formatEndpoints, formatTable } from '../../src/format/formatTable';
import { shortObjectKey } from '../../src/engine/model';
import { endpoint, sampleReport } from '../cli/sampleReport';

test('diagnostics read file:line:col: severity: message', () => {
  const [d] = sampleReport().diagnostics;
  expect(formatDiagnostic(d!)).toBe('echo-service.yaml:7:5: warning: something to look at');
  expect(formatDiagnostic({ ...d!, line: 12, column: 3, severity: 'error' })).toBe('echo-service.yaml:12:3: error: something to look at');
});

test('endpoint shares are pod@node with a percentage; a dropping view has none', () => {
  const endpoints = [endpoint('default/echo-1', 'n1', 'z', 0.25, 'same-node'), endpoint('other/echo-2', 'n2', 'z', 0.75, 'same-zone')];
  expect(formatEndpoints({ verdict: 'forward', endpoints })).toBe('echo-1@n1 25%, other/echo-2@n2 75%');
  expect(formatEndpoints({ verdict: 'drop', endpoints })).toBe('-');
  expect(shortObjectKey('kube-system/dns')).toBe('kube-system/dns');
});

test('long endpoint lists show the first few and sum up the rest', () => {
  const endpoints = Array.from({ length: MAX_LISTED_ENDPOINTS + 12 }, (_, i) =>
    endpoint(`default/echo-${i}`, `n${i}`, 'z', 0.05, 'same-zone'),
  );
  const text = formatEndpoints({ verdict: 'forward', endpoints });
  expect(text.split(', ')).toHaveLength(MAX_LISTED_ENDPOINTS + 1);
  expect(text.startsWith('echo-0@n0 5%, echo-1@n1 5%')).toBe(true);
  expect(text.endsWith(', +12 more 60%')).toBe(true);
});

test('the table lists diagnostics, then one row per node in node order, then routes, reasons and counts', () => {
  const text = formatTable(sampleReport());
  const lines = text.split('\n');
  expect(lines[0]).toMatch(/^echo-service\.yaml:7:5: warning: /);

  const header = lines.findIndex((l) => l.startsWith('NODE'));
  const rows = lines.slice(header + 1, header + 4);
  expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(['mnode', 'mnode-m02', 'mnode-m03']);
  expect(rows[0]).toMatch(
    /^mnode\s+-\s+default\/echo-svc\s+80\/TCP\s+internal\s+forward\s+echo-7f9c6-abcde@mnode-m02 50%, echo-7f9c6-fghij@mnode-m03 50%$/,
  );
  expect(rows[1]).toMatch(/zone-a .* drop\s+-$/);

  expect(text).toMatch(/^FROM\s+NODE\s+SERVICE/m);
  expect(text).toMatch(/^default\/client\s+mnode-m02\s+default\/echo-svc\s+80\/TCP\s+internal\s+forward\s+echo-7f9c6-abcde@mnode-m02 50%/m);
  expect(text).toContain('kube-proxy (topologyModeFromHints): no endpoint has hints');

  const counts = text.slice(text.indexOf('Requests from default/client to default/echo-svc:80/TCP:')).split('\n').slice(1, 3);
  expect(counts).toEqual(['     11 echo-7f9c6-abcde@mnode-m02', '      9 echo-7f9c6-fghij@mnode-m03']);
});

test('without routes the table has no client sections', () => {
  const text = formatTable({ ...sampleReport(), routes: [], diagnostics: [] });
  expect(text).not.toContain('FROM');
  expect(text).not.toContain('Requests from');
  expect(text.startsWith('Kubernetes 1.34')).toBe(true);
});

test('with externalTrafficPolicy Local and a healthCheckNodePort, the table says which nodes pass the health check and why', () => {
  const dir = 'src/scenarios/builtin/etp-local-lb';
  const files = ['cluster.yaml', 'web.yaml', 'web-service.yaml'].map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const text = formatTable(analyzeFiles(files, { kubernetesVersion: '1.34' }));
  const section = text.slice(text.indexOf('Load-balancer health checks'));
  const lines = section.split('\n').slice(1, 4);
  expect(lines[0]).toMatch(/^ {2}default\/web: healthCheckNodePort \d+ on node node-1 answers 200 \(localEndpoints: 2\)/);
  expect(lines[1]).toMatch(/^ {2}default\/web: healthCheckNodePort \d+ on node node-2 answers 200 \(localEndpoints: 1\)/);
  expect(lines[2]).toMatch(
    /^ {2}default\/web \[node-3\]: healthCheckNodePort \d+ on nodes in zone-b answers 503 \(no local ready endpoints\)/,
  );
  // Without such a Service there is no such section.
  expect(formatTable(sampleReport())).not.toContain('Load-balancer health checks');
});
