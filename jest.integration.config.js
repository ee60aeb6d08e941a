// Integration tests: real processes (demo service, Prometheus) and static checks of the local stack.
// Run with `npx jest --ci -c jest.integration.config.js --runInBand` (scripts/run-suites.mjs does).
const unit = require('./jest.config');

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/integration/**/*.test.ts'],
  // The unit tests' transforms: the remote-write tests run the panel model, hence @grafana/data's ES modules.
  transform: unit.transform,
  transformIgnorePatterns: unit.transformIgnorePatterns,
  moduleNameMapper: unit.moduleNameMapper,
  // Starting Prometheus and waiting for scraped data takes seconds, not milliseconds.
  testTimeout: 120_000,
};
