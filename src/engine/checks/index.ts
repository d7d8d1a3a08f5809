/** Declarative checks on a routing report, for tours and challenges. */
export { evaluateCheck, evaluateChecks } from './evaluateCheck';
export type {
  Check,
  CheckResult,
  EndpointFilter,
  HintsExpectation,
  PodsExpectation,
  PodsTarget,
  RequestsExpectation,
  RequestsTarget,
  RouteExpectation,
  RouteTarget,
  ViewTarget,
} from './types';
