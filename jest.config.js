// Force UTC so time formatting in tests does not depend on the machine.
process.env.TZ = 'UTC';
const base = require('./.config/jest.config');

module.exports = {
  ...base,
  transform: {
    ...base.transform,
    // d3-color (pulled in by @grafana/data) ships .mjs, which the scaffold's transform does not cover.
    '^.+\\.mjs$': ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }],
  },
};
