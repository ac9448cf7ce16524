/**
 * The order in which a search scans a mentee's arcs on the one-arc-per-edge network (flow.ts), each
 * entry packed as key << localBits | (arc - first arc of the mentee), a mentee's run sorted ascending.
 *
 * The key is a lower bound on what entering the arc's mentor costs in reduced terms before the search's
 * own offsets: cost + price, price = -potential of the mentor. Potentials only fall during a solve, so
 * prices only rise and a key, once a lower bound, stays one: the scan may stop at the first key that
 * cannot beat the best path found so far. At the start the keys are the costs (every price is 0). Most
 * arcs of a busy mentee lead to mentors whose price has risen since (full group mentors, above all),
 * and scanning them by cost alone looked at each of them only to reject it; a mentee whose scan rejects
 * many has its keys recomputed from today's prices and its run re-sorted (refreshRun), so its next scans
 * stop early. Ties keep the arcs' own order (cheapest first, as candidates.ts placed them).
 */
export interface ScanOrder {
  entries: Int32Array;
  /** Bits of the local arc index, enough for the widest run. */
  localBits: number;
  /** Largest key that fits; larger bounds are stored as this, still a lower bound. */
  maxKey: number;
}

/** Bits for local indices 0..widest-1 (at least 1). */
export function localBitsFor(widest: number): number {
  return Math.max(1, 32 - Math.clz32(Math.max(1, widest - 1)));
}

export function scanOrder(entries: Int32Array, widest: number): ScanOrder {
  const localBits = localBitsFor(widest);
  return { entries, localBits, maxKey: 2 ** (31 - localBits) - 1 };
}

/** Entry for the arc at local index `local` with lower bound `key` (clamped to what fits). */
export function packEntry(order: ScanOrder, key: number, local: number): number {
  return ((key < order.maxKey ? key : order.maxKey) << order.localBits) | local;
}

/**
 * Sorts entries[from..to) ascending (insertion sort: runs are a few dozen entries, and after a refresh
 * mostly in order already). Keys and local indices share the int, so ties keep the arcs' order.
 */
export function sortRun(entries: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const x = entries[i];
    let j = i - 1;
    while (j >= from && entries[j] > x) {
      entries[j + 1] = entries[j];
      j--;
    }
    entries[j + 1] = x;
  }
}
