/**
 * The report's node classes and client routes as the page rebuilds them from the wire tables:
 * their endpoints, traces and node lists are made when first read. Each is an own, enumerable
 * accessor in its place in the key order, so JSON.stringify, structuredClone and spreads read
 * them as the original's data properties; a write replaces the value.
 */
import { clientStep } from '../routes/clientStep';
import type { ClientRoute, IPFamilyName, ServicePortViews, TraceStep, TrafficKind, Verdict, ViewClass, WeightedEndpoint } from '../report';
import { zoneMembersExcept } from '../proxy/nodeClasses';
import type { WireReader } from './wireReader';

/** A node class: its endpoints and trace from the tables, its nodes from the tables or from its zone. */
export class RevivedClass implements ViewClass {
  declare verdict: Verdict;
  declare endpoints: WeightedEndpoint[];
  declare trace: TraceStep[];
  declare nodes: string[];
  readonly #reader: WireReader;
  readonly #endpointList: number;
  readonly #traceList: number;
  /** A zone class: every node of its zone (the tables then list those left out); else undefined. */
  readonly #zoneMembers: readonly string[] | undefined;
  /** The nodes left out of the zone, or the class's own nodes. */
  readonly #nameList: number;
  #endpoints: WeightedEndpoint[] | undefined;
  #trace: TraceStep[] | undefined;
  #nodes: string[] | undefined;

  constructor(
    reader: WireReader,
    verdict: Verdict,
    endpointList: number,
    traceList: number,
    zoneMembers: readonly string[] | undefined,
    nameList: number,
  ) {
    this.verdict = verdict;
    this.#reader = reader;
    this.#endpointList = endpointList;
    this.#traceList = traceList;
    this.#zoneMembers = zoneMembers;
    this.#nameList = nameList;
    Object.defineProperty(this, 'endpoints', CLASS_ENDPOINTS);
    Object.defineProperty(this, 'trace', CLASS_TRACE);
    Object.defineProperty(this, 'nodes', CLASS_NODES);
  }

  /** Whether the class answers for a whole zone but a few nodes (found by zone, not by name). */
  static isZoneClass(cls: RevivedClass): boolean {
    return cls.#zoneMembers !== undefined;
  }

  /** The names of a zone class's left-out nodes, or of a node class's nodes. */
  static namesOf(cls: RevivedClass): string[] {
    return cls.#reader.names(cls.#nameList);
  }

  static readonly access = {
    endpoints: (cls: RevivedClass, write: boolean, value?: WeightedEndpoint[]) =>
      write ? (cls.#endpoints = value) : (cls.#endpoints ??= cls.#reader.endpoints(cls.#endpointList)),
    trace: (cls: RevivedClass, write: boolean, value?: TraceStep[]) =>
      write ? (cls.#trace = value) : (cls.#trace ??= cls.#reader.steps(cls.#traceList)),
    nodes: (cls: RevivedClass, write: boolean, value?: string[]) => {
      if (write) return (cls.#nodes = value);
      if (cls.#nodes) return cls.#nodes;
      const names = cls.#reader.names(cls.#nameList);
      return (cls.#nodes = cls.#zoneMembers ? zoneMembersExcept(cls.#zoneMembers, names) : names);
    },
  };
}

// One descriptor per property for every class: V8 then gives them all one hidden class.
const CLASS_ENDPOINTS = accessor<RevivedClass, WeightedEndpoint[]>(RevivedClass.access.endpoints);
const CLASS_TRACE = accessor<RevivedClass, TraceStep[]>(RevivedClass.access.trace);
const CLASS_NODES = accessor<RevivedClass, string[]>(RevivedClass.access.nodes);

/** What a revived route is made from, besides its class and group. */
export interface RouteParts {
  node: string;
  from: string;
  fromIP: string;
  /** The client's node's zone. */
  zone: string | undefined;
  /** What the client connects to: the ClusterIP, else the Service's name. */
  target: string;
  endpointList: number;
  /** Steps after the class's (-1: none). */
  tailList: number;
  /** Simulated request counts (-1: none). */
  countList: number;
  portName: boolean;
  ipFamily: boolean;
}

/** A client route: its trace is written, as the engine writes it, from the client and its node's class. */
export class RevivedRoute implements ClientRoute {
  declare node: string;
  declare service: string;
  declare port: number;
  declare protocol: string;
  declare traffic: TrafficKind;
  declare verdict: Verdict;
  declare endpoints: WeightedEndpoint[];
  declare trace: TraceStep[];
  declare from: string;
  declare fromIP: string;
  declare portName?: string;
  declare ipFamily?: IPFamilyName;
  declare requests?: Record<string, number>;
  readonly #reader: WireReader;
  readonly #cls: ViewClass;
  readonly #zone: string | undefined;
  readonly #target: string;
  readonly #endpointList: number;
  readonly #tailList: number;
  readonly #countList: number;
  #endpoints: WeightedEndpoint[] | undefined;
  #trace: TraceStep[] | undefined;
  #requests: Record<string, number> | undefined;

  constructor(reader: WireReader, group: ServicePortViews, cls: ViewClass, parts: RouteParts) {
    this.node = parts.node;
    this.service = group.service;
    this.port = group.port;
    this.protocol = group.protocol;
    this.traffic = group.traffic;
    this.verdict = cls.verdict;
    this.#reader = reader;
    this.#cls = cls;
    this.#zone = parts.zone;
    this.#target = parts.target;
    this.#endpointList = parts.endpointList;
    this.#tailList = parts.tailList;
    this.#countList = parts.countList;
    Object.defineProperty(this, 'endpoints', ROUTE_ENDPOINTS);
    Object.defineProperty(this, 'trace', ROUTE_TRACE);
    this.from = parts.from;
    this.fromIP = parts.fromIP;
    if (parts.portName) this.portName = group.portName;
    if (parts.ipFamily) this.ipFamily = group.ipFamily;
    if (parts.countList >= 0) Object.defineProperty(this, 'requests', ROUTE_REQUESTS);
  }

  static readonly access = {
    endpoints: (route: RevivedRoute, write: boolean, value?: WeightedEndpoint[]) =>
      write ? (route.#endpoints = value) : (route.#endpoints ??= route.#reader.endpoints(route.#endpointList)),
    trace: (route: RevivedRoute, write: boolean, value?: TraceStep[]) => {
      if (write) return (route.#trace = value);
      if (route.#trace) return route.#trace;
      const trace = [clientStep(route, route.#zone, route.#target), ...route.#cls.trace];
      if (route.#tailList >= 0) for (const step of route.#reader.steps(route.#tailList)) trace.push(step);
      return (route.#trace = trace);
    },
    requests: (route: RevivedRoute, write: boolean, value?: Record<string, number>) =>
      write ? (route.#requests = value) : (route.#requests ??= route.#reader.counts(route.#countList)),
  };
}

const ROUTE_ENDPOINTS = accessor<RevivedRoute, WeightedEndpoint[]>(RevivedRoute.access.endpoints);
const ROUTE_TRACE = accessor<RevivedRoute, TraceStep[]>(RevivedRoute.access.trace);
const ROUTE_REQUESTS = accessor<RevivedRoute, Record<string, number>>(RevivedRoute.access.requests);

/** A property read (and written) through `access`: `write` false reads, true writes `value`. */
function accessor<O, V>(access: (owner: O, write: boolean, value?: V) => V | undefined): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: O): V | undefined {
      return access(this, false);
    },
    set(this: O, value: V) {
      access(this, true, value);
    },
  };
}
