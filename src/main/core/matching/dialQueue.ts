/**
 * Bucket (Dial) priority queue over small non-negative integer keys: one doubly linked list per key,
 * O(1) insert / decrease-key / pop-min (amortized over the key range, which the flow search keeps near C).
 * LIFO inside a bucket: the search goes deep along zero-cost ties first. The per-node links live in the
 * caller's node records (three consecutive Int32 fields from `offset`), so one cache line holds
 * everything the search touches for a node.
 */
export interface DialQueue {
  head: Int32Array;
  records: Int32Array;
  stride: number;
  offset: number;
  cursor: number;
  maxKey: number;
}

const KEY = 0;
const PREV = 1;
const NEXT = 2;
const MAX_KEYS = 1 << 26;

export function createDialQueue(records: Int32Array, stride: number, offset: number, keyHint: number): DialQueue {
  return { head: new Int32Array(Math.max(64, keyHint)).fill(-1), records, stride, offset, cursor: 0, maxKey: -1 };
}

function grow(q: DialQueue, key: number): void {
  if (key >= MAX_KEYS) throw new Error('matching: distance out of range (weights too large?)');
  let size = q.head.length;
  while (size <= key) size *= 2;
  const grown = new Int32Array(size).fill(-1);
  grown.set(q.head);
  q.head = grown;
}

function unlink(q: DialQueue, v: number): void {
  const r = q.records;
  const at = v * q.stride + q.offset;
  const prev = r[at + PREV];
  const next = r[at + NEXT];
  if (prev >= 0) r[prev * q.stride + q.offset + NEXT] = next;
  else q.head[r[at + KEY]] = next;
  if (next >= 0) r[next * q.stride + q.offset + PREV] = prev;
}

/** Insert v with key, or move it to a smaller key when it is already queued. */
export function enqueue(q: DialQueue, v: number, key: number, queued: boolean): void {
  if (queued) unlink(q, v);
  if (key >= q.head.length) grow(q, key);
  else if (!(key >= 0)) throw new Error('matching: negative reduced cost (broken potentials)');
  const r = q.records;
  const at = v * q.stride + q.offset;
  const head = q.head[key];
  r[at + KEY] = key;
  r[at + PREV] = -1;
  r[at + NEXT] = head;
  if (head >= 0) r[head * q.stride + q.offset + PREV] = v;
  q.head[key] = v;
  if (key > q.maxKey) q.maxKey = key;
  if (key < q.cursor) q.cursor = key;
}

/** Removes and returns a node with the smallest key, or -1 when empty. */
export function popMin(q: DialQueue): number {
  const heads = q.head;
  while (q.cursor <= q.maxKey && heads[q.cursor] < 0) q.cursor++;
  if (q.cursor > q.maxKey) return -1;
  const v = heads[q.cursor];
  const next = q.records[v * q.stride + q.offset + NEXT];
  heads[q.cursor] = next;
  if (next >= 0) q.records[next * q.stride + q.offset + PREV] = -1;
  return v;
}

/** Empties the queue (only the buckets that can be non-empty are touched). */
export function clearQueue(q: DialQueue): void {
  for (let k = q.cursor; k <= q.maxKey; k++) q.head[k] = -1;
  q.cursor = 0;
  q.maxKey = -1;
}
