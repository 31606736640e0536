import { Initial1795316510010 } from './1795316510010-Initial';
import { TenantIsolation1795316600000 } from './1795316600000-TenantIsolation';

/** Every migration, in order. Listed explicitly so built and test code load the same set. */
export const MIGRATIONS: Function[] = [Initial1795316510010, TenantIsolation1795316600000];
