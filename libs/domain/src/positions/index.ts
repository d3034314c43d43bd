export * from './positions';
