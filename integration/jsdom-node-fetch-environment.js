// jsdom (which @grafana/data needs at import: its store reads `window`) plus Node's own fetch, for
// integration tests that run the panel model against real servers. jsdom has no fetch, and Node's
// checks its arguments against its own classes, so those come along.
const { TestEnvironment } = require('jest-environment-jsdom');

const NODE_FETCH_GLOBALS = [
  'fetch',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'AbortController',
  'AbortSignal',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
];

class JsdomWithNodeFetch extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_FETCH_GLOBALS) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = JsdomWithNodeFetch;
