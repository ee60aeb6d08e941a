// Builds the sandbox: the browser host bundle (twice when sandbox/compat is installed: against the root's
// Grafana 12 / React 18 packages and against sandbox/compat's Grafana 13 / React 19 packages), the node scripts
// (server, CLIs, scenario generator, local stack helper when present), then generates the fixture scenarios.
//   node sandbox/build.mjs [--ensure-plugin] [--force] [--skip-scenarios] [--host grafana12|grafana13]
//   node sandbox/build.mjs --modules-dir DIR --out DIR     (one host + scripts against another node_modules)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const sandboxDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(sandboxDir, '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const force = args.includes('--force');
const scriptsOutDir = resolve(option('--out') ?? join(sandboxDir, 'dist'));

/**
 * The hosts (same names, folders and packages as sandbox/server/hosts.ts): each is the same host source bundled
 * against one node_modules. grafana13 is built only when `npm ci --prefix sandbox/compat` has run.
 */
const HOSTS = {
  grafana12: { outDir: join(sandboxDir, 'dist'), modulesDir: join(rootDir, 'node_modules') },
  grafana13: { outDir: join(sandboxDir, 'dist/compat'), modulesDir: join(sandboxDir, 'compat/node_modules') },
};

/** Packages the host shares with plugins; with another node_modules each must come from there. */
const SHARED_PACKAGES = [
  'react',
  'react-dom',
  '@grafana/data',
  '@grafana/ui',
  '@grafana/runtime',
  '@grafana/i18n',
  '@grafana/schema',
  '@grafana/scenes',
  '@grafana/e2e-selectors',
  '@emotion/css',
  '@emotion/react',
  'lodash',
  'moment',
  'i18next',
  'jquery',
  'rxjs',
  'redux',
  'react-redux',
  'react-router',
  'history',
];
/** Versions the page reports in window.__sandboxHost (read from the package.json files the bundle was built from). */
const REPORTED_VERSIONS = [
  'react',
  'react-dom',
  '@grafana/data',
  '@grafana/ui',
  '@grafana/runtime',
  '@grafana/schema',
  '@grafana/i18n',
];

function newestMtime(path) {
  if (!existsSync(path)) {
    return 0;
  }
  const stat = statSync(path);
  if (!stat.isDirectory()) {
    return stat.mtimeMs;
  }
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** `npm run build` only when dist/module.js is missing or older than its sources. */
function ensurePlugin() {
  const built = newestMtime(join(rootDir, 'dist/module.js'));
  const sources = Math.max(
    newestMtime(join(rootDir, 'src')),
    newestMtime(join(rootDir, 'package.json')),
    newestMtime(join(rootDir, '.config/webpack'))
  );
  if (built > sources) {
    console.log('sandbox: dist/module.js is up to date');
    return;
  }
  console.log('sandbox: building the plugin (npm run build)…');
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: rootDir, stdio: 'inherit' });
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}

/**
 * Bare imports from anywhere outside `modulesDir` (the host source, and packages found in the root's
 * node_modules) resolve from `modulesDir` first, with the package's own `exports` conditions; imports between
 * packages inside `modulesDir` resolve normally (nested node_modules included).
 */
function resolveFromModulesDir(modulesDir) {
  const inside = (path) => path.startsWith(modulesDir + sep);
  return {
    name: 'resolve-from-modules-dir',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (resolveArgs) => {
        if (
          resolveArgs.pluginData?.fromModulesDir ||
          resolveArgs.kind === 'entry-point' ||
          inside(resolveArgs.importer)
        ) {
          return undefined;
        }
        const result = await build.resolve(resolveArgs.path, {
          kind: resolveArgs.kind,
          resolveDir: dirname(modulesDir),
          pluginData: { fromModulesDir: true },
        });
        return result.errors.length === 0 ? result : undefined;
      });
    },
  };
}

function packageVersion(modulesDir, name) {
  const file = join(modulesDir, name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null;
}

/** Fails the build when a shared package was bundled from a node_modules other than the host's (two Reacts…). */
function checkSharedPackagesOrigin(metafile, linkedModulesDir) {
  // esbuild reports inputs by real path: a worktree whose node_modules is a symlink must compare real paths.
  const modulesDir = realpathSync(linkedModulesDir);
  const leaks = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    // Some inputs come as paths through the worktree's node_modules link; compare them by real path too.
    const linked = resolve(rootDir, input);
    const absolute = existsSync(linked) ? realpathSync(linked) : linked;
    for (const name of SHARED_PACKAGES) {
      const marker = `${sep}node_modules${sep}${name}${sep}`;
      // Nested copies inside modulesDir are the packages' own business, except a second React or @grafana/*.
      const strict = name === 'react' || name === 'react-dom' || name === 'rxjs' || name.startsWith('@grafana/');
      const allowed = strict
        ? absolute.startsWith(join(modulesDir, name) + sep)
        : absolute.startsWith(modulesDir + sep);
      if (absolute.includes(marker) && !allowed) {
        leaks.add(`${name} from ${relative(rootDir, absolute.slice(0, absolute.indexOf(marker) + marker.length - 1))}`);
      }
    }
  }
  if (leaks.size > 0) {
    throw new Error(
      `sandbox: the host built against ${relative(rootDir, modulesDir)} bundled shared packages from elsewhere: ${[...leaks].join(', ')}`
    );
  }
}

/**
 * Two packaging faults of the Scenes/schema builds on npm, resolved where the files really are:
 * `@grafana/scenes` 6.x names a `module` (dist/esm/index.js) it does not ship, so a bundler would fall back to its
 * CommonJS build and, with it, CommonJS copies of @grafana/data|ui|runtime (two runtime singletons); and its ESM
 * build deep-imports `defaultOptions`/`defaultFieldConfig` from `@grafana/schema/dist/esm/raw/.../*PanelCfg_types.gen`
 * files that @grafana/schema 12.4 no longer ships (renamed `types.gen`, holding only `pluginVersion`). Also one
 * vendored rxjs copy (see below).
 */
function grafanaPackagingFixes(modulesDir) {
  return {
    name: 'grafana-packaging-fixes',
    setup(build) {
      build.onResolve({ filter: /^@grafana\/scenes$/ }, () => {
        const declared = join(modulesDir, '@grafana/scenes/dist/esm/index.js');
        return {
          path: existsSync(declared)
            ? declared
            : join(modulesDir, '@grafana/scenes/dist/esm/packages/scenes/src/index.js'),
        };
      });
      // @grafana/plugin-ui 0.17 (under @grafana/prometheus 13) vendors rxjs into its dist: a second rxjs, whose
      // Observables the host's operators would not recognise. Its imports go to the host's one rxjs instead.
      build.onResolve({ filter: /node_modules\/rxjs\/dist\// }, (resolveArgs) => {
        if (!resolveArgs.importer.includes(`${sep}@grafana${sep}plugin-ui${sep}`)) {
          return undefined;
        }
        return {
          path: join(
            modulesDir,
            'rxjs',
            resolveArgs.path.slice(resolveArgs.path.indexOf('node_modules/rxjs/') + 'node_modules/rxjs/'.length)
          ),
        };
      });
      // Only Scenes' PanelBuilders read these defaults (the sandbox never calls them): empty objects stand in.
      build.onResolve({ filter: /^@grafana\/schema\/dist\/esm\/raw\// }, (resolveArgs) => ({
        path: resolveArgs.path,
        namespace: 'grafana-schema-raw',
      }));
      build.onLoad({ filter: /.*/, namespace: 'grafana-schema-raw' }, () => ({
        contents: 'export const defaultOptions = {};\nexport const defaultFieldConfig = {};\n',
        loader: 'js',
      }));
    },
  };
}

async function buildHost(name, outDir, modulesDir) {
  const isRoot = modulesDir === HOSTS.grafana12.modulesDir;
  const versions = Object.fromEntries(REPORTED_VERSIONS.map((pkg) => [pkg, packageVersion(modulesDir, pkg)]));
  const result = await esbuild.build({
    entryPoints: { main: join(sandboxDir, 'host/main.tsx') },
    outdir: join(outDir, 'host'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'transform',
    sourcemap: 'linked',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: isRoot
      ? [grafanaPackagingFixes(modulesDir)]
      : [grafanaPackagingFixes(modulesDir), resolveFromModulesDir(modulesDir)],
    define: {
      'process.env.NODE_ENV': '"production"',
      global: 'globalThis',
      __SANDBOX_HOST__: JSON.stringify({ name, packageVersions: versions }),
    },
    loader: { '.svg': 'dataurl', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'file' },
  });
  checkSharedPackagesOrigin(result.metafile, modulesDir);
  copyFileSync(join(sandboxDir, 'host/index.html'), join(outDir, 'host/index.html'));
  console.log(
    `sandbox: host ${name} (react ${versions.react}, @grafana/ui ${versions['@grafana/ui']}) → ${relative(rootDir, join(outDir, 'host'))}`
  );
}

async function buildNodeScripts(outDir) {
  const entryPoints = {
    server: join(sandboxDir, 'server/main.ts'),
    sandbox: join(sandboxDir, 'scripts/sandbox.ts'),
    shot: join(sandboxDir, 'scripts/shot.ts'),
    'scenario-docs': join(sandboxDir, 'scripts/scenarioDocs.ts'),
    generate: join(sandboxDir, 'scenarios/generate.ts'),
  };
  await Promise.all([
    buildLocalStack(outDir),
    esbuild.build({
      entryPoints,
      outdir: join(outDir, 'node'),
      outExtension: { '.js': '.mjs' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'warning',
    }),
  ]);
}

/**
 * tools/local-stack.ts (another module of the repo) as CommonJS for the CLIs and tests; it locates the
 * repository through `__dirname`, which is pinned to its source folder.
 */
async function buildLocalStack(outDir) {
  const entry = join(rootDir, 'tools/local-stack.ts');
  if (!existsSync(entry)) {
    return;
  }
  await esbuild.build({
    entryPoints: [entry],
    outfile: join(outDir, 'node/local-stack.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    define: { __dirname: JSON.stringify(join(rootDir, 'tools')) },
    logLevel: 'warning',
  });
}

/** Inputs of the host bundle; a rebuild happens only when one is newer than the outputs. */
function hostSourcesMtime(modulesDir) {
  const dirs = ['host', 'shared', 'build.mjs'].map((name) => join(sandboxDir, name));
  return Math.max(...[...dirs, join(modulesDir, '.package-lock.json')].map(newestMtime));
}

function scriptSourcesMtime() {
  const dirs = ['shared', 'server', 'scripts', 'scenarios', 'build.mjs'].map((name) => join(sandboxDir, name));
  return Math.max(...[...dirs, join(rootDir, 'tools'), join(rootDir, 'src/components/testIds.ts')].map(newestMtime));
}

function outputsMtime(outDir, files) {
  const outputs = files.map((file) => join(outDir, file));
  return outputs.every((file) => existsSync(file)) ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0;
}

if (args.includes('--ensure-plugin')) {
  ensurePlugin();
}
const started = Date.now();
const jobs = [];
const built = [];

// Which hosts: --modules-dir DIR (with --out) is one custom host; otherwise grafana12, and grafana13 when installed.
const customModulesDir = option('--modules-dir') ? resolve(option('--modules-dir')) : undefined;
const hosts = customModulesDir
  ? [['custom', { outDir: scriptsOutDir, modulesDir: customModulesDir }]]
  : Object.entries(HOSTS).filter(([name]) => !option('--host') || option('--host') === name);
for (const [name, host] of hosts) {
  if (!existsSync(join(host.modulesDir, 'react'))) {
    if (option('--host') === name || customModulesDir) {
      console.error(
        `sandbox: ${relative(rootDir, host.modulesDir)} is not installed${name === 'grafana13' ? ' (npm ci --prefix sandbox/compat)' : ''}`
      );
      process.exit(1);
    }
    console.log(
      `sandbox: host ${name} skipped: ${relative(rootDir, host.modulesDir)} is not installed (npm ci --prefix sandbox/compat)`
    );
    continue;
  }
  mkdirSync(host.outDir, { recursive: true });
  if (force || outputsMtime(host.outDir, ['host/main.js', 'host/index.html']) <= hostSourcesMtime(host.modulesDir)) {
    jobs.push(buildHost(name, host.outDir, host.modulesDir));
    built.push(`host ${name}`);
  }
}
mkdirSync(scriptsOutDir, { recursive: true });
if (
  force ||
  outputsMtime(scriptsOutDir, [
    'node/sandbox.mjs',
    'node/shot.mjs',
    'node/server.mjs',
    'node/generate.mjs',
    'node/scenario-docs.mjs',
  ]) <= scriptSourcesMtime()
) {
  jobs.push(buildNodeScripts(scriptsOutDir));
  built.push('scripts');
}
await Promise.all(jobs);
console.log(
  built.length > 0
    ? `sandbox: built ${built.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`
    : 'sandbox: hosts and scripts are up to date'
);

const scenariosStale = newestMtime(join(scriptsOutDir, 'scenarios/dense.json')) <= scriptSourcesMtime();
if (!args.includes('--skip-scenarios') && (force || scenariosStale)) {
  const result = spawnSync(
    process.execPath,
    [join(scriptsOutDir, 'node/generate.mjs'), '--out', join(scriptsOutDir, 'scenarios')],
    { cwd: rootDir, stdio: 'inherit' }
  );
  if (result.status !== 0) {
    process.exit(result.status ?? 1);
  }
}
