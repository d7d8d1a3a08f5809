import { hashString } from '../random';

/**
 * Objects by namespace and name in first-seen order, a later one replacing an earlier one in its
 * place (as Map#set keeps a key's position).
 *
 * Indexed by an open-addressing table keyed by a hash of namespace and name, each slot holding
 * the entry's hash beside its position: a lookup reads one slot (one cache line) and compares
 * strings only when the hashes agree. A JS Map keyed by 150,000 names reads each candidate key's
 * string on the way, which made this the decoder's most expensive step (and, measured against a
Map keyed by "namespace/name", the engine slower on the largest cluster: see the README).
 */
export class NamespacedList<T> {
  private readonly items: T[] = [];
  private readonly namespaces: string[] = [];
  private readonly names: string[] = [];
  /** Per slot, the hash (at 2 × slot) and position + 1 (at 2 × slot + 1; 0 when empty). Kept at most half full. */
  private slots = new Int32Array(2 * 1024);

  /**
   * Adds `value`, or replaces the object of the same namespace and name; true when it replaced one.
   *
   * @example
   * const list = new NamespacedList<string>();
   * list.set('default', 'a', 'first'); // false
   * list.set('default', 'a', 'second'); // true; list.values() is ['second']
   */
  set(namespace: string, name: string, value: T): boolean {
    const hash = hashKey(namespace, name);
    const { slots, namespaces, names } = this;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (let at = slots[2 * slot + 1]!; at !== 0; at = slots[2 * slot + 1]!) {
      const i = at - 1;
      if (slots[2 * slot] === hash && names[i] === name && namespaces[i] === namespace) {
        this.items[i] = value;
        return true;
      }
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = this.items.push(value);
    namespaces.push(namespace);
    names.push(name);
    if (this.items.length * 2 > slots.length >> 1) this.grow();
    return false;
  }

  /** The objects in first-seen order (a copy). */
  values(): T[] {
    return this.items.slice();
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      let slot = old[k]! & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[k]!;
      slots[2 * slot + 1] = old[k + 1]!;
    }
    this.slots = slots;
  }
}

/** The hash of "namespace/name" (no name contains '/'), without joining them; 30 bits, so a small integer. */
function hashKey(namespace: string, name: string): number {
  return hashString(name, hashString('/', hashString(namespace))) & 0x3fffffff;
}
