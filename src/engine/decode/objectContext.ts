/** Collects the diagnostics of one object while it is decoded, defaulted and validated. */
import { diagnosticAt, type Diagnostic, type SourceRef } from '../diagnostics';
import type { ContainerPort } from '../model';
import { PortListBuilder } from './portListBuilder';
import type { FieldPath } from '../validation/fieldErrors';

/**
 * What decoding one cluster carries from object to object, so that work the objects before
 * already did is not done again: decodeCluster makes one, every object's context shares it, and
 * it ends with the cluster (no state outlives a call). None of it changes a result.
 */
export class DecodeMemo {
  /** The last namespace found valid: thousands of objects share a few namespaces. */
  validNamespace = 'default';
  /** The last container port name found valid: every pod of a workload names its ports alike. */
  validPortName = '';
  /** The previous pod's container ports: pods of one workload declare the same, and share the list (read-only). */
  previousPorts: ContainerPort[] = [];
  /** The builder of each pod's container ports, begun again for every pod. */
  readonly portList = new PortListBuilder();
}

export class ObjectContext {
  errorCount = 0;
  name = '';
  namespace: string | undefined;
  /** Who refuses an invalid object: the API server, or kube-proxy for its own configuration. */
  refusedBy: 'apiserver' | 'kube-proxy' = 'apiserver';

  constructor(
    public kind: string,
    public source: SourceRef,
    private readonly out: Diagnostic[],
    /** Shared by the contexts of one decodeCluster call. */
    readonly memo: DecodeMemo = new DecodeMemo(),
  ) {}

  /**
   * This context, emptied for the next object (of a kind whose decoder keeps no context): a
   * large cluster's pods need no context object each.
   *
   * @example
   * const ctx = shared.reuse('Pod', source); // errorCount 0, no name yet
   */
  reuse(kind: string, source: SourceRef): this {
    this.kind = kind;
    this.source = source;
    this.errorCount = 0;
    this.name = '';
    this.namespace = undefined;
    this.refusedBy = 'apiserver';
    return this;
  }

  /** "Service default/echo-svc", "Node mnode", or just the kind while the name is unknown. */
  get label(): string {
    if (!this.name) return this.kind;
    return this.namespace === undefined ? `${this.kind} ${this.name}` : `${this.kind} ${this.namespace}/${this.name}`;
  }

  /**
   * An error the API server would refuse the object for. The first one says, once, that the
   * object is not applied, in kubectl's words (`The Service "x" is invalid: ...`).
   */
  error(path: FieldPath, message: string): void {
    let text = message;
    if (this.errorCount === 0) {
      text =
        this.refusedBy === 'kube-proxy'
          ? `kube-proxy refuses to start with this configuration: ${message} (the playground uses the default configuration instead)`
          : `The ${this.kind} "${this.name || '<unnamed>'}" is invalid: ${message} (the object is not applied; the API server would refuse it)`;
    }
    this.errorCount++;
    this.out.push(diagnosticAt(this.source, path, 'error', text, this.label));
  }

  warning(path: FieldPath, message: string): void {
    this.out.push(diagnosticAt(this.source, path, 'warning', message, this.label));
  }

  info(path: FieldPath, message: string): void {
    this.out.push(diagnosticAt(this.source, path, 'info', message, this.label));
  }
}
