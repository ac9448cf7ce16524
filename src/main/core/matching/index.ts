// The pure matching engine: plain data in, plain data out (see docs/ARCHITECTURE.md, "Matching").
export * from './types';
export { buildCandidates, listCandidates, type Candidates, type CandidateView } from './candidates';
export { scorePair, normalizeWeights, rankPoints, seatCost, type PairScore } from './score';
export { matchOptimal } from './optimal';
export { matchStable } from './stable';
export type { MatchOptions } from './networkChoice';
export { explainUnmatched } from './unmatched';
export { reasonText, unmatchedText, type TextLanguage } from './text';
