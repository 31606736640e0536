/**
 * `pnpm dev`: the development server (schema introspection, "did you mean" hints, error details).
 * main.ts defaults to production, so the mode is set before it loads.
 */
process.env.NODE_ENV ||= 'development';
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./main');
