import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWrittenFiles } from '../../src/engine/analyzeCluster';
import { reportForFamily, serviceFamilies, shownFamily } from '../../src/engine/familyReport';

const report = analyzeWrittenFiles(
  [{ name: 'cluster.yaml', text: readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8') }],
  { kubernetesVersion: '1.34' },
);
const families = (routes: readonly { service: string; ipFamily?: string }[], service: string) =>
  routes.filter((r) => r.service === service).map((r) => r.ipFamily);

describe('a report seen through one IP family', () => {
  it('names a dual-stack Service’s families, primary first, and none for a headless one', () => {
    expect(serviceFamilies(report, 'default/web')).toEqual(['IPv4', 'IPv6']);
    expect(serviceFamilies(report, 'default/db')).toBeUndefined();
    expect(shownFamily(report, 'default/web', null)).toBe('IPv4');
    expect(shownFamily(report, 'default/web', 'IPv6')).toBe('IPv6');
    expect(shownFamily(report, 'default/db', 'IPv6')).toBeUndefined();
  });

  it('swaps only that Service’s views and routes between the two lists', () => {
    const v6 = reportForFamily(report, 'default/web', 'IPv6');
    expect(families(v6.routes, 'default/web')).toEqual(['IPv6']);
    expect(families(v6.secondaryFamily!.routes, 'default/web')).toEqual(['IPv4', 'IPv4']);
    expect(new Set(v6.serviceViews.filter((g) => g.service === 'default/web').map((g) => g.ipFamily))).toEqual(new Set(['IPv6']));
    // The other dual-stack Service keeps its primary family where it was.
    expect(families(v6.routes, 'default/agent')).toEqual(families(report.routes, 'default/agent'));
    expect(v6.routes.length + v6.secondaryFamily!.routes.length).toBe(report.routes.length + report.secondaryFamily!.routes.length);
    const ipv6Route = report.secondaryFamily!.routes.find((r) => r.service === 'default/web')!;
    expect(v6.routes).toContain(ipv6Route);
    expect(serviceFamilies(v6, 'default/web')).toEqual(['IPv6', 'IPv4']);
  });

  it('is the same report for the primary family and for a single-stack Service', () => {
    expect(reportForFamily(report, 'default/web', 'IPv4')).toBe(report);
    expect(reportForFamily(report, 'default/db', 'IPv6')).toBe(report);
    expect(reportForFamily(report, 'default/web', undefined)).toBe(report);
  });
});
