// The networks Kupu solves, written as DIMACS min-cost flow for LEMON (tests/bench/lemon_mcf.cpp), and the
// pair instance for the Python peers (match_peers.py). Nodes are numbered from 1; every mentee with a
// unit supplies 1, the sink takes them all; a mentor's k-th free seat is its own arc costing its spread.
import { createWriteStream, writeFileSync } from 'node:fs';
import type { Candidates } from '../../src/main/core/matching/candidates';
import type { ClassNetwork } from '../../src/main/core/matching/classNetwork';

export interface WrittenNetwork {
  nodes: number;
  arcs: number;
  /** Units sent and the unmatched cost: the optimum is units × C - min cost. */
  units: number;
  unmatchedCost: number;
}

/** Lines written through a stream in large chunks (a pair network is tens of millions of characters). */
async function writeLines(path: string, produce: (line: (text: string) => void) => void): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '';
  const pending: string[] = [];
  produce((text) => {
    chunk += `${text}\n`;
    if (chunk.length > 1 << 20) {
      pending.push(chunk);
      chunk = '';
    }
  });
  pending.push(chunk);
  for (const part of pending) if (!out.write(part)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function seatArcs(line: (text: string) => void, node: (m: number) => number, sink: number, seats: Int32Array, fixedLoad: Int32Array, spread: number): number {
  let arcs = 0;
  for (let m = 0; m < seats.length; m++) {
    for (let k = 0; k < seats[m]; k++) {
      line(`a ${node(m)} ${sink} 0 1 ${(fixedLoad[m] + k) * spread}`);
      arcs++;
    }
  }
  return arcs;
}

/** The class network, before its flow: mentee arcs, unmatched arcs, tree arcs, seats. */
export async function writeClassNetwork(net: ClassNetwork, path: string): Promise<WrittenNetwork> {
  const n = net.participants;
  let units = 0;
  for (let e = 0; e < n; e++) units += net.supply[e];
  let seatCount = 0;
  for (let m = 0; m < n; m++) seatCount += net.seats[m];
  const arcs = net.arcCount + units + 2 * net.index.classCount + seatCount;
  const sink = net.sink + 1;
  await writeLines(path, (line) => {
    line(`p min ${net.nodeCount} ${arcs}`);
    for (let e = 0; e < n; e++) if (net.supply[e] > 0) line(`n ${e + 1} 1`);
    line(`n ${sink} ${-units}`);
    for (let e = 0; e < n; e++) {
      if (net.supply[e] === 0) continue;
      for (let k = net.menteeStart[e]; k < net.menteeStart[e + 1]; k++) line(`a ${e + 1} ${net.arcHead[k] + 1} 0 1 ${net.arcCost[k]}`);
      line(`a ${e + 1} ${sink} 0 1 ${net.unmatchedCost}`);
    }
    for (let c = 0; c < net.index.classCount; c++) {
      line(`a ${net.firstClass + c + 1} ${net.index.left[c] + 1} 0 ${units} 0`);
      line(`a ${net.firstClass + c + 1} ${net.index.right[c] + 1} 0 ${units} 0`);
    }
    seatArcs(line, (m) => n + m + 1, sink, net.seats, net.fixedLoad, net.spread);
  });
  return { nodes: net.nodeCount, arcs, units, unmatchedCost: net.unmatchedCost };
}

/** One arc per compatible (mentor, mentee) pair: the network the pair engine solves. */
export async function writePairNetwork(c: Candidates, path: string): Promise<WrittenNetwork> {
  const p = c.prepared;
  const n = p.count;
  const C = c.maxScore;
  let units = 0;
  for (let e = 0; e < n; e++) if (c.menteeStart[e + 1] > c.menteeStart[e]) units++;
  let seatCount = 0;
  for (let m = 0; m < n; m++) seatCount += p.seats[m];
  const arcs = c.count + units + seatCount;
  const sink = 2 * n + 1;
  await writeLines(path, (line) => {
    line(`p min ${sink} ${arcs}`);
    for (let e = 0; e < n; e++) if (c.menteeStart[e + 1] > c.menteeStart[e]) line(`n ${e + 1} 1`);
    line(`n ${sink} ${-units}`);
    for (let e = 0; e < n; e++) {
      if (c.menteeStart[e + 1] === c.menteeStart[e]) continue;
      for (let k = c.menteeStart[e]; k < c.menteeStart[e + 1]; k++) line(`a ${e + 1} ${n + c.mentor[k] + 1} 0 1 ${C - c.score[k]}`);
      line(`a ${e + 1} ${sink} 0 1 ${C}`);
    }
    seatArcs(line, (m) => n + m + 1, sink, p.seats, p.fixedAsMentor, p.weights.spread);
  });
  return { nodes: sink, arcs, units, unmatchedCost: C };
}

/** The instance as the Python peers read it: candidate edges with scores, seats, spread (JSON). */
export function writePeerInstance(c: Candidates, path: string): void {
  const p = c.prepared;
  const list = (values: Int32Array): string => `[${values.join(',')}]`;
  const firstSeat = p.fixedAsMentor.map((fixed) => fixed + 1);
  writeFileSync(path, `{"participants":${p.count},"spread":${p.weights.spread},"mentee":${list(c.mentee)},"mentor":${list(c.mentor)},`
    + `"score":${list(c.score)},"seats":${list(p.seats)},"firstSeat":${list(firstSeat)}}`);
}
