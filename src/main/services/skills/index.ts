// The skills vocabulary: every skill with its spellings, and merges the coordinator makes.
export { listSkills } from '../../store/skillsRepo';
export { mergeSkills } from './merge';
