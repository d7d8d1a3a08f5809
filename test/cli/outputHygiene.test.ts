import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/format/formatTable';
import { escapeTerminal } from '../../src/format/escapeTerminal';
import { runCli } from './runCli';
import { sampleReport } from './sampleReport';

const HOSTILE = 'zone-\x1b]0;pwned\x07\x1b[2J\r\x9b31m';

describe('escapeTerminal: control characters shown as kubectl’s printers show them', () => {
  it('shows ESC as ^[ and CR as \\r, like cli-runtime’s terminalEscaper, and the other controls in caret or \\x notation', () => {
    expect(escapeTerminal(HOSTILE)).toBe('zone-^[]0;pwned^G^[[2J\\r\\x9b31m');
    expect(escapeTerminal('a\x00b\x7fc')).toBe('a^@b^?c');
  });
  it('keeps newlines and tabs of a whole output, escapes them in a cell', () => {
    expect(escapeTerminal('a\tb\nc')).toBe('a\tb\nc');
    expect(escapeTerminal('a\tb\nc', 'cell')).toBe('a\\tb\\nc');
  });
});

describe('the CLI table and trace never carry a terminal escape', () => {
  it('a zone, a node and a trace step holding escapes are printed escaped, the columns still aligned', () => {
    const report = sampleReport();
    report.nodes[0]!.zone = HOSTILE;
    const route = report.routes[0]!;
    route.trace = [{ stage: 'client', rule: 'ClusterIP', message: `from ${HOSTILE}` }];
    const text = formatTable(report);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(text).toContain('zone-^[]0;pwned^G^[[2J\\r\\x9b31m');
    const header = text.split('\n').find((l) => l.startsWith('NODE'))!;
    const row = text.split('\n').find((l) => l.includes('pwned'))!;
    expect(row.indexOf('echo') - header.indexOf('SERVICE')).toBeLessThanOrEqual(row.length);
  });

  it('route prints a manifest’s escapes escaped, on stdout and in diagnostics', async () => {
    const yaml = [
      'apiVersion: v1',
      'kind: Node',
      'metadata:',
      '  name: n1',
      '  labels:',
      `    topology.kubernetes.io/zone: ${JSON.stringify(HOSTILE)}`,
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: echo',
      '  annotations:',
      `    service.kubernetes.io/topology-mode: ${JSON.stringify(`Auto${HOSTILE}`)}`,
      'spec:',
      '  selector: {app: echo}',
      '  ports: [{port: 80}]',
      '',
    ].join('\n');
    const result = await runCli(['-'], yaml);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(result.stdout + result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    // The zone label is not a valid label value: the API server's message, the value quoted safely.
    expect(result.stdout).toContain(
      'metadata.labels: Invalid value: "zone-\\u001b]0;pwned\\u0007\\u001b[2J\\r\\x9b31m": a valid label must be an empty string or consist of alphanumeric characters',
    );
  }, 30_000);
});

describe('diagnostics quote long values cut, with their length', () => {
  it('30 MB of NUL bytes on stdin give a short line, not a 180 MB one', async () => {
    const result = await runCli(['-'], '\0'.repeat(30_000_000));
    expect(result.status).toBe(1);
    expect(result.stdout.length).toBeLessThan(4_000);
    expect(result.stdout).toMatch(/the document is a string \("(\\u0000){256}"\.\.\. \(truncated: 30000000 characters\)\)/);
  }, 60_000);

  it('an over-long label value is refused with the API server’s message and quoted cut', async () => {
    const long = 'x'.repeat(100_000);
    const yaml = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: p',
      '  labels:',
      `    app: ${long}`,
      'spec:',
      '  containers: [{name: c, image: c}]',
      '',
    ].join('\n');
    const result = await runCli(['-'], yaml);
    expect(result.stdout).toContain(
      `<stdin>:6:5: error: The Pod "p" is invalid: metadata.labels: Invalid value: "${'x'.repeat(256)}"... (truncated: 100000 characters): must be no more than 63 characters`,
    );
    expect(result.stdout.length).toBeLessThan(4_000);
  }, 30_000);
});
