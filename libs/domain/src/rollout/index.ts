export * from './phases';
export * from './progress';
