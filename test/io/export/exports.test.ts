import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildJsonReport } from '../../../src/format/jsonReport';
import { analyzeFiles } from '../../../src/engine/analyze';
import { buildCanvasSvg } from '../../../src/io/export/canvasSvg';
import { reportJson } from '../../../src/io/export/reportJson';
import { markdownCell, reportMarkdown } from '../../../src/format/reportMarkdown';
import { zipWorkspace } from '../../../src/io/export/workspaceZip';
import { seedDemo } from '../../../src/scenarios/seedDemo';

const report = analyzeFiles(seedDemo.files, { kubernetesVersion: '1.34' });

const hostile = analyzeFiles(
  [
    {
      name: 'x.yaml',
      text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels:\n    app: "<script>alert(1)</script>"\nspec:\n  containers:\n  - name: c\n    image: i\n',
    },
  ],
  { kubernetesVersion: '1.34' },
);

describe('canvas SVG', () => {
  it('draws every pod and node as text and the client routes with their shares', () => {
    const { svg, width, height } = buildCanvasSvg(report, { services: ['default/echo-svc'] });
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(200);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const node of report.nodes) expect(svg).toContain(`>node ${node.name}</text>`);
    for (const pod of report.pods) expect(svg).toContain(pod.name);
    const routes = svg.match(/<g class="route route--[a-z-]+">/g) ?? [];
    const shares = report.routes.filter((r) => r.service === 'default/echo-svc').flatMap((r) => r.endpoints.filter((e) => e.weight > 0));
    expect(routes.length).toBe(shares.length);
    expect(svg).toContain('>50%</text>');
    expect(svg).toContain('Kubernetes 1.34');
    // Localities as on the canvas: the client's node is same-node, the other echo pod cross-zone.
    expect(svg).toContain('<g class="route route--same-node">');
    expect(svg).toContain('<g class="route route--cross-zone">');
  });

  it('is well-formed XML with names escaped', () => {
    const { svg } = buildCanvasSvg(hostile, { services: [] });
    expect(svg).not.toContain('<script');
    const withName = buildCanvasSvg({ ...report, kubernetesVersion: '1.34', proxyMode: 'iptables' }, { services: ['<b>&"x"</b>'] }).svg;
    expect(withName).toContain('Service &lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;');
  });

  it('writes the external entries as the canvas does: who may enter through the load-balancer IP', () => {
    const lb = analyzeFiles(
      [
        ...seedDemo.files,
        {
          name: 'lb.yaml',
          text: 'apiVersion: v1\nkind: Service\nmetadata: {name: lb}\nspec:\n  type: LoadBalancer\n  loadBalancerSourceRanges: [203.0.113.0/25]\n  selector: {app: echo}\n  ports: [{port: 80}]\nstatus:\n  loadBalancer:\n    ingress: [{ip: 1.2.3.4}]\n',
        },
      ],
      { kubernetesVersion: '1.34' },
    );
    const { svg } = buildCanvasSvg(lb, { services: ['default/lb'] });
    expect(svg).toContain('>LB only from 203.0.113.0/25</text>');
    expect(svg).not.toContain('>external</text>');
  });

  it('uses the theme’s palette, light unless asked', () => {
    expect(buildCanvasSvg(report, { services: [], theme: 'dark' }).svg).toContain('<rect width="100%" height="100%" fill="#141414"/>');
    expect(buildCanvasSvg(report, { services: [] }).svg).toContain('<rect width="100%" height="100%" fill="#f6f8fa"/>');
  });
});

describe('report exports', () => {
  it('JSON is the CLI report', () => {
    expect(JSON.parse(reportJson(report))).toEqual(JSON.parse(JSON.stringify(buildJsonReport(report))));
  });

  it('Markdown has a row per node view and per client route', () => {
    const md = reportMarkdown(report);
    const rows = md.split('\n').filter((l) => l.startsWith('| mnode'));
    expect(rows.length).toBe(3);
    expect(md).toContain('| default/client | mnode-m02 | default/echo-svc | 80/TCP | internal | forward |');
    expect(md).toMatch(/echo-[^@|]+@mnode-m02 50%/);
  });

  it('escapes table cells', () => {
    expect(markdownCell('a|b\n<c>')).toBe('a\\|b \\<c\\>');
  });
});

describe('workspace zip', () => {
  it('holds each file under its name with its text', () => {
    const unzipped = unzipSync(zipWorkspace(seedDemo.files));
    expect(Object.keys(unzipped)).toEqual(seedDemo.files.map((f) => f.name));
    for (const file of seedDemo.files) expect(strFromU8(unzipped[file.name]!)).toBe(file.text);
  });
});
