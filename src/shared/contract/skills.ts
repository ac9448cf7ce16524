import { z } from 'zod';
import { skill, skillName } from '../domain';
import { changed, none, type MethodSpec } from './common';

// The skills vocabulary: every skill with the spellings that resolve to it.

export const skillsContract = {
  skillsList: { params: none, result: z.array(skill) },
  skillMerge: { params: z.strictObject({ from: skillName, into: skillName }), result: z.strictObject({ changed }) },
} as const satisfies Record<string, MethodSpec>;
