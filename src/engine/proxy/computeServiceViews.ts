/**
 * Stage 4–5: what kube-proxy on every node programs for every service port, grouped into classes
 * of nodes that get the same answer, with the data plane's shares and the reasons.
 */
import { externalEntrySteps } from './externalEntrySteps';
import { loadBalance, loadBalanceKey } from '../dataplane/loadBalance';
import { syncVerdict, verdictSteps, type ProgrammedSet } from '../dataplane/syncVerdict';
import { winkernelEndpoints } from '../dataplane/winkernel';
import { keyOf, type EndpointSlice, type KubeProxyConfiguration, type Node, type Service } from '../model';
import type { Locality, ServicePortViews, TraceStep, TrafficKind, ViewClass, WeightedEndpoint } from '../report';
import { type FeatureGates, type KubeVersion, minorOf } from '../version';
import { categorizeEndpoints, type CategorizedEndpoints } from './categorizeEndpoints';
import { endpointsForServicePort } from './endpointSliceCache';
import { localityOf } from './locality';
import { buildNodeIndex, type NodeIndex } from './nodeIndex';
import { type NodeClassPlan, planNodeClasses } from './nodeClasses';
import type { ProxyEndpoint } from './proxyEndpoint';
import { cacheSteps, type CategorizeFacts, categorizeFacts, categorizeSteps, ipvsDrainSteps } from './proxyTrace';
import { type ServicePortInfo, servicePortInfo, usesLocalEndpoints } from './serviceport';
import { decideTopology, decideTopologyMode, type HintSummary, summarizeHints, type TopologyContext } from './topologyHints';
import { StepInterner } from './stepInterner';
import { skewSteps } from './kubeProxySkew';
import { IndexedServicePortViews } from './viewLookup';
import { LazyTraceHolder } from '../lazyTrace';

export interface ServiceViewsInput {
  services: readonly Service[];
  slicesByService: ReadonlyMap<string, EndpointSlice[]>;
  nodes: readonly Node[];
  version: KubeVersion;
  /** kube-proxy's gates. */
  gates: FeatureGates;
  kubeProxy: KubeProxyConfiguration;
  /** The control plane's version when kube-proxy's (`version`) differs: every view's trace then opens with the skew. */
  controlPlaneVersion?: KubeVersion;
}

/**
 * One ServicePortViews per service port and traffic kind (external only for externally
 * accessible Services). Headless and ExternalName Services get none: kube-proxy skips them.
 *
 * @example
 * const views = computeServiceViews({ services, slicesByService, nodes, version: '1.34', gates, kubeProxy });
 * views[0].classes.find((c) => c.nodes.includes('mnode-m02'))?.endpoints; // weights from that node
 */
export function computeServiceViews(input: ServiceViewsInput): ServicePortViews[] {
  const proxy = new ServiceViewBuilder(input);
  const out: ServicePortViews[] = [];
  for (const service of input.services) proxy.addService(service, input.slicesByService.get(keyOf(service.metadata)) ?? [], out);
  return out;
}

/**
 * computeServiceViews one Service at a time, so that each Service's EndpointSlices can be read
 * right after the controller wrote them.
 *
 * @example
 * const proxy = new ServiceViewBuilder({ nodes, version: '1.34', gates, kubeProxy });
 * proxy.addService(service, slices, views); // appends the Service's ServicePortViews to views
 */
export class ServiceViewBuilder {
  private readonly index: NodeIndex;
  private readonly minor: number;
  private readonly steps = new StepInterner();
  /** Shares that depend on the endpoint count alone (not IPVS'), for every port. */
  private readonly evenShares = new Map<number, Balance>();
  /** One (read-only) topology context per value of the hints annotation. */
  private readonly contexts = new Map<string, TopologyContext>();

  constructor(private readonly input: Omit<ServiceViewsInput, 'services' | 'slicesByService'>) {
    this.index = buildNodeIndex(input.nodes);
    this.minor = minorOf(input.version);
  }

  private topologyContext(hintsAnnotation: string): TopologyContext {
    let ctx = this.contexts.get(hintsAnnotation);
    if (!ctx) this.contexts.set(hintsAnnotation, (ctx = { minor: this.minor, gates: this.input.gates, hintsAnnotation }));
    return ctx;
  }

  /** Appends the views of `service`'s ports, given its EndpointSlices, to `out`. */
  addService(service: Service, slices: readonly EndpointSlice[], out: ServicePortViews[]): void {
    // NOTE: pkg/proxy/util ShouldSkipService: no rules for ExternalName or headless Services.
    if (service.type === 'ExternalName' || service.clusterIP === 'None') return;
    const { input, steps, index } = this;
    const skew = input.controlPlaneVersion
      ? skewSteps({ controlPlane: input.controlPlaneVersion, kubeProxy: input.version, kubeProxyGates: input.gates }, slices)
      : NO_STEPS;
    for (const port of service.ports) {
      const info = servicePortInfo(service, port);
      const { endpoints, ignoredNodeHints } = endpointsForServicePort(slices, port, input.gates);
      const summary = summarizeHints(endpoints);
      const ctx = this.topologyContext(info.hintsAnnotation);
      const state: PortState = {
        info,
        endpoints,
        summary,
        explainer: {
          info,
          summary,
          ctx,
          baseSteps: [
            ...skew,
            ...cacheSteps(info.name, endpoints, ignoredNodeHints),
            ...(input.kubeProxy.mode === 'ipvs' ? ipvsDrainSteps(port.protocol, endpoints) : NO_STEPS),
          ],
          steps,
        },
        // Only an externally accessible port has a second (external) group to share them with.
        categorized: info.externallyAccessible ? new Map<string, Categorized>() : undefined,
        // IPVS' shares depend on the Service's address: kept per port; the others' for every port.
        balanced: input.kubeProxy.mode === 'ipvs' ? new Map() : this.evenShares,
        weighted: new Array(endpoints.length),
      };
      out.push(buildGroup(state, 'internal', index, input.kubeProxy));
      if (info.externallyAccessible) out.push(buildGroup(state, 'external', index, input.kubeProxy));
    }
  }
}

type Balance = ReturnType<typeof loadBalance>;

interface Categorized {
  endpoints: CategorizedEndpoints;
  /** What the trace says about them: a class's trace recipe keeps these, not the endpoints. */
  facts: CategorizeFacts;
}

/** What every class trace of one service port is written from (the endpoints themselves are not kept). */
interface PortExplainer {
  info: ServicePortInfo;
  summary: HintSummary;
  ctx: TopologyContext;
  baseSteps: TraceStep[];
  /** Shared by every port: classes of different Services often say the same sentences. */
  steps: StepInterner;
}

interface PortState {
  info: ServicePortInfo;
  endpoints: ProxyEndpoint[];
  summary: HintSummary;
  explainer: PortExplainer;
  /** CategorizeEndpoints per representative node, shared by internal and external views (when there are both). */
  categorized: Map<string, Categorized> | undefined;
  /** The answer for every node where no topology applies and only the Cluster set is used. */
  anywhere?: Categorized;
  /** Data-plane shares and steps by loadBalanceKey: classes with equal counts share them. */
  balanced: Map<number, Balance>;
  /** Weighted endpoints already made, by the endpoint's position: classes that see one alike share the object. */
  weighted: (WeightedEndpoint | WeightedEndpoint[] | undefined)[];
}

function buildGroup(state: PortState, kind: TrafficKind, index: NodeIndex, kubeProxy: KubeProxyConfiguration): ServicePortViews {
  const { info } = state;
  const plans = planNodeClasses(index, specialNodes(state, kind, kubeProxy));
  const groupTrace: GroupTrace = {
    port: state.explainer,
    mode: kubeProxy.mode,
    kind,
    usesLocalSet: kubeProxy.mode !== 'kernelspace' && (kind === 'internal' ? info.internalPolicyLocal : info.externalPolicyLocal),
  };
  const classes: ViewClass[] = new Array(plans.length);
  for (let i = 0; i < plans.length; i++) classes[i] = computeClass(state, groupTrace, kubeProxy, plans[i]!);
  const group = new IndexedServicePortViews(
    info.service,
    keyOf(info.service.metadata),
    info.port.port,
    info.port.protocol,
    kind,
    classes,
    plans,
    index,
  );
  if (info.port.name) group.portName = info.port.name;
  return group;
}

const NO_SPECIAL_NODES: ReadonlySet<string> = new Set();

/** Nodes whose identity can change the answer: they need a class of their own. */
function specialNodes(state: PortState, kind: TrafficKind, kubeProxy: KubeProxyConfiguration): ReadonlySet<string> {
  const { info, summary, endpoints } = state;
  const local = kind === 'internal' ? info.internalPolicyLocal : info.externalPolicyLocal;
  const { ctx } = state.explainer;
  const nodeHintsMatter =
    kubeProxy.mode !== 'kernelspace' && ctx.minor >= 33 && ctx.gates.PreferSameTrafficDistribution && summary.allNodeHints;
  if (!local && !nodeHintsMatter) return NO_SPECIAL_NODES;
  const special = new Set<string>();
  for (const ep of endpoints) if (ep.nodeName) special.add(ep.nodeName);
  if (nodeHintsMatter) for (const name of summary.nodeHintCounts.keys()) special.add(name);
  return special;
}

function computeClass(state: PortState, group: GroupTrace, kubeProxy: KubeProxyConfiguration, plan: NodeClassPlan): ViewClass {
  const { info, explainer } = state;
  const { kind } = group;
  const nodeName = plan.representative;
  const steps = explainer.steps;
  let programmed: ProgrammedSet;
  let categorized: Categorized | undefined;
  // kernelspace decides and explains in one go; the Linux proxiers' verdicts are explained when read.
  let programmedSteps: readonly TraceStep[] | undefined;
  if (kubeProxy.mode === 'kernelspace') {
    const decided = winkernelEndpoints(state.endpoints, info, nodeName, kind);
    programmed = decided;
    programmedSteps = steps.list(decided.steps);
  } else {
    categorized = categorizedFor(state, nodeName, plan.zone);
    programmed = syncVerdict(kubeProxy.mode, kind, info, categorized.endpoints);
  }
  // IPVS may fall back from an empty Local set to the cluster set: explain how that set was built.
  const clusterFallback = programmed.localFallback === true;
  const facts = categorized?.facts;
  if (programmed.verdict !== 'forward') {
    return new ViewClassObject(programmed.verdict, NO_ENDPOINTS, {
      group,
      plan,
      facts,
      clusterFallback,
      programmed: programmedSteps,
      balance: undefined,
    });
  }
  const n = programmed.endpoints.length;
  const key = loadBalanceKey(n, info.service);
  let balance = state.balanced.get(key);
  if (!balance) {
    balance = loadBalance(n, { mode: kubeProxy.mode, scheduler: kubeProxy.ipvsScheduler || 'rr', info });
    balance.steps = balance.steps.map((step) => steps.step(step));
    state.balanced.set(key, balance);
  }
  const ownNode = plan.kind === 'node' ? nodeName : undefined;
  const weights = balance.weights;
  const all = state.endpoints;
  const endpoints = new Array<WeightedEndpoint>(n);
  // The programmed endpoints are a subsequence of the port's (same order): a cursor finds each one's slot.
  let at = 0;
  for (let i = 0; i < n; i++) {
    const ep = programmed.endpoints[i]!;
    while (at < all.length && all[at] !== ep) at++;
    const locality = localityOf(ep, ownNode, plan.zone);
    endpoints[i] = at < all.length ? sharedWeighted(state.weighted, at, ep, weights[i]!, locality) : weighted(ep, weights[i]!, locality);
  }
  return new ViewClassObject('forward', endpoints, {
    group,
    plan,
    facts,
    clusterFallback,
    programmed: programmedSteps,
    balance: balance.steps,
  });
}

/**
 * CategorizeEndpoints for a node. The answer depends on the node and its zone alone (the words
 * naming the class are written with the trace), and on neither when the Service uses only the
 * Cluster set and no topology applies to the node: then every such node shares one answer.
 */
function categorizedFor(state: PortState, nodeName: string, zone: string | undefined): Categorized {
  const { info, explainer } = state;
  let categorized = state.categorized?.get(nodeName);
  if (categorized) return categorized;
  const anywhere = !usesLocalEndpoints(info) && decideTopologyMode(state.summary, nodeName, zone, explainer.ctx) === '';
  if (anywhere && state.anywhere) categorized = state.anywhere;
  else {
    const endpoints = categorizeEndpoints(state.endpoints, info, nodeName, zone, explainer.ctx, state.summary);
    categorized = { endpoints, facts: categorizeFacts(endpoints) };
    if (anywhere) state.anywhere = categorized;
  }
  state.categorized?.set(nodeName, categorized);
  return categorized;
}

// Read-only placeholders, replaced or never grown: no list per class.
const NO_STEPS: readonly TraceStep[] = Object.freeze([]);
const NO_ENDPOINTS = Object.freeze([]) as unknown as WeightedEndpoint[];

/** What the class traces of one service port and traffic kind share. */
interface GroupTrace {
  port: PortExplainer;
  mode: KubeProxyConfiguration['mode'];
  kind: TrafficKind;
  /** The traffic uses the Local set (Linux proxiers). */
  usesLocalSet: boolean;
}

/** What a class's trace is written from. */
interface ClassRecipe {
  group: GroupTrace;
  /** The class's node (its own, or the one representing its zone). */
  plan: NodeClassPlan;
  /** Set for the Linux proxiers, which categorize. */
  facts: CategorizeFacts | undefined;
  clusterFallback: boolean;
  /** kernelspace's steps, written as it decided. */
  programmed: readonly TraceStep[] | undefined;
  balance: readonly TraceStep[] | undefined;
}

/**
 * A ViewClass in its key order (verdict, endpoints, trace, nodes), its own trace recipe: the
 * sentences (down to the words naming the class) are written, and shared through the interner
 * with every other class that says the same, only when the trace is read. A class rather than
 * literals: 90,000 node classes share one shape, and the recipe sits in a private field no JSON,
 * clone or equality check sees. The recipe is an object literal of its own, which V8 allocates
 * straight into the old generation (a class instance it cannot): the instance stays small.
 */
class ViewClassObject extends LazyTraceHolder implements ViewClass {
  declare verdict: ViewClass['verdict'];
  declare endpoints: WeightedEndpoint[];
  declare trace: TraceStep[];
  declare nodes: string[];
  readonly #recipe: ClassRecipe;

  constructor(verdict: ViewClass['verdict'], endpoints: WeightedEndpoint[], recipe: ClassRecipe) {
    super();
    this.verdict = verdict;
    this.endpoints = endpoints;
    this.#recipe = recipe;
    this.installTrace();
    const { plan } = recipe;
    // Zone classes minus a few nodes list their members only when read: never nodes × services.
    if (plan.lazyMembers) Object.defineProperty(this, 'nodes', LAZY_NODES_PROPERTY);
    else this.nodes = plan.members as string[];
  }

  /** The members of a class whose plan lists them only on demand. */
  static lazyNodes(cls: ViewClassObject): string[] {
    return cls.#recipe.plan.lazyMembers!() as string[];
  }

  /** A zone class's zone ('' for nodes without one) and the nodes that have classes of their own. */
  static zoneMembership(cls: ViewClassObject): ZoneMembership | undefined {
    const { plan } = cls.#recipe;
    return plan.kind === 'zone' ? { zone: plan.zone ?? '', except: plan.except ?? NO_NAMES } : undefined;
  }

  protected steps(): TraceStep[] {
    const recipe = this.#recipe;
    const { group, facts, plan } = recipe;
    const { port } = group;
    const interner = port.steps;
    const trace = port.baseSteps.slice();
    const nodeLabel = plan.kind === 'node' ? `node ${plan.representative}` : plan.zone ? `nodes in ${plan.zone}` : 'nodes without a zone';
    if (facts) {
      const reasons =
        facts.cluster !== null ? decideTopology(port.summary, plan.representative, plan.zone, port.ctx, nodeLabel).reasons : [];
      interner.pushAll(trace, categorizeSteps(facts, group.usesLocalSet, nodeLabel, port.ctx.minor, reasons));
      if (recipe.clusterFallback) interner.pushAll(trace, categorizeSteps(facts, false, nodeLabel, port.ctx.minor, reasons));
    }
    const programmed = recipe.programmed ?? (group.mode === 'kernelspace' ? [] : verdictSteps(group.mode, group.kind, port.info, facts!));
    interner.pushAll(trace, programmed);
    if (group.kind === 'external' && group.mode !== 'kernelspace')
      interner.pushAll(trace, externalEntrySteps(port.info, facts, nodeLabel, group.mode));
    const balance = recipe.balance;
    if (balance) {
      // The shares are shared by every class with as many endpoints; the iptables chain they are
      // written in is the class's own: KUBE-SVL when the traffic uses the Local set.
      const svl = group.mode === 'iptables' && group.usesLocalSet && !recipe.clusterFallback;
      for (const step of balance) trace.push(svl && step.rule === 'KUBE-SVC' ? interner.step({ ...step, rule: 'KUBE-SVL' }) : step);
    }
    return trace;
  }
}

const NO_NAMES: readonly string[] = Object.freeze([]);

/** Who a zone class answers for: every node of `zone` but those in `except`. */
export interface ZoneMembership {
  zone: string;
  except: readonly string[];
}

/**
 * The membership of a class the engine built for a whole zone, without listing its nodes;
 * undefined for a node's own class or a class from elsewhere.
 *
 * @example
 * zoneMembershipOf(report.serviceViews[0].classes[0]); // { zone: 'zone-a', except: ['mnode-m02'] }
 */
export function zoneMembershipOf(cls: ViewClass): ZoneMembership | undefined {
  return cls instanceof ViewClassObject ? ViewClassObject.zoneMembership(cls) : undefined;
}

// One getter for every lazily listed class: a getter per plan would give each such class its own
// hidden class (V8 turns the object into a slow dictionary) instead of one shared shape; measured,
// see the README's Benchmarks.
const LAZY_NODES_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: ViewClassObject): string[] {
    return ViewClassObject.lazyNodes(this);
  },
};

function sharedWeighted(
  made: (WeightedEndpoint | WeightedEndpoint[] | undefined)[],
  slot: number,
  ep: ProxyEndpoint,
  weight: number,
  locality: Locality,
): WeightedEndpoint {
  // One variant (the usual case) is kept as itself; more go in a list.
  const kept = made[slot];
  if (kept === undefined) return (made[slot] = weighted(ep, weight, locality));
  if (!Array.isArray(kept)) {
    if (kept.weight === weight && kept.locality === locality) return kept;
    const out = weighted(ep, weight, locality);
    made[slot] = [kept, out];
    return out;
  }
  for (const v of kept) if (v.weight === weight && v.locality === locality) return v;
  const out = weighted(ep, weight, locality);
  kept.push(out);
  return out;
}

function weighted(ep: ProxyEndpoint, weight: number, locality: Locality): WeightedEndpoint {
  if (ep.nodeName && ep.zone) {
    // The usual endpoint, in one literal of the same key order: no property added after creation
    // (a V8 shape; measured with summarizePod's and podToEndpoint's, see the README's Benchmarks).
    const { pod, ip, port, ready, serving, terminating, nodeName: node, zone } = ep;
    return { pod, ip, port, weight, locality, ready, serving, terminating, node, zone };
  }
  const out: WeightedEndpoint = {
    pod: ep.pod,
    ip: ep.ip,
    port: ep.port,
    weight,
    locality,
    ready: ep.ready,
    serving: ep.serving,
    terminating: ep.terminating,
  };
  if (ep.nodeName) out.node = ep.nodeName;
  if (ep.zone) out.zone = ep.zone;
  return out;
}
