export * from './roles';
export * from './dto';
export * from './schemas';
export * from './jurisdiction';
