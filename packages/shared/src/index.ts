export * from './roles';
export * from './error-codes';
