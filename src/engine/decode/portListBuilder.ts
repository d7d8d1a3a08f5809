/** A pod's container ports, collected without a list or an object per pod where the pod before declared the same. */
import type { ContainerPort, Protocol } from '../model';

/**
 * Collects a pod's ports, reusing `previous` (and allocating no list) while they match it
 * port for port: most pods of a large cluster declare what the pod before them did.
 */
export class PortListBuilder {
  private previous: ContainerPort[] = [];
  private matched = 0;
  private own: ContainerPort[] | undefined;

  /** Starts a pod's list (decodePodSpec never nests, so one builder per decode serves every pod: no object per pod). */
  begin(previous: ContainerPort[]): this {
    this.previous = previous;
    this.matched = 0;
    this.own = undefined;
    return this;
  }

  add(name: string | undefined, containerPort: number, protocol: Protocol): void {
    if (!this.own) {
      const p = this.previous[this.matched];
      if (p && p.name === name && p.containerPort === containerPort && p.protocol === protocol) {
        this.matched++;
        return;
      }
      this.own = this.previous.slice(0, this.matched);
    }
    this.own.push(name ? { name, containerPort, protocol } : { containerPort, protocol });
  }

  result(): ContainerPort[] {
    if (this.own) return this.own;
    return this.matched === this.previous.length ? this.previous : this.previous.slice(0, this.matched);
  }
}
