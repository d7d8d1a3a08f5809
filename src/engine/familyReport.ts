/**
 * A report seen through one IP family of a dual-stack Service: kube-proxy runs one proxier per
 * family, and the report keeps the second family's views and routes apart
 * (`report.secondaryFamily`). Choosing the other family swaps that Service's groups and routes
 * between the two lists; nothing is computed anew.
 */
import type { ClientRoute, IPFamilyName, RoutingReport, ServicePortViews } from './report';

/**
 * The IP families a Service's routes are reported in, its primary first; undefined unless the
 * report holds views of a second family for it (a dual-stack Service).
 *
 * @example
 * serviceFamilies(report, 'default/web'); // ["IPv4", "IPv6"]
 */
export function serviceFamilies(
  report: Pick<RoutingReport, 'serviceViews' | 'secondaryFamily'>,
  service: string,
): [IPFamilyName, IPFamilyName] | undefined {
  const second = report.secondaryFamily?.serviceViews.find((g) => g.service === service)?.ipFamily;
  if (!second) return undefined;
  const first = report.serviceViews.find((g) => g.service === service)?.ipFamily ?? (second === 'IPv4' ? 'IPv6' : 'IPv4');
  return [first, second];
}

/**
 * The family a choice stands for on this Service: the chosen one when the Service is dual-stack
 * and has it, else its primary; undefined for a single-stack Service.
 *
 * @example
 * shownFamily(report, 'default/web', 'IPv6'); // "IPv6" for a dual-stack web, undefined when single-stack
 */
export function shownFamily(
  report: Pick<RoutingReport, 'serviceViews' | 'secondaryFamily'>,
  service: string,
  chosen: IPFamilyName | null | undefined,
): IPFamilyName | undefined {
  const families = serviceFamilies(report, service);
  if (!families) return undefined;
  return chosen && families.includes(chosen) ? chosen : families[0];
}

/**
 * The report with `service`'s views and routes of `family` in `serviceViews` and `routes` (where
 * every reader of the primary family looks), and its other family's in `secondaryFamily`. The
 * same report when the family is the Service's primary, or the Service is not dual-stack.
 *
 * @example
 * reportForFamily(report, 'default/web', 'IPv6').routes.filter((r) => r.service === 'default/web')[0].ipFamily; // "IPv6"
 */
export function reportForFamily(report: RoutingReport, service: string, family: IPFamilyName | undefined): RoutingReport {
  const families = family ? serviceFamilies(report, service) : undefined;
  if (!families || !report.secondaryFamily || family !== families[1]) return report;
  const second = report.secondaryFamily;
  const views = swap(report.serviceViews, second.serviceViews, service);
  const routes = swap(report.routes, second.routes, service);
  return {
    ...report,
    serviceViews: views.first,
    routes: routes.first,
    secondaryFamily: { serviceViews: views.second, routes: routes.second },
  };
}

/** `service`'s entries of `first` and `second` exchanged, each list keeping its order (the newcomers where the leavers were). */
function swap<T extends ServicePortViews | ClientRoute>(
  first: readonly T[],
  second: readonly T[],
  service: string,
): { first: T[]; second: T[] } {
  const own = (list: readonly T[]) => list.filter((x) => x.service === service);
  return { first: replaced(first, own(second), service), second: replaced(second, own(first), service) };
}

function replaced<T extends { service: string }>(list: readonly T[], with_: readonly T[], service: string): T[] {
  const out: T[] = [];
  let placed = false;
  for (const item of list) {
    if (item.service !== service) out.push(item);
    else if (!placed) {
      placed = true;
      out.push(...with_);
    }
  }
  if (!placed) out.push(...with_);
  return out;
}

/**
 * The route changes as the page shows routes: a dual-stack Service's changes of one IP family
 * only — `family` for `service` (the drawn one), the primary for every other dual-stack Service.
 * Changes of single-stack Services (no `ipFamily`) all stay.
 *
 * @example
 * changesForFamily(report, report.live.step.changes, 'default/web', 'IPv6'); // web's IPv6 changes, others' primary ones
 */
export function changesForFamily<T extends { service: string; ipFamily?: IPFamilyName }>(
  report: Pick<RoutingReport, 'serviceViews' | 'secondaryFamily'>,
  changes: readonly T[],
  service: string | null,
  family: IPFamilyName | undefined,
): T[] {
  const shown = new Map<string, IPFamilyName | undefined>();
  const shownFor = (svc: string) => {
    if (!shown.has(svc)) shown.set(svc, svc === service && family ? family : serviceFamilies(report, svc)?.[0]);
    return shown.get(svc);
  };
  return changes.filter((c) => {
    if (!c.ipFamily) return true;
    const wanted = shownFor(c.service);
    return wanted === undefined || c.ipFamily === wanted;
  });
}
