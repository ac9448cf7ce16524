/**
 * The Dial searches' per-node records (flow.ts on the pair network, classFlow.ts on the class
 * network), interleaved (one 16-byte record per node) so a relaxation touches one cache line:
 * seen (round while queued, -round once popped), tentative distance, parent node, parent arc code.
 */
export const STRIDE = 4;
export const SEEN = 0;
export const DIST = 1;
export const PARENT = 2;
export const CODE = 3;

/**
 * "No target distance yet": above every real distance (the queue refuses keys from 2^26 on), and a small
 * integer, so targetDist never turns into a boxed double in the hot comparisons.
 */
export const NO_TARGET = 2 ** 30;

/** Parent codes that are not arcs: a search's start, a mentor's seat, a mentee's unmatched arc. */
export const ROOT = -5;
export const SEAT = -1;
export const UNMATCHED = -2;
