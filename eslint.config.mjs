import { defineConfig } from 'eslint/config';
import baseConfig from './.config/eslint.config.mjs';

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'moment', message: 'Use dateTime and friends from @grafana/data (Grafana eslint config).' },
            { name: 'react-dom/test-utils', message: 'Removed in React 19: import { act } from "react".' },
            { name: 'react-test-renderer', message: 'Deprecated in React 19: use @testing-library/react.' },
            {
              name: 'react-dom',
              importNames: ['render', 'hydrate', 'unmountComponentAtNode', 'findDOMNode', 'unstable_renderSubtreeIntoContainer'],
              message: 'Removed in React 19: use createRoot/hydrateRoot from react-dom/client and refs.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(defaultProps|propTypes|contextTypes|childContextTypes)$/]',
          message: 'React 19 ignores propTypes, drops defaultProps of function components and removed legacy context: use default parameters, TypeScript types, createContext.',
        },
        {
          selector: 'PropertyDefinition[static=true][key.name=/^(propTypes|contextTypes|childContextTypes)$/]',
          message: 'React 19 ignores propTypes and removed legacy context: use TypeScript types, createContext.',
        },
        { selector: "MethodDefinition[key.name='getChildContext']", message: 'Legacy context was removed in React 19: use createContext.' },
      ],
    },
  },
]);
