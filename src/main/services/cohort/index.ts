export * from './backups';
export * from './cohort';
export * from './history';
export * from './participants';
