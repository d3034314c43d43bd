export * from './unit-kind';
export * from './unit';
export * from './schemas';
