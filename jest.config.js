/** jest: unit suites (framework-free domain code) and integration suites (a real Strapi per file). */
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] };
// The console's src is imported by its unit tests (pure modules); its node_modules and the builds are not.
const PLUGIN = '<rootDir>/src/plugins/complaint-desk';
const modulePathIgnorePatterns = ['<rootDir>/dist/', `${PLUGIN}/dist/`, `${PLUGIN}/console/node_modules/`, '<rootDir>/.tmp/'];
// The console's import name for the contract it shares with the server (console/vite.config.ts).
const moduleNameMapper = { '^@contract$': `${PLUGIN}/shared` };

module.exports = {
  // Integration suites boot Strapi and seed data: minutes, not the default 5 s.
  testTimeout: 180000,
  // Several Strapi instances booted and destroyed in one process leave timers behind that
  // strapi.destroy() does not clear; without this jest waits on them forever once the run is done.
  forceExit: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform,
      modulePathIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/helpers/global-setup.js',
      transform,
      modulePathIgnorePatterns,
      moduleNameMapper,
      slowTestThreshold: 60,
    },
  ],
};
