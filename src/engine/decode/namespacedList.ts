/**
 * Objects by namespace and name in first-seen order, a later one replacing an earlier one in its
 * place (as Map#set keeps a key's position). While no name repeats, a set of names answers with
 * one lookup per object and no "namespace/name" key is built; the first repeated name switches to
 * an exact index (by name, then by namespace for names found in several).
 */
export class NamespacedList<T> {
  private readonly items: T[] = [];
  private readonly namespaces: string[] = [];
  private readonly names: string[] = [];
  /** Every name seen, until a name repeats. */
  private seen: Set<string> | undefined = new Set();
  /** After a name repeated: position of the first object seen with each name. */
  private byName: Map<string, number> | undefined;
  /** Positions of objects whose name was first seen in another namespace: namespace → name → position. */
  private readonly others = new Map<string, Map<string, number>>();

  /**
   * Adds `value`, or replaces the object of the same namespace and name; true when it replaced one.
   *
   * @example
   * const list = new NamespacedList<string>();
   * list.set('default', 'a', 'first'); // false
   * list.set('default', 'a', 'second'); // true; list.values() is ['second']
   */
  set(namespace: string, name: string, value: T): boolean {
    const seen = this.seen;
    if (seen) {
      const size = seen.size;
      seen.add(name);
      if (seen.size !== size) {
        this.push(namespace, name, value);
        return false;
      }
      this.indexByName();
    }
    const byName = this.byName!;
    const at = byName.get(name);
    if (at === undefined) {
      byName.set(name, this.push(namespace, name, value));
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
    names.set(name, this.push(namespace, name, value));
    return false;
  }

  /** The objects in first-seen order (a copy). */
  values(): T[] {
    return this.items.slice();
  }

  private push(namespace: string, name: string, value: T): number {
    this.namespaces.push(namespace);
    this.names.push(name);
    return this.items.push(value) - 1;
  }

  /** The exact index of everything so far (names were all distinct until now). */
  private indexByName(): void {
    this.seen = undefined;
    const byName = new Map<string, number>();
    for (let i = 0; i < this.names.length; i++) byName.set(this.names[i]!, i);
    this.byName = byName;
  }
}
