import { seatCost } from '../../../src/main/core/matching/score';
import type { MatchInput } from '../../../src/main/core/matching/types';
import { referenceModel } from './reference';

/**
 * The same b-matching as an LP in CPLEX LP format, built from the reference rules (not from the engine):
 * x_i per candidate (mentor, mentee, skill), y per mentor seat with its spread cost.
 * Without the no-mutual rows the matrix is a network matrix (totally unimodular), so the LP relaxation
 * is integral; with them the model is solved as a MIP (`integral`).
 */
export function lpModel(input: MatchInput, integral: boolean): { lp: string; variables: number } {
  const model = referenceModel(input);
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const names: string[] = [];
  const groups = new Map<string, string[]>();
  const add = (key: string, name: string): void => {
    groups.set(key, [...(groups.get(key) ?? []), name]);
  };
  model.triples.forEach((t, i) => {
    const x = `x${i}`;
    names.push(x);
    objective.push(`+ ${t.score} ${x}`);
    add(`mentee|${t.mentee}`, x);
    add(`skill|${t.mentee}|${t.skill}`, x);
    add(`pair|${t.mentor}|${t.mentee}`, x);
    add(`mentor|${t.mentor}`, x);
  });
  let seatIndex = 0;
  for (const [key, xs] of groups) {
    const [kind, a, b] = key.split('|');
    const sum = xs.join(' + ');
    if (kind === 'mentee') rows.push(`${sum} <= ${model.menteeRoom.get(a) ?? 0}`);
    else if (kind === 'skill' || kind === 'pair') {
      if (xs.length > 1) rows.push(`${sum} <= 1`);
      if (kind === 'pair' && !input.settings.allowMutual) {
        const back = groups.get(`pair|${b}|${a}`);
        if (back && a < b) rows.push(`${sum} + ${back.join(' + ')} <= 1`);
      }
    } else {
      const seats: string[] = [];
      const first = model.firstSeat.get(a) ?? 1;
      for (let k = 0; k < (model.freeSeats.get(a) ?? 0); k++) {
        const y = `y${seatIndex++}`;
        seats.push(y);
        names.push(y);
        const cost = seatCost(first + k, model.spread);
        if (cost > 0) objective.push(`- ${cost} ${y}`);
      }
      rows.push(`${sum}${seats.map((y) => ` - ${y}`).join('')} = 0`);
    }
  }
  for (const name of names) bounds.push(`0 <= ${name} <= 1`);
  const wrap = (terms: string[]): string => terms.reduce((text, term, i) => text + (i > 0 && i % 12 === 0 ? '\n  ' : ' ') + term, '');
  const lp = [
    'Maximize',
    ` obj:${wrap(objective.length > 0 ? objective : ['+ 0 x0'])}`,
    'Subject To',
    ...rows.map((row, i) => ` r${i}: ${wrap(row.split(' ')).trim()}`),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    ...(integral && names.length > 0 ? ['General', ` ${wrap(names).trim()}`] : []),
    'End',
  ].join('\n');
  return { lp, variables: names.length };
}
