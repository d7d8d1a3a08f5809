/**
 * Stage 6: the route of every client pod to every service port — the internal view of the node
 * the client runs on, seen from the client (its address, its node's locality), with hashing
 * schedulers pinned and an optional seeded request count.
 */
import { DESTINATION_SCHEDULERS, SIMULATED_HASH, SOURCE_HASH_SCHEDULERS, sourcePick } from '../dataplane/ipvs';
import { keyOf, type KubeProxyConfiguration, type Node, type Pod, type Service } from '../model';
import { localityFrom } from '../proxy/locality';
import { IndexedServicePortViews, viewLookupFor } from '../proxy/viewLookup';
import { deriveSeed } from '../random';
import { LazyTraceHolder } from '../lazyTrace';
import { type StageCallback, tick } from '../progress';
import type { ClientRoute, ServicePortViews, TraceStep, ViewClass, WeightedEndpoint } from '../report';
import { clientStep } from './clientStep';
import { simulateRequests, simulationContextOf } from './simulateRequests';

export interface ClientRoutesInput {
  clients: readonly Pod[];
  services: readonly Service[];
  serviceViews: readonly ServicePortViews[];
  nodes: readonly Node[];
  kubeProxy: KubeProxyConfiguration;
  /** Simulate this many requests per route. */
  requests?: number;
  seed: number;
  /** Told the Service ports routed so far (stage "routes"). */
  onStage?: StageCallback;
}

/**
 * One ClientRoute per scheduled client pod × service port, in client then view order.
 *
 * @example
 * const routes = computeClientRoutes({ clients, services, serviceViews, nodes, kubeProxy, requests: 40, seed: 1 });
 * routes[0].requests; // { "default/echo-…": 21, "default/echo-…": 19 }
 */
export function computeClientRoutes(input: ClientRoutesInput): ClientRoute[] {
  const placed = placeClients(input.clients, input.nodes);
  addGroupRoutes(placed, input.serviceViews, input);
  const routes: ClientRoute[] = [];
  for (const client of placed) for (const route of client.routes) routes.push(route);
  return routes;
}

/** A client pod on its node, with its routes so far (in view order). */
export interface PlacedClient {
  node: Node;
  from: string;
  fromIP: string;
  /** Every address of the pod (a dual-stack Service's second family routes from the address of that family). */
  podIPs: readonly string[];
  routes: ClientRoute[];
}

/**
 * The clients that have routes: pending pods have no node, hence no kube-proxy rules and no route.
 *
 * @example
 * placeClients(clients, cluster.nodes).map((c) => c.from); // ['default/client']
 */
export function placeClients(clients: readonly Pod[], nodes: readonly Node[]): PlacedClient[] {
  const nodesByName = new Map(nodes.map((node) => [node.metadata.name, node]));
  const placed: PlacedClient[] = [];
  for (const client of clients) {
    const nodeName = client.spec.nodeName;
    const node = nodeName ? nodesByName.get(nodeName) : undefined;
    if (node)
      placed.push({ node, from: keyOf(client.metadata), fromIP: client.status.podIPs[0] ?? '', podIPs: client.status.podIPs, routes: [] });
  }
  return placed;
}

/**
 * Appends to each placed client its routes through the internal groups of `serviceViews`, group
 * after group (so that each group's lookup and Service are found once).
 *
 * @example
 * addGroupRoutes(placed, viewsOfOneService, { services, kubeProxy, seed: 1 }); // placed[0].routes gains that Service's routes
 */
export function addGroupRoutes(
  placed: readonly PlacedClient[],
  serviceViews: readonly ServicePortViews[],
  input: Pick<ClientRoutesInput, 'services' | 'kubeProxy' | 'requests' | 'seed' | 'onStage'>,
): void {
  // Groups from computeServiceViews know their Service; others are matched by key.
  let servicesByKey: Map<string, Service> | undefined;
  const serviceOf = (group: ServicePortViews): Service | undefined => {
    if (group instanceof IndexedServicePortViews) return IndexedServicePortViews.serviceOf(group);
    servicesByKey ??= new Map(input.services.map((svc) => [keyOf(svc.metadata), svc]));
    return servicesByKey.get(group.service);
  };
  const internal = serviceViews.filter((group) => group.traffic === 'internal');
  const scheduler = input.kubeProxy.ipvsScheduler || 'rr';
  const proxy = { proxyMode: input.kubeProxy.mode, ...(input.kubeProxy.mode === 'ipvs' ? { ipvsScheduler: scheduler } : {}) };
  const onStage = input.onStage;
  onStage?.('routes', 0, internal.length);
  for (let g = 0; g < internal.length; g++) {
    tick(onStage, 'routes', g, internal.length);
    const group = internal[g]!;
    const lookup = viewLookupFor(group);
    const service = serviceOf(group);
    const context = input.requests && input.requests > 0 ? simulationContextOf(proxy, service ?? NO_AFFINITY) : undefined;
    // The clients of one node share its view of the endpoints: copied once per node, not per client
    // (150,000 clients of 50,000 endpoints would otherwise copy 7.5e9 of them).
    const seenByNode = new Map<string, WeightedEndpoint[]>();
    const family = group.ipFamily;
    for (const client of placed) {
      const { node, from, routes } = client;
      const cls = lookup(node.metadata.name);
      if (!cls) continue;
      // A dual-stack Service's view of one family: only a client with an address of that family
      // reaches the cluster IP of that family, from that address (a pod without one has no such route).
      const ofFamily = family ? client.podIPs.find((ip) => ip.includes(':') === (family === 'IPv6')) : undefined;
      if (family && !ofFamily) continue;
      const fromIP = ofFamily ?? client.fromIP;
      // Most routes add nothing to their class's trace: they share one empty tail.
      let tail = NO_STEPS as TraceStep[];
      let endpoints = seenByNode.get(node.metadata.name);
      if (!endpoints) seenByNode.set(node.metadata.name, (endpoints = seenFromNode(cls.endpoints, node)));
      if (cls.verdict === 'forward' && input.kubeProxy.mode === 'ipvs' && endpoints.length > 1) {
        if (SOURCE_HASH_SCHEDULERS.has(scheduler)) {
          const pick = sourcePick(fromIP || from, endpoints.length);
          endpoints = endpoints.map((ep, i) => ({ ...ep, weight: i === pick ? 1 : 0 }));
          tail = [
            {
              stage: 'data-plane',
              rule: `ipvs ${scheduler}`,
              message: `IPVS ${scheduler} hashes the source address ${fromIP || from} → always ${endpoints[pick]!.pod} (100%). ${SIMULATED_HASH}`,
            },
          ];
        } else if (DESTINATION_SCHEDULERS.has(scheduler)) {
          const pinned = endpoints.find((ep) => ep.weight === 1);
          if (pinned)
            tail = [
              {
                stage: 'data-plane',
                rule: `ipvs ${scheduler}`,
                message: `IPVS ${scheduler} picks by destination, not by client → this client, like every other, goes to ${pinned.pod}`,
              },
            ];
        }
      }
      if (cls.verdict === 'forward' && service?.sessionAffinity === 'ClientIP') {
        if (tail === NO_STEPS) tail = [];
        tail.push({
          stage: 'client',
          rule: 'sessionAffinity ClientIP',
          message:
            input.kubeProxy.mode === 'kernelspace'
              ? `${from}'s first connection picks by the shares; the next ones reuse that endpoint (HNS source-IP affinity has no timeout)`
              : `${from}'s first connection picks by the shares; the next ones within ${service.sessionAffinityTimeoutSeconds ?? 10800}s reuse that endpoint`,
        });
      }
      const route = new RouteObject(node, group, cls, endpoints, service?.clusterIP || group.service, tail, from, fromIP);
      if (group.portName) route.portName = group.portName;
      if (family) route.ipFamily = family;
      if (context) {
        route.requests = simulateRequests(
          route,
          context,
          input.requests!,
          deriveSeed(input.seed, `${from}→${group.service}:${group.portName ?? group.port}`),
        );
      }
      routes.push(route);
    }
  }
  onStage?.('routes', internal.length, internal.length);
}

const NO_STEPS: readonly TraceStep[] = [];
/** How a route without a Service of its own is simulated: no session affinity. */
const NO_AFFINITY = { sessionAffinity: 'None' } as const;

/**
 * A ClientRoute in its key order (trace between endpoints and from), its own trace recipe: the
 * trace is written when read, from how the client connects, its node's class trace (that class's
 * own steps, shared) and what is specific to this client. A class rather than literals: 50,000
 * routes share one shape, and what the recipe needs sits in private fields no JSON, clone or
 * equality check sees.
 */
class RouteObject extends LazyTraceHolder implements ClientRoute {
  declare node: string;
  declare service: string;
  declare port: number;
  declare protocol: string;
  declare traffic: 'internal';
  declare verdict: ClientRoute['verdict'];
  declare endpoints: WeightedEndpoint[];
  declare trace: TraceStep[];
  declare from: string;
  declare fromIP: string;
  declare portName?: string;
  declare ipFamily?: ClientRoute['ipFamily'];
  declare requests?: Record<string, number>;
  readonly #cls: ViewClass;
  readonly #zone: string | undefined;
  /** What the client connects to: the ClusterIP, else the Service's name. */
  readonly #target: string;
  readonly #tail: readonly TraceStep[];

  constructor(
    node: Node,
    group: ServicePortViews,
    cls: ViewClass,
    endpoints: WeightedEndpoint[],
    target: string,
    tail: readonly TraceStep[],
    from: string,
    fromIP: string,
  ) {
    super();
    this.node = node.metadata.name;
    this.service = group.service;
    this.port = group.port;
    this.protocol = group.protocol;
    this.traffic = 'internal';
    this.verdict = cls.verdict;
    this.endpoints = endpoints;
    this.#cls = cls;
    this.#zone = node.zone;
    this.#target = target;
    this.#tail = tail;
    this.installTrace();
    this.from = from;
    this.fromIP = fromIP;
  }

  protected steps(): TraceStep[] {
    return [clientStep(this, this.#zone, this.#target), ...this.#cls.trace, ...this.#tail];
  }

  static recipeOf(route: RouteObject): RouteRecipe {
    return { cls: route.#cls, zone: route.#zone, target: route.#target, tail: route.#tail };
  }
}

/** What a route's trace is written from, besides the route's own fields. */
export interface RouteRecipe {
  /** The class of the client's node: its trace follows the client's step. */
  cls: ViewClass;
  /** The client's node's zone. */
  zone: string | undefined;
  /** What the client connects to: the ClusterIP, else the Service's name. */
  target: string;
  /** What is specific to this client (a hashing scheduler's pick, session affinity). */
  tail: readonly TraceStep[];
}

/**
 * How a route's trace is written (its trace is `[clientStep(route, zone, target), ...cls.trace,
 * ...tail]`); undefined for a route made elsewhere.
 *
 * @example
 * routeRecipeOf(report.routes[0])?.cls === viewLookupFor(report.serviceViews[0])(report.routes[0].node); // true
 */
export function routeRecipeOf(route: ClientRoute): RouteRecipe | undefined {
  return route instanceof RouteObject ? RouteObject.recipeOf(route) : undefined;
}

/** The class's endpoints as the client's node sees them: the class's own array when no locality changes. */
function seenFromNode(endpoints: WeightedEndpoint[], node: Node): WeightedEndpoint[] {
  for (let i = 0; i < endpoints.length; i++) {
    if (seenFrom(endpoints[i]!, node) !== endpoints[i]) return endpoints.map((ep) => seenFrom(ep, node));
  }
  return endpoints;
}

/** The class's endpoint as the client's node sees it; the same object when its locality is unchanged (most are). */
function seenFrom(ep: WeightedEndpoint, node: Node): WeightedEndpoint {
  const locality = localityFrom(ep.node, ep.zone, node.metadata.name, node.zone);
  return locality === ep.locality ? ep : { ...ep, locality };
}
