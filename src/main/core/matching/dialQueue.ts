/**
 * Bucket (Dial) priority queue over small non-negative integer keys, with lazy decrease-key: a node whose
 * key drops is pushed again under the new key, and its old entry is skipped when it comes up (the caller
 * knows which entries are current: see popMin). Entries live in one pool, linked per bucket, LIFO inside
 * a bucket, so the search goes deep along zero-cost ties first. A decrease-key writes only the pool's
 * tail, which matters for the group mentors: reached from thousands of mentees, they improve hundreds
 * of times in one search.
 */
export interface DialQueue {
  /** First entry of each key's bucket, -1 when empty. */
  head: Int32Array;
  /** Per entry: its node and the next entry of the same bucket. */
  node: Int32Array;
  next: Int32Array;
  size: number;
  cursor: number;
  maxKey: number;
  /** Key of the entry popMin returned last. */
  poppedKey: number;
}

const MAX_KEYS = 1 << 26;

export function createDialQueue(keyHint: number, entryHint = 1024): DialQueue {
  return {
    head: new Int32Array(Math.max(64, keyHint)).fill(-1),
    node: new Int32Array(entryHint),
    next: new Int32Array(entryHint),
    size: 0,
    cursor: 0,
    maxKey: -1,
    poppedKey: -1,
  };
}

function growKeys(q: DialQueue, key: number): void {
  if (key >= MAX_KEYS) throw new Error('matching: distance out of range (weights too large?)');
  let size = q.head.length;
  while (size <= key) size *= 2;
  const grown = new Int32Array(size).fill(-1);
  grown.set(q.head);
  q.head = grown;
}

function growEntries(q: DialQueue): void {
  const node = new Int32Array(q.node.length * 2);
  node.set(q.node);
  const next = new Int32Array(q.next.length * 2);
  next.set(q.next);
  q.node = node;
  q.next = next;
}

/** Queue v under key (again, if its key dropped: the older entry goes stale). */
export function enqueue(q: DialQueue, v: number, key: number): void {
  if (key >= q.head.length) growKeys(q, key);
  else if (!(key >= 0)) throw new Error('matching: negative reduced cost (broken potentials)');
  if (q.size === q.node.length) growEntries(q);
  const entry = q.size++;
  q.node[entry] = v;
  q.next[entry] = q.head[key];
  q.head[key] = entry;
  if (key > q.maxKey) q.maxKey = key;
  if (key < q.cursor) q.cursor = key;
}

/**
 * Removes an entry with the smallest key and returns its node (its key in q.poppedKey), or -1 when
 * empty. The entry may be stale: the caller skips it unless the node is still queued with that key.
 */
export function popMin(q: DialQueue): number {
  const heads = q.head;
  while (q.cursor <= q.maxKey && heads[q.cursor] < 0) q.cursor++;
  if (q.cursor > q.maxKey) return -1;
  const entry = heads[q.cursor];
  heads[q.cursor] = q.next[entry];
  q.poppedKey = q.cursor;
  return q.node[entry];
}

/** Empties the queue (only the buckets that can be non-empty are touched). */
export function clearQueue(q: DialQueue): void {
  for (let k = q.cursor; k <= q.maxKey; k++) q.head[k] = -1;
  q.cursor = 0;
  q.maxKey = -1;
  q.size = 0;
}
