export * from './roles';
export * from './error-codes';
export * from './domain';
export * from './periods';
export * from './targets';
