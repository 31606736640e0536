/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
] as const;

/**
 * One Jest run for the back end and shared packages. API suites talk to a real PostgreSQL:
 * the global setup starts an embedded server (or uses DATABASE_URL) and migrates a template
 * database that every test file clones.
 */
const config: Config = {
  // Global option (ignored inside a project): integration suites boot a real server and database.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'shared',
      rootDir: '<rootDir>/packages/shared',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc as never },
    },
    {
      // The repository's own tooling: the lint rules that state the architecture's boundaries.
      displayName: 'tooling',
      rootDir: '<rootDir>/scripts',
      testMatch: ['<rootDir>/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc as never },
    },
    {
      // Deployment files (infra/): YAML, Kubernetes schemas, compose, Dockerfile, the variable table.
      displayName: 'infra',
      rootDir: '<rootDir>/infra',
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc as never },
    },
    {
      // Small tests (immich's "small"): pure rule modules, no database, no app, no global setup.
      // `pnpm test:small` runs them (with `shared`) in seconds.
      displayName: 'api-small',
      rootDir: '<rootDir>/apps/api',
      testMatch: ['<rootDir>/src/**/*.small.spec.ts'],
      transform: { '^.+\\.ts$': swc as never },
      moduleNameMapper: { '^@gemeinwerk/shared$': '<rootDir>/../../packages/shared/src/index.ts' },
    },
    {
      // Medium tests: a real PostgreSQL and usually the whole app.
      displayName: 'api',
      rootDir: '<rootDir>/apps/api',
      testMatch: ['<rootDir>/src/**/*.spec.ts'],
      // GW_TEST_IGNORE (comma-separated patterns) lets scripts/test-all.mjs leave suites out of one
      // pass without replacing this list, as --testPathIgnorePatterns would for every project.
      testPathIgnorePatterns: ['\\.small\\.spec\\.ts$', ...(process.env.GW_TEST_IGNORE ?? '').split(',').filter(Boolean)],
      transform: { '^.+\\.ts$': swc as never },
      moduleNameMapper: { '^@gemeinwerk/shared$': '<rootDir>/../../packages/shared/src/index.ts' },
      globalSetup: '<rootDir>/src/test/global-setup.ts',
      globalTeardown: '<rootDir>/src/test/global-teardown.ts',
    },
  ],
};

export default config;
