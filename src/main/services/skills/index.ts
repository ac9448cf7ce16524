// The skills vocabulary: every skill with its spellings, the coordinator's merges, renames, splits and
// "not the same", suggested merges, and the vocabulary shared across her cohorts (Kupu's folder, a file).
export { listSkills } from '../../store/skillsRepo';
export { markNotSame, mergeSkills, renameSkill, splitSkill } from './edit';
export { exportVocabulary, importVocabulary, suggestSkillMerges } from './shared';
export { sharedFor, syncSharedDecisions } from './decisions';
