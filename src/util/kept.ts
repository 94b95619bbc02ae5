// A cache of the last few: what a question computes of an article or a text, kept for the next question on the same
// story (the index gives /sources the same 200 candidate articles for every claim on one event), bounded so that a
// long run of questions on many stories never grows it past `max` entries; the oldest goes first.

/** The value kept for `key` in `cache`, else made by `make` and kept (the oldest entry dropped past `max`). */
export function kept<K, V>(cache: Map<K, V>, key: K, max: number, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(key, v);
  }
  return v;
}
