// Four test tiers, one command: domain units, API integration, cross-app e2e, and browser tests.
const transform = {
  '^.+\\.tsx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const moduleNameMapper = { '^@cdt/domain$': '<rootDir>/libs/domain/src/index.ts' };
const common = { rootDir: __dirname, transform, moduleNameMapper, testEnvironment: 'node' };

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'],
      slowTestThreshold: 10,
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'], slowTestThreshold: 15 },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/browser-timeout.ts'],
      slowTestThreshold: 60,
    },
  ],
};
