import { hashString } from '../random';

/**
 * Objects by namespace and name in first-seen order, a later one replacing an earlier one in its
 * place (as Map#set keeps a key's position).
 *
 * Indexed by an open-addressing table of positions keyed by a hash of namespace and name: a
 * lookup reads one table slot and the entry's stored hash, and compares strings only when the
 * hashes agree. A JS Map keyed by 150,000 names reads each candidate key's string on the way,
 * which made this the decoder's most expensive step.
 */
export class NamespacedList<T> {
  private readonly items: T[] = [];
  private readonly namespaces: string[] = [];
  private readonly names: string[] = [];
  private readonly hashes: number[] = [];
  /** Position + 1 of an object per slot; 0 for an empty slot. Kept at most half full. */
  private slots = new Int32Array(1024);

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
    const { slots, hashes, namespaces, names } = this;
    const mask = slots.length - 1;
    let slot = hash & mask;
    for (let at = slots[slot]!; at !== 0; at = slots[slot]!) {
      const i = at - 1;
      if (hashes[i] === hash && names[i] === name && namespaces[i] === namespace) {
        this.items[i] = value;
        return true;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = this.items.push(value);
    namespaces.push(namespace);
    names.push(name);
    hashes.push(hash);
    if (this.items.length * 2 > slots.length) this.grow();
    return false;
  }

  /** The objects in first-seen order (a copy). */
  values(): T[] {
    return this.items.slice();
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.hashes.length; i++) {
      let slot = this.hashes[i]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.slots = slots;
  }
}

/** The hash of "namespace/name" (no name contains '/'), without joining them; 30 bits, so a small integer. */
function hashKey(namespace: string, name: string): number {
  return hashString(name, hashString('/', hashString(namespace))) & 0x3fffffff;
}
