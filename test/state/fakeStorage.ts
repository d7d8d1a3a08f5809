/** A fake Storage for tests of code that uses localStorage. */
/** A fake Storage: a Map, a quota in characters, and switches to make it throw. */
export function fakeStorage(options: { quota?: number; blocked?: boolean } = {}): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const check = () => {
    if (options.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => (check(), data.get(k) ?? null),
    setItem: (k: string, v: string) => {
      check();
      if (options.quota !== undefined && used() - (data.get(k)?.length ?? 0) + v.length > options.quota)
        throw new DOMException('quota', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => (check(), void data.delete(k)),
    clear: () => data.clear(),
  };
}
