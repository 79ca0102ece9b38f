/** Unit tests for the pure domain; integration and e2e tests against real PostgreSQL and Redis. */
const moduleNameMapper = {
  '^@app/(config|db|domain|jobs|workflow)$': '<rootDir>/libs/$1/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
  // An ESM-only package that a CommonJS one requires (Node 20 can, jest's loader cannot): compiled to CommonJS for jest alone.
  '/node_modules/content-disposition/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true } }],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper,
  transform,
  transformIgnorePatterns: ['/node_modules/(?!(@fastify/static/node_modules/)?content-disposition/)'],
  testEnvironment: 'node',
};

export default {
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/console/'],
    },
    // The console's pure logic (money, problems, dictionary), compiled with the console's own settings.
    {
      ...common,
      displayName: 'console',
      testMatch: ['<rootDir>/apps/console/src/**/*.spec.ts'],
      moduleNameMapper: { '^@domain/(.*)$': '<rootDir>/libs/domain/src/$1', ...moduleNameMapper },
      transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/apps/console/tsconfig.json' }] },
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
