/**
 * The report as the analysis Web Worker posts it. A node class made for a whole zone travels as
 * its zone and the nodes left out, not as the list of its nodes: a 1,000-node cluster's report
 * would otherwise spell out millions of node names that structured clone copies one by one. The
 * receiving side lists them again only when read, and finds a node's class without listing any.
 */
import { zoneMembershipOf } from './proxy/computeServiceViews';
import { zoneMembersExcept } from './proxy/nodeClasses';
import { setViewLookup } from './proxy/viewLookup';
import type { RoutingReport, ServicePortViews, TraceStep, ViewClass, WeightedEndpoint } from './report';

export type WireClass = Pick<ViewClass, 'verdict' | 'endpoints' | 'trace'> &
  ({ nodes: string[] } | { zone: string; except: readonly string[] });
export type WireGroup = Omit<ServicePortViews, 'classes'> & { classes: WireClass[] };
export type WireReport = Omit<RoutingReport, 'serviceViews' | 'secondaryFamily'> & {
  serviceViews: WireGroup[];
  secondaryFamily?: { serviceViews: WireGroup[]; routes: RoutingReport['routes'] };
};

/**
 * The report to post.
 *
 * @example
 * worker.postMessage({ id, report: toWire(analyzeFiles(files)) });
 */
export function toWire(report: RoutingReport): WireReport {
  const { secondaryFamily, ...rest } = report;
  return {
    ...rest,
    serviceViews: report.serviceViews.map(toWireGroup),
    ...(secondaryFamily
      ? { secondaryFamily: { serviceViews: secondaryFamily.serviceViews.map(toWireGroup), routes: secondaryFamily.routes } }
      : {}),
  };
}

function toWireGroup(group: ServicePortViews): WireGroup {
  const { classes, ...rest } = group;
  return {
    ...rest,
    classes: classes.map((cls): WireClass => {
      const membership = zoneMembershipOf(cls);
      const { verdict, endpoints, trace } = cls;
      return membership
        ? { verdict, endpoints, trace, zone: membership.zone, except: membership.except }
        : { verdict, endpoints, trace, nodes: cls.nodes };
    }),
  };
}

/**
 * The report again, from what the worker posted: classes list their nodes when read, and each
 * group knows how to find a node's class from the node's zone.
 *
 * @example
 * const report = fromWire(event.data.report);
 */
export function fromWire(wire: WireReport): RoutingReport {
  const zoneMembers = new Map<string, string[]>();
  const zoneOf = new Map<string, string>();
  for (const node of wire.nodes) {
    const zone = node.zone ?? '';
    zoneOf.set(node.name, zone);
    const list = zoneMembers.get(zone);
    if (list) list.push(node.name);
    else zoneMembers.set(zone, [node.name]);
  }
  const fromWireGroup = (wireGroup: WireGroup): ServicePortViews => {
    const { classes: wireClasses, portName, ipFamily, ...rest } = wireGroup;
    const byNode = new Map<string, ViewClass>();
    const byZone = new Map<string, ViewClass>();
    const classes = wireClasses.map((c): ViewClass => {
      if ('nodes' in c) {
        const cls: ViewClass = { verdict: c.verdict, endpoints: c.endpoints, trace: c.trace, nodes: c.nodes };
        for (const node of c.nodes) byNode.set(node, cls);
        return cls;
      }
      const cls = new ZoneViewClass(c.verdict, c.endpoints, c.trace, zoneMembers.get(c.zone) ?? [], c.except);
      byZone.set(c.zone, cls);
      return cls;
    });
    const group: ServicePortViews = { ...rest, classes };
    if (portName !== undefined) group.portName = portName;
    if (ipFamily !== undefined) group.ipFamily = ipFamily;
    setViewLookup(group, (name) => byNode.get(name) ?? (zoneOf.has(name) ? byZone.get(zoneOf.get(name)!) : undefined));
    return group;
  };
  const { secondaryFamily, ...rest } = wire;
  return {
    ...rest,
    serviceViews: wire.serviceViews.map(fromWireGroup),
    ...(secondaryFamily
      ? { secondaryFamily: { serviceViews: secondaryFamily.serviceViews.map(fromWireGroup), routes: secondaryFamily.routes } }
      : {}),
  };
}

/** A zone's class: `nodes` is listed when first read (an own, enumerable property, so JSON keeps it). */
class ZoneViewClass implements ViewClass {
  declare verdict: ViewClass['verdict'];
  declare endpoints: WeightedEndpoint[];
  declare trace: TraceStep[];
  declare nodes: string[];
  #members: readonly string[];
  #except: readonly string[];
  #listed: string[] | undefined;

  constructor(
    verdict: ViewClass['verdict'],
    endpoints: WeightedEndpoint[],
    trace: TraceStep[],
    members: readonly string[],
    except: readonly string[],
  ) {
    this.verdict = verdict;
    this.endpoints = endpoints;
    this.trace = trace;
    this.#members = members;
    this.#except = except;
    Object.defineProperty(this, 'nodes', ZONE_NODES_PROPERTY);
  }

  static nodesOf(cls: ZoneViewClass): string[] {
    if (!cls.#listed) {
      cls.#listed = zoneMembersExcept(cls.#members, cls.#except);
    }
    return cls.#listed;
  }
}

// One getter for every such class: one hidden class for them all.
const ZONE_NODES_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: ZoneViewClass): string[] {
    return ZoneViewClass.nodesOf(this);
  },
};
