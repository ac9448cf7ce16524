/**
 * Participant id → engine index. A Map costs ~300 ns per insertion on these machines (its table grows
 * and rehashes as it fills): 15–30 ms for a 50,000-person cohort, more than every lookup the engine then
 * makes. This open-addressing table over the ids array is sized once and builds in ~2 ms.
 */
export interface IdIndex {
  readonly size: number;
  /** Index of id in the array the table was built from, or undefined. */
  get(id: string): number | undefined;
}

/** FNV-1a over UTF-16 code units, then murmur3's finalizer so sequential ids spread over the table. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** Builds the index; a repeated id is an error naming it (each participant must be one person). */
export function idIndex(ids: readonly string[]): IdIndex {
  let capacity = 16;
  while (capacity < ids.length * 2) capacity *= 2;
  const mask = capacity - 1;
  // slots hold index + 1, so the zero-filled array starts empty.
  const slots = new Int32Array(capacity);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    let slot = hashOf(id) & mask;
    while (slots[slot] !== 0) {
      if (ids[slots[slot] - 1] === id) throw new Error(`matching: duplicate participant id ${id}`);
      slot = (slot + 1) & mask;
    }
    slots[slot] = i + 1;
  }
  return {
    size: ids.length,
    get(id: string): number | undefined {
      let slot = hashOf(id) & mask;
      for (;;) {
        const entry = slots[slot];
        if (entry === 0) return undefined;
        if (ids[entry - 1] === id) return entry - 1;
        slot = (slot + 1) & mask;
      }
    },
  };
}
