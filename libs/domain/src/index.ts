export * from './errors';
export * from './common';
export * from './hierarchy';
export * from './access';
export * from './realtime';
export * from './teams';
export * from './rollout';
