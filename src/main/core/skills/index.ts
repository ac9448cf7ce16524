// Skills: keys and resolution (resolve.ts), the shipped synonym list (synonyms.json), the shared
// vocabulary of the coordinator's decisions (vocabulary.ts) and suggested merges (suggest.ts).
export * from './resolve';
export * from './vocabulary';
export { titleCase } from './words';
export * from './suggest';
