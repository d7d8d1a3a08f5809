/** spec.strategy of a Deployment, defaulted (apps/v1 defaults.go) and validated (ValidateDeploymentStrategy). */
import type { DeploymentStrategy, IntOrPercent } from '../model';
import { intOrPercentProblems, intOrPercentValue, percentOf } from '../validation/intOrPercent';
import { forbidden, invalid, notSupported } from '../validation/fieldErrors';
import type { ObjectContext } from './objectContext';
import { readIntOrPercent, readObj, readString, type Obj } from './read';

const DEFAULT_BOUND = '25%';
const PATH = ['spec', 'strategy'] as const;
const ROLLING_UPDATE_PATH = [...PATH, 'rollingUpdate'] as const;

/** ValidatePositiveIntOrPercent: a non-negative int or a valid percent string. */
function validateBound(value: IntOrPercent, key: string, ctx: ObjectContext): void {
  for (const problem of intOrPercentProblems(value, `spec.strategy.rollingUpdate.${key}`, false))
    ctx.error([...ROLLING_UPDATE_PATH, key], problem);
}

/**
 * Reads spec.strategy with the API server's defaults: RollingUpdate, maxSurge and maxUnavailable 25%.
 *
 * @example
 * decodeDeploymentStrategy({ strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } }, ctx);
 * // { type: 'RollingUpdate', maxSurge: 1, maxUnavailable: 0 }
 */
export function decodeDeploymentStrategy(spec: Obj, ctx: ObjectContext): DeploymentStrategy {
  const strategy = readObj(spec, 'strategy', ctx, ['spec']) ?? {};
  const type = readString(strategy, 'type', ctx, PATH) ?? 'RollingUpdate';
  const rollingUpdate = readObj(strategy, 'rollingUpdate', ctx, PATH);
  if (type === 'Recreate') {
    if (rollingUpdate)
      ctx.error(
        [...PATH, 'rollingUpdate'],
        forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"),
      );
    return { type };
  }
  if (type !== 'RollingUpdate') {
    ctx.error([...PATH, 'type'], notSupported('spec.strategy.type', type, ['Recreate', 'RollingUpdate']));
    return { type: 'RollingUpdate', maxSurge: DEFAULT_BOUND, maxUnavailable: DEFAULT_BOUND };
  }
  const maxUnavailable = readIntOrPercent(rollingUpdate ?? {}, 'maxUnavailable', ctx, ROLLING_UPDATE_PATH) ?? DEFAULT_BOUND;
  const maxSurge = readIntOrPercent(rollingUpdate ?? {}, 'maxSurge', ctx, ROLLING_UPDATE_PATH) ?? DEFAULT_BOUND;
  validateBound(maxUnavailable, 'maxUnavailable', ctx);
  validateBound(maxSurge, 'maxSurge', ctx);
  const unavailablePath = [...PATH, 'rollingUpdate', 'maxUnavailable'];
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
    ctx.error(unavailablePath, invalid('spec.strategy.rollingUpdate.maxUnavailable', maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
  }
  if ((percentOf(maxUnavailable) ?? 0) > 100)
    ctx.error(unavailablePath, invalid('spec.strategy.rollingUpdate.maxUnavailable', maxUnavailable, 'must not be greater than 100%'));
  return { type, maxSurge, maxUnavailable };
}
