// The "Needs review" list, and the coordinator's answers to it.
export { checkValue, menteePreferences, reviewCount, reviewList } from './review';
export { confirmPreference } from '../import';
