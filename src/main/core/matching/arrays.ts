/**
 * Where a matching run gets its large typed arrays (one entry per candidate edge: about ten arrays of
 * ~10 MB at 50,000 participants). Fresh arrays cost a page fault per 4 KB the first time they are
 * written (measured ~150 ms of a 50k run on these machines, more than the solve itself in a tight
 * cohort), so a run that lets nothing it borrowed outlive it (matchOptimal, matchStable) borrows them
 * from a small pool and gives them back when it returns. Everything else gets fresh arrays.
 */
export interface ArraySource {
  /** A zero-filled Int32Array of this length. */
  int32(length: number): Int32Array;
  /** A zero-filled Uint8Array of this length. */
  uint8(length: number): Uint8Array;
  /** A zero-filled Float64Array of this length. */
  float64(length: number): Float64Array;
}

export const freshArrays: ArraySource = {
  int32: (length) => new Int32Array(length),
  uint8: (length) => new Uint8Array(length),
  float64: (length) => new Float64Array(length),
};

/** Below this, a fresh array is as cheap as a pooled one. */
const minPooledBytes = 1 << 16;
/** What the pool keeps between runs at most (the largest buffers first). */
export const maxPooledBytes = 128 << 20;
/** Sizes are rounded up to this, so the next run of the same cohort finds its buffers. */
const granule = 1 << 16;

const pool: ArrayBuffer[] = [];

/** Lets the pool's buffers go (a cohort closed: its runs' sizes are no use to the next one). */
export function releasePooledArrays(): void {
  pool.length = 0;
}

/** Bytes the pool holds between runs (for tests). */
export function pooledBytes(): number {
  return pool.reduce((sum, buffer) => sum + buffer.byteLength, 0);
}

/** A pooled buffer (to be zeroed) or a new one (zero already, and untouched pages cost nothing). */
function takeBuffer(bytes: number, borrowed: ArrayBuffer[]): { buffer: ArrayBuffer; reused: boolean } {
  let best = -1;
  for (let i = 0; i < pool.length; i++) {
    if (pool[i].byteLength >= bytes && (best < 0 || pool[i].byteLength < pool[best].byteLength)) best = i;
  }
  const buffer = best >= 0 ? pool.splice(best, 1)[0] : new ArrayBuffer(Math.ceil(bytes / granule) * granule);
  borrowed.push(buffer);
  return { buffer, reused: best >= 0 };
}

function borrow<T extends Int32Array | Uint8Array | Float64Array>(
  make: (buffer: ArrayBuffer, length: number) => T, bytesPer: number, length: number, borrowed: ArrayBuffer[],
): T {
  const { buffer, reused } = takeBuffer(length * bytesPer, borrowed);
  const array = make(buffer, length);
  if (reused) array.fill(0);
  return array;
}

function giveBack(borrowed: ArrayBuffer[]): void {
  pool.push(...borrowed);
  pool.sort((a, b) => b.byteLength - a.byteLength);
  let kept = 0;
  let keep = 0;
  while (keep < pool.length && kept + pool[keep].byteLength <= maxPooledBytes) kept += pool[keep++].byteLength;
  pool.length = keep;
}

/**
 * Runs `run` with arrays borrowed from the pool; they go back when it returns or throws, so nothing
 * `run` hands out may hold on to them (its result must be plain data).
 */
export function withPooledArrays<T>(run: (arrays: ArraySource) => T): T {
  const borrowed: ArrayBuffer[] = [];
  const arrays: ArraySource = {
    int32: (length) => (length * 4 < minPooledBytes ? new Int32Array(length) : borrow((b, n) => new Int32Array(b, 0, n), 4, length, borrowed)),
    uint8: (length) => (length < minPooledBytes ? new Uint8Array(length) : borrow((b, n) => new Uint8Array(b, 0, n), 1, length, borrowed)),
    float64: (length) => (length * 8 < minPooledBytes ? new Float64Array(length) : borrow((b, n) => new Float64Array(b, 0, n), 8, length, borrowed)),
  };
  try {
    return run(arrays);
  } finally {
    giveBack(borrowed);
  }
}
