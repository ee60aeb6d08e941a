import { defineConfig } from 'eslint/config';
import baseConfig from './.config/eslint.config.mjs';

// What eslint-plugin-react 7 does not know about React 19. Keeps the Grafana config's `moment` ban.
const react19Paths = [
  { name: 'moment', message: 'Use dateTime and friends from @grafana/data (Grafana eslint config).' },
  { name: 'react-dom/test-utils', message: 'Removed in React 19: import { act } from "react".' },
  { name: 'react-test-renderer', message: 'Deprecated in React 19: use @testing-library/react.' },
  {
    name: 'react-dom',
    importNames: ['render', 'hydrate', 'unmountComponentAtNode', 'findDOMNode', 'unstable_renderSubtreeIntoContainer'],
    message: 'Removed in React 19: use createRoot/hydrateRoot from react-dom/client and refs.',
  },
];

/**
 * The layers of src/, arrows one way: components → view → the pure domain (data, cluster, links, trace, region). Each rule
 * names what a layer may not import; tests and fixtures may reach across to set things up.
 */
const notReact = ['react', 'react-dom', '@grafana/runtime', '@grafana/ui'].map((name) => ({
  name,
  message:
    'The domain and view layers are plain TypeScript: React, @grafana/ui and the runtime belong in src/components (services passed in).',
}));
const upward = (layers) => ({
  group: layers.map((layer) => `**/${layer}/**`).concat(layers.map((layer) => `**/${layer}`)),
  message: `Imports run components → view → domain: not up to ${layers.join(', ')}.`,
});
const layerRule = (files, layers, extra = []) => ({
  files,
  ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/__fixtures__/**', 'src/testing/**'],
  rules: {
    'no-restricted-imports': ['error', { paths: [...react19Paths, ...notReact], patterns: [upward(layers), ...extra] }],
  },
});

export default defineConfig([
  {
    ignores: [
      '**/logs',
      '**/*.log',
      '**/npm-debug.log*',
      '**/yarn-debug.log*',
      '**/yarn-error.log*',
      '**/.pnpm-debug.log*',
      '**/node_modules/',
      '.yarn/cache',
      '.yarn/unplugged',
      '.yarn/build-state.yml',
      '.yarn/install-state.gz',
      '**/.pnp.*',
      '**/pids',
      '**/*.pid',
      '**/*.seed',
      '**/*.pid.lock',
      '**/lib-cov',
      '**/coverage',
      '**/dist/',
      'demo/node_modules/',
      '**/artifacts/',
      '**/work/',
      '**/ci/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'playwright/.cache/',
      'playwright/.auth/',
      '**/.idea',
      '**/.eslintcache',
    ],
  },
  ...baseConfig,
  // Lint TypeScript outside src/ too (the base config only lists src/).
  { files: ['bench/**/*.ts', 'demo/**/*.ts', 'integration/**/*.ts', 'tools/**/*.ts'] },
  // React 19 readiness (Grafana 13 runs plugins on React 19): APIs React 19 removed or deprecated, judged
  // against React 19 whatever React the root installs. Findings are fixed, never silenced.
  {
    files: ['src/**/*.{ts,tsx}'],
    settings: { react: { version: '19.0' } },
    rules: {
      'react/no-deprecated': 'error',
      'react/no-string-refs': 'error',
      'react/no-find-dom-node': 'error',
      'react/no-direct-mutation-state': 'error',
      'react/no-render-return-value': 'error',
      // What eslint-plugin-react 7 does not know about React 19. Keeps the Grafana config's `moment` ban.
      'no-restricted-imports': ['error', { paths: react19Paths }],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'AssignmentExpression[left.property.name=/^(defaultProps|propTypes|contextTypes|childContextTypes)$/]',
          message:
            'React 19 ignores propTypes, drops defaultProps of function components and removed legacy context: use default parameters, TypeScript types, createContext.',
        },
        {
          selector: 'PropertyDefinition[static=true][key.name=/^(propTypes|contextTypes|childContextTypes)$/]',
          message: 'React 19 ignores propTypes and removed legacy context: use TypeScript types, createContext.',
        },
        {
          selector: "MethodDefinition[key.name='getChildContext']",
          message: 'Legacy context was removed in React 19: use createContext.',
        },
      ],
    },
  },
  layerRule(['src/view/**/*.ts'], ['components', 'services']),
  layerRule(
    ['src/links/**/*.ts', 'src/trace/**/*.ts', 'src/cluster/**/*.ts', 'src/region/**/*.ts'],
    ['components', 'services', 'view']
  ),
  // data/ is the base of the domain: the exemplar and series model the other domain folders build on.
  layerRule(['src/data/**/*.ts'], ['components', 'services', 'view', 'links', 'trace', 'cluster', 'region']),
]);
