/**
 * The engine's public API: everything code outside `src/engine/` may import, in the order of the
 * pipeline (manifests → pods on nodes → EndpointSlices → kube-proxy's view per node → data plane →
 * routes). The modules behind it are the engine's own; an ESLint rule keeps other wings out of them.
 *
 * Five entry points stay separate modules so that the page can load them on first use:
 * `engine/analyzeCluster` (the pipeline), `engine/incremental` (the pipeline keeping its previous
 * run, loaded beside the first render), `engine/analyze` (with the timeline's events),
 * `engine/checks` (tour checks) and `engine/reportWire` (the analysis worker's report reviver).
 *
 * @example
 * import { formatShare, type RoutingReport } from '../engine';
 */

// Shared vocabulary: the report, the cluster model, diagnostics, versions and feature gates.
export type {
  ClientRoute,
  IPFamilyName,
  Locality,
  NodeSummary,
  NodeView,
  PodSummary,
  RoutingReport,
  ServicePortViews,
  ServiceSummary,
  TraceStep,
  Verdict,
  ViewClass,
  ViewResult,
  WeightedEndpoint,
} from './report';
export { DEFAULT_PROGRESS_DEADLINE_SECONDS, IPVS_SCHEDULERS, keyOf, normalizeObjectKey, shortObjectKey } from './model';
export type {
  ClusterState,
  Deployment,
  DeploymentStatus,
  EndpointSlice,
  IntOrPercent,
  IpvsScheduler,
  LabelSelector,
  LabelSelectorRequirement,
  PodDisruptionBudget,
  ProxyMode,
  Service,
  ServiceCIDRObject,
} from './model';
export { hasErrors } from './diagnostics';
export type { Diagnostic, Severity } from './diagnostics';
export {
  DEFAULT_VERSION,
  GATE_NAMES,
  SUPPORTED_VERSIONS,
  applyGateOverrides,
  defaultGates,
  gateSpec,
  kubeProxyReadsGate,
  isKubeVersion,
  minorOf,
} from './version';
export { ENDPOINTS_DEPRECATION } from './decode/decodeEndpoints';
export { computeHash as podTemplateHash, POD_TEMPLATE_HASH_LABEL } from './scheduler/podNames';
export type { FeatureGates, KubeVersion } from './version';
export { versionFacts } from './versionFacts';
export { allowedKubeProxyVersions, kubeProxySkewProblem } from './versionSkew';
export { deriveSeed } from './random';
export {
  MAX_INT32,
  MAX_SIMULATED_PODS,
  MAX_SIMULATED_REQUESTS,
  MAX_WORKLOAD_PODS,
  replicasLimitProblem,
  simulatedPodsBesides,
} from './limits';

// Manifests in: parsing, decoding with the API server's defaults, its validation words.
export { isPlainObject, parseManifests } from './parse/parseManifests';
export { ParsedDocumentCache } from './parse/parsedDocumentCache';
export { jsonDocumentValue } from './parse/jsonValue';
export { jsonListItemsWhere } from './parse/jsonListItems';
export { splitDocuments } from './parse/documentChunks';
export type { SourceFile } from './parse/manifestDocument';
export { decodeCluster } from './decode/decodeCluster';
export { serviceCIDRObjects } from './decode/serviceRanges';
export { PREFER_CLOSE, PREFER_SAME_NODE, PREFER_SAME_ZONE, supportedTrafficDistributions } from './validation/trafficDistribution';
export { analyzeWrittenFiles } from './analyzeCluster';
export type { AnalysisStage, StageCallback } from './progress';

// EndpointSlices and kube-proxy's per-node view.
export { slicesOfService } from './slicesOfService';
export { changesForFamily, reportForFamily, serviceFamilies, shownFamily } from './familyReport';
export type { AutoHintsReport } from './endpointslice/autoHintsReport';
export { expandViews, viewsOfNode } from './expandViews';

// Data plane: shares, rules as the node has them, session affinity, request simulation.
export { formatShare } from './dataplane/percent';
export { nodeRules, rulesText } from './rules/nodeRules';
export { describeSourceRanges, firewallAdmits, loadBalancerVIPs, sourceRangeFirewall } from './proxy/loadBalancerFirewall';
export type { SourceRangeFirewall } from './proxy/loadBalancerFirewall';
export { RULES_MODES, linksMatch } from './rules/ruleLine';
export type { RuleLine, RuleLink, RulesMode } from './rules/ruleLine';
export { simulationContextOf } from './routes/simulateRequests';
export { affinityLive, sendWithAffinity } from './simulation/affinityTable';
export type { AffinityTable } from './simulation/affinityTable';
export { clientAddresses } from './simulation/requestStream';
export { compareDataPlanes } from './simulation/simulateTimeline';
export type { DataPlaneChoice, DataPlaneTimeline, SimulationOptions } from './simulation/types';

// Cluster events and simulated time: controllers, drift, route changes, disruption budgets.
export { describeEvent, diffReports, formatSeconds, simulateCluster } from './events';
export type { ClusterEvent, DriftEntry, DriftKind, LiveStep, PodLifecycle, RouteChange, TimelineEvent } from './events';
export { timestampAt } from './events/clock';
export { eventsByNow } from './events/types';
export { isActive } from './events/world';
export { DRAIN_RETRY_SECONDS, disruptionStatus, evictionErrorLine, evictionPass } from './events/disruption';

// Workload controllers besides Deployments: DaemonSet, StatefulSet, ReplicaSet, ReplicationController.
export type { DaemonSet, ReplicaSet, StatefulSet, Workload, Workloads, WorkloadStatus } from './workloads';
export { allWorkloads, workloadKey } from './workloads';
export { workloadStatusOf } from './workloadStatus';
export { isDaemonSetPod } from './events/nodeEvents';
export { isClaimedBy, workloadRevision, CONTROLLER_REVISION_HASH_LABEL } from './scheduler/workloadPods';
export { nodeShouldRunDaemonPod } from './scheduler/daemonSetPlacement';
export type { OwnerKind, Pod as ClusterPod, WorkloadKind } from './model';

// Every routing choice side by side for one Service: locality, load, drops, a failure, an estimate.
export { compareChoices } from './compare/compareChoices';
export type { CompareOptions, CompareResult } from './compare/compareChoices';
export { describePolicySpec, policySpecOf } from './compare/choices';
export {
  DEFAULT_ESTIMATE_INPUTS,
  ESTIMATE_ASSUMPTIONS,
  SECONDS_PER_MONTH,
  estimateOf,
  sanitizeEstimateInputs,
  withEstimateInputs,
} from './compare/estimate';
export type {
  ChoiceColumn,
  ClientFigures,
  ComparedMoment,
  CompareTopology,
  EndpointLoad,
  Estimate,
  EstimateInputs,
  FailureSpec,
  LoadFigures,
  LocalityShares,
  PolicyChoice,
  PolicyChoiceId,
  PolicyComparison,
  PolicySpec,
  ResolvedFailure,
  ScenarioFigures,
  UnavailableChoice,
} from './compare/types';
export { applyWireDelta, type WireDelta } from './wire/wireDelta';
