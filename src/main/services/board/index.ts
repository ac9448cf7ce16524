// The board: pairings made, moved and removed by hand, each checked against the program's rules.
export { listPairings } from '../../store/pairingsRepo';
export { assignPairing, checkPairing, pinPairing, unassignPairing } from './pairings';
