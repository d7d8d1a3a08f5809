/**
 * Objects by namespace and name in first-seen order, a later one replacing an earlier one in its
 * place (as Map#set keeps a key's position). Keyed by the name alone, whose string the input
 * already holds: one lookup per object, no "namespace/name" key built. The few names that recur
 * in another namespace go to a second, nested index.
 */
export class NamespacedList<T> {
  /** Position of the first object seen with each name. */
  private readonly byName = new Map<string, number>();
  /** Positions of objects whose name was first seen in another namespace: namespace → name → position. */
  private readonly others = new Map<string, Map<string, number>>();
  private readonly items: T[] = [];
  private readonly namespaces: string[] = [];

  /**
   * Adds `value`, or replaces the object of the same namespace and name; true when it replaced one.
   *
   * @example
   * const list = new NamespacedList<string>();
   * list.set('default', 'a', 'first'); // false
   * list.set('default', 'a', 'second'); // true; list.values() is ['second']
   */
  set(namespace: string, name: string, value: T): boolean {
    const at = this.byName.get(name);
    if (at === undefined) {
      this.byName.set(name, this.push(namespace, value));
      return false;
    }
    if (this.namespaces[at] === namespace) {
      this.items[at] = value;
      return true;
    }
    let names = this.others.get(namespace);
    if (!names) this.others.set(namespace, (names = new Map()));
    const other = names.get(name);
    if (other !== undefined) {
      this.items[other] = value;
      return true;
    }
    names.set(name, this.push(namespace, value));
    return false;
  }

  /** The objects in first-seen order (a copy). */
  values(): T[] {
    return this.items.slice();
  }

  private push(namespace: string, value: T): number {
    this.namespaces.push(namespace);
    return this.items.push(value) - 1;
  }
}
