// Integration tests: real processes (demo service, Prometheus) and static checks of the local stack.
// Run with `npx jest --ci -c jest.integration.config.js --runInBand` (scripts/run-suites.mjs does).
const base = require('./.config/jest.config');

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/integration/**/*.test.ts'],
  // Same swc transform as the unit tests.
  transform: base.transform,
  // Starting Prometheus and waiting for scraped data takes seconds, not milliseconds.
  testTimeout: 120_000,
};
