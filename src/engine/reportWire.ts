/**
 * The report as the analysis Web Worker posts it. Structured clone copies every object of a
 * message one by one on the page's thread: a 1,000-node cluster's report, posted as it is, was
 * 69 MB of JSON, mostly the same endpoints and trace sentences repeated in every node class and
 * every client route. In the wire form:
 * - a node class made for a whole zone travels as its zone and the nodes left out, not as the
 *   list of its nodes;
 * - every string, trace step and endpoint travels once, in tables of numbers (engine/wire), and a
 *   class's endpoints and trace as a list of their indices;
 * - a client route travels as a row of numbers: its node class (whose endpoints it shares, unless
 *   its node sees them otherwise), the client, and the steps of its own; its trace is written
 *   again on the page, as the engine writes it.
 * The page rebuilds the report lazily: endpoints, traces and node lists are made when first read,
 * and a group finds a node's class from the node's zone without listing any. Anything not in the
 * engine's own form travels as it is, so the rebuilt report reads as the original, key for key.
 */
import { zoneMembershipOf } from './proxy/computeServiceViews';
import { setViewLookup } from './proxy/viewLookup';
import type { ClientRoute, RoutingReport, ServicePortViews, Verdict, ViewClass } from './report';
import { routeRecipeOf } from './routes/computeClientRoutes';
import { RevivedClass, RevivedRoute } from './wire/revivedObjects';
import { WireReader } from './wire/wireReader';
import { hasKeys, WireWriter, type WireTables } from './wire/wireWriter';

export type { WireTables } from './wire/wireWriter';
export { WireWriter } from './wire/wireWriter';
export { wireDelta } from './wire/wireDelta';

/** A group of views: its fields as they are, and how many classes of the class table are its (in order). */
export type WireGroup = Omit<ServicePortViews, 'classes'> & { classes: number };

/** Every node class of the report, column by column, groups after groups (the secondary family's last). */
export interface WireClasses {
  /** VERDICTS' index; VERBATIM_CLASS: `endpoints` is the class's verbatim index. */
  verdict: Uint8Array;
  endpoints: Int32Array;
  trace: Int32Array;
  /** The zone of a zone class (string index, '' for nodes without one); -1 for a class that lists its nodes. */
  zone: Int32Array;
  /** The nodes its zone leaves out (zone class), or its nodes. */
  names: Int32Array;
}

/** One family's client routes, column by column. */
export interface WireRoutes {
  /** The route's node class (index in the class table); -1 - i for `verbatim[i]` of the tables. */
  cls: Int32Array;
  node: Int32Array;
  from: Int32Array;
  fromIP: Int32Array;
  /** The node's zone (-1: none). */
  zone: Int32Array;
  /** What the client connects to. */
  target: Int32Array;
  endpoints: Int32Array;
  /** The steps after the class's (-1: none). */
  tail: Int32Array;
  /** Simulated request counts (-1: none). */
  requests: Int32Array;
  /** PORT_NAME | IP_FAMILY: the route carries its group's portName, ipFamily. */
  flags: Uint8Array;
}

export type WireReport = Omit<RoutingReport, 'serviceViews' | 'routes' | 'secondaryFamily'> & {
  serviceViews: WireGroup[];
  routes: WireRoutes;
  secondaryFamily?: { serviceViews: WireGroup[]; routes: WireRoutes };
  classes: WireClasses;
  tables: WireTables;
};

const VERDICTS: readonly Verdict[] = ['forward', 'drop', 'reject'];
const VERBATIM_CLASS = 255;
const PORT_NAME = 1;
const IP_FAMILY = 2;
const CLASS_KEYS = ['verdict', 'endpoints', 'trace', 'nodes'];
const ROUTE_KEYS = ['node', 'service', 'port', 'protocol', 'traffic', 'verdict', 'endpoints', 'trace', 'from', 'fromIP'];

/**
 * The report to post. A `writer` kept from the report posted before writes only what is new: the
 * lists, endpoints and steps it wrote then (the same objects: an incremental analysis keeps all it
 * did not redo) keep their places in its tables, which keep growing until the caller starts anew.
 *
 * @example
 * worker.postMessage({ id, report: toWire(analyzeFiles(files)) });
 */
export function toWire(report: RoutingReport, writer = new WireWriter()): WireReport {
  const classes = new ClassColumns();
  /** Where each class is: its index in the class table, its group and the group's family. */
  const placeOf = new Map<ViewClass, { index: number; group: ServicePortViews; family: number }>();
  const groupsOf = (groups: readonly ServicePortViews[], family: number): WireGroup[] =>
    groups.map((group) => {
      for (const cls of group.classes) placeOf.set(cls, { index: classes.add(cls, writer), group, family });
      return { ...group, classes: group.classes.length };
    });
  const serviceViews = groupsOf(report.serviceViews, 0);
  const secondaryViews = report.secondaryFamily ? groupsOf(report.secondaryFamily.serviceViews, 1) : undefined;
  const routes = routeColumns(report.routes, 0, placeOf, writer);
  const secondaryFamily = report.secondaryFamily
    ? { serviceViews: secondaryViews!, routes: routeColumns(report.secondaryFamily.routes, 1, placeOf, writer) }
    : undefined;
  // The report's own key order: the replaced fields keep their places.
  const wire = { ...report, serviceViews, routes, classes: classes.columns(), tables: writer.tables() } as WireReport;
  if (secondaryFamily) wire.secondaryFamily = secondaryFamily;
  return wire;
}

class ClassColumns {
  readonly verdict: number[] = [];
  readonly endpoints: number[] = [];
  readonly trace: number[] = [];
  readonly zone: number[] = [];
  readonly names: number[] = [];

  add(cls: ViewClass, writer: WireWriter): number {
    const index = this.verdict.length;
    const verdict = VERDICTS.indexOf(cls.verdict);
    if (verdict < 0 || !hasKeys(Object.keys(cls), CLASS_KEYS)) {
      this.verdict.push(VERBATIM_CLASS);
      this.endpoints.push(writer.verbatim(cls));
      this.trace.push(-1);
      this.zone.push(-1);
      this.names.push(-1);
      return index;
    }
    this.verdict.push(verdict);
    this.endpoints.push(writer.endpointList(cls.endpoints));
    this.trace.push(writer.stepList(cls.trace));
    const membership = zoneMembershipOf(cls);
    this.zone.push(membership ? writer.string(membership.zone) : -1);
    this.names.push(writer.nameList(membership ? membership.except : cls.nodes));
    return index;
  }

  columns(): WireClasses {
    return {
      verdict: Uint8Array.from(this.verdict),
      endpoints: Int32Array.from(this.endpoints),
      trace: Int32Array.from(this.trace),
      zone: Int32Array.from(this.zone),
      names: Int32Array.from(this.names),
    };
  }
}

function routeColumns(
  routes: readonly ClientRoute[],
  family: number,
  placeOf: ReadonlyMap<ViewClass, { index: number; group: ServicePortViews; family: number }>,
  writer: WireWriter,
): WireRoutes {
  const n = routes.length;
  const out: WireRoutes = {
    cls: new Int32Array(n),
    node: new Int32Array(n),
    from: new Int32Array(n),
    fromIP: new Int32Array(n),
    zone: new Int32Array(n),
    target: new Int32Array(n),
    endpoints: new Int32Array(n),
    tail: new Int32Array(n),
    requests: new Int32Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const route = routes[i]!;
    const recipe = routeRecipeOf(route);
    const place = recipe && placeOf.get(recipe.cls);
    const counts = route.requests !== undefined && place ? writer.countList(route.requests) : -1;
    if (!recipe || !place || place.family !== family || counts === undefined || !fitsGroup(route, place.group, recipe.cls)) {
      out.cls[i] = writer.verbatim(route);
      continue;
    }
    out.cls[i] = place.index;
    out.node[i] = writer.string(route.node);
    out.from[i] = writer.string(route.from);
    out.fromIP[i] = writer.string(route.fromIP);
    out.zone[i] = writer.optionalString(recipe.zone);
    out.target[i] = writer.string(recipe.target);
    out.endpoints[i] = writer.endpointList(route.endpoints);
    out.tail[i] = recipe.tail.length > 0 ? writer.stepList(recipe.tail) : -1;
    out.requests[i] = counts;
    out.flags[i] = (route.portName !== undefined ? PORT_NAME : 0) | (route.ipFamily !== undefined ? IP_FAMILY : 0);
  }
  return out;
}

/** The route says what its group and class say, in the engine's key order (its trace is then written alike on the page). */
function fitsGroup(route: ClientRoute, group: ServicePortViews, cls: ViewClass): boolean {
  const expected = [...ROUTE_KEYS];
  if (route.portName !== undefined) expected.push('portName');
  if (route.ipFamily !== undefined) expected.push('ipFamily');
  if (route.requests !== undefined) expected.push('requests');
  return (
    hasKeys(Object.keys(route), expected) &&
    route.service === group.service &&
    route.port === group.port &&
    route.protocol === group.protocol &&
    route.traffic === group.traffic &&
    route.verdict === cls.verdict &&
    (route.portName === undefined || route.portName === group.portName) &&
    (route.ipFamily === undefined || route.ipFamily === group.ipFamily) &&
    typeof route.node === 'string' &&
    typeof route.from === 'string' &&
    typeof route.fromIP === 'string'
  );
}

/**
 * The report again, from what the worker posted: classes and routes make their endpoints, traces
 * and node lists when read, and each group finds a node's class from the node's zone.
 *
 * @example
 * const report = fromWire(event.data.report);
 */
export function fromWire(wire: WireReport): RoutingReport {
  const reader = new WireReader(wire.tables);
  const zoneMembers = new Map<string, string[]>();
  const zoneOf = new Map<string, string>();
  for (const node of wire.nodes) {
    const zone = node.zone ?? '';
    zoneOf.set(node.name, zone);
    const list = zoneMembers.get(zone);
    if (list) list.push(node.name);
    else zoneMembers.set(zone, [node.name]);
  }
  const c = wire.classes;
  const classes: ViewClass[] = new Array(c.verdict.length);
  const groupOf: ServicePortViews[] = new Array(c.verdict.length);
  let next = 0;
  const revive = (wireGroup: WireGroup): ServicePortViews => {
    const group = { ...wireGroup, classes: [] as ViewClass[] } as ServicePortViews;
    const own = group.classes;
    for (let k = 0; k < wireGroup.classes; k++, next++) {
      const verdict = c.verdict[next]!;
      const zone = c.zone[next]!;
      const cls =
        verdict === VERBATIM_CLASS
          ? (wire.tables.verbatim[-1 - c.endpoints[next]!] as ViewClass)
          : new RevivedClass(
              reader,
              VERDICTS[verdict]!,
              c.endpoints[next]!,
              c.trace[next]!,
              zone < 0 ? undefined : (zoneMembers.get(reader.string(zone)) ?? []),
              c.names[next]!,
            );
      own.push(cls);
      classes[next] = cls;
      groupOf[next] = group;
    }
    setViewLookup(group, lookupOf(group, reader, c, zoneOf, next - own.length));
    return group;
  };
  const serviceViews = wire.serviceViews.map(revive);
  const secondaryViews = wire.secondaryFamily?.serviceViews.map(revive);
  const routesOf = (w: WireRoutes): ClientRoute[] => {
    const out: ClientRoute[] = new Array(w.cls.length);
    for (let i = 0; i < out.length; i++) {
      const at = w.cls[i]!;
      if (at < 0) {
        out[i] = wire.tables.verbatim[-1 - at] as ClientRoute;
        continue;
      }
      out[i] = new RevivedRoute(reader, groupOf[at]!, classes[at]!, {
        node: reader.string(w.node[i]!),
        from: reader.string(w.from[i]!),
        fromIP: reader.string(w.fromIP[i]!),
        zone: reader.optionalString(w.zone[i]!),
        target: reader.string(w.target[i]!),
        endpointList: w.endpoints[i]!,
        tailList: w.tail[i]!,
        countList: w.requests[i]!,
        portName: (w.flags[i]! & PORT_NAME) !== 0,
        ipFamily: (w.flags[i]! & IP_FAMILY) !== 0,
      });
    }
    return out;
  };
  const { classes: _classes, tables: _tables, ...rest } = wire;
  const report = { ...rest, serviceViews, routes: routesOf(wire.routes) } as RoutingReport;
  if (wire.secondaryFamily) report.secondaryFamily = { serviceViews: secondaryViews!, routes: routesOf(wire.secondaryFamily.routes) };
  return report;
}

/**
 * A group's lookup of a node's class: a node's own class by name, else its zone's. Its maps are
 * made at the first lookup (most groups are never asked).
 */
function lookupOf(
  group: ServicePortViews,
  reader: WireReader,
  c: WireClasses,
  zoneOf: ReadonlyMap<string, string>,
  first: number,
): (name: string) => ViewClass | undefined {
  let byNode: Map<string, ViewClass> | undefined;
  let byZone: Map<string, ViewClass> | undefined;
  return (name) => {
    if (!byNode || !byZone) {
      byNode = new Map();
      byZone = new Map();
      for (const [k, cls] of group.classes.entries()) {
        const zone = c.zone[first + k]!;
        if (zone >= 0 && cls instanceof RevivedClass) byZone.set(reader.string(zone), cls);
        else for (const node of cls instanceof RevivedClass ? RevivedClass.namesOf(cls) : cls.nodes) byNode.set(node, cls);
      }
    }
    const own = byNode.get(name);
    if (own) return own;
    const zone = zoneOf.get(name);
    return zone === undefined ? undefined : byZone.get(zone);
  };
}
