// Static compatibility of the plugin with a Grafana version, with @grafana/levitate (the check Grafana's plugin
// workflows run): which @grafana/data|ui|runtime exports src/module.ts and its imports use, and whether they were
// removed or changed between the versions installed at the root and the target.
//   node scripts/levitate-check.mjs --target lowest   # the lowest version src/plugin.json's grafanaDependency claims
//   node scripts/levitate-check.mjs --target latest   # the 13.x set sandbox/compat pins (and the browser tests host)
// Then tsc type-checks src/module.ts and its imports against the target's declarations: `latest` with
// sandbox/compat/tsconfig.json (its installed @grafana/* 13 and React 19 types), `lowest` with the @grafana/data|ui|
// runtime packages levitate downloaded (their other imports, React 18 types included, resolve from the root).
// Removals always fail. A "changed" export passes only when that compile passes: levitate compares declaration
// texts (across two compiler programs), so an interface whose file merely switched to `import type`, or a class
// that gained fields, reads as changed; the compiler decides whether our use of it still holds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['@grafana/data', '@grafana/ui', '@grafana/runtime'];
const args = process.argv.slice(2);
const targetKind = args.includes('--target') ? args[args.indexOf('--target') + 1] : undefined;
if (targetKind !== 'lowest' && targetKind !== 'latest') {
  console.error('usage: node scripts/levitate-check.mjs --target lowest|latest');
  process.exit(2);
}

const readJson = (file) => JSON.parse(readFileSync(join(rootDir, file), 'utf8'));
const installedVersion = (modulesDir, name) => {
  const file = join(modulesDir, name, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
};

// The target version, and a local copy of its packages when one is installed (saves the downloads).
const compatDir = join(rootDir, 'sandbox/compat');
let targetVersion;
let targetModulesDir;
let tsconfig;
if (targetKind === 'lowest') {
  const range = readJson('src/plugin.json').dependencies.grafanaDependency;
  const match = /^>=\s*(\d+\.\d+\.\d+)$/.exec(range.trim());
  if (!match) {
    console.error(`levitate: cannot read the lowest version from grafanaDependency "${range}" (expected ">=X.Y.Z")`);
    process.exit(1);
  }
  targetVersion = match[1];
} else {
  targetVersion = JSON.parse(readFileSync(join(compatDir, 'package.json'), 'utf8')).dependencies['@grafana/ui'];
  targetModulesDir = join(compatDir, 'node_modules');
  tsconfig = join(compatDir, 'tsconfig.json');
}

// Downloaded packages go under node_modules/.cache (levitate uses the OS temp folder), reused between local runs.
const cacheDir = join(rootDir, 'node_modules/.cache/levitate');
mkdirSync(cacheDir, { recursive: true });
process.env.TMPDIR = cacheDir;
process.env.LEVITATE_CACHE = 'true';
const levitate = await import('@grafana/levitate');

const started = Date.now();

/** tsc over src/module.ts with that tsconfig; true when it compiles. */
function typecheck(config, against) {
  console.log(`\nlevitate: type-checking src/module.ts against ${against} (tsc -p ${relative(rootDir, config)})`);
  const tsc = spawnSync(process.execPath, [join(rootDir, 'node_modules/typescript/bin/tsc'), '-p', config], {
    cwd: rootDir,
    stdio: 'inherit',
  });
  console.log(`levitate: tsc against ${against}: ${tsc.status === 0 ? 'passed' : 'FAILED'}`);
  return tsc.status === 0;
}

/** A tsconfig that maps @grafana/data|ui|runtime to the packages levitate downloaded for the target. */
function downloadedTypesConfig() {
  const paths = Object.fromEntries(
    PACKAGES.map((name) => [name, [join(cacheDir, `${name}@${targetVersion}`, 'package')]])
  );
  const file = join(cacheDir, `tsconfig.grafana-${targetVersion}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        extends: join(rootDir, 'tsconfig.json'),
        compilerOptions: {
          noEmit: true,
          rootDir: join(rootDir, 'src'),
          baseUrl: rootDir,
          typeRoots: [join(rootDir, 'node_modules/@types')],
          types: [],
          paths,
        },
        files: [join(rootDir, 'src/module.ts')],
        include: [join(rootDir, '.config/types/**/*.d.ts')],
      },
      null,
      2
    )
  );
  return file;
}

const program = levitate.createTsProgram(join(rootDir, 'src/module.ts'));
const rootModules = join(rootDir, 'node_modules');
const findings = [];
let failed = false;
for (const name of PACKAGES) {
  const fromVersion = installedVersion(rootModules, name);
  const localTarget =
    targetModulesDir && installedVersion(targetModulesDir, name) === targetVersion
      ? join(targetModulesDir, name)
      : undefined;
  const to = localTarget ?? `${name}@${targetVersion}`;
  console.log(
    `\nlevitate: ${name} ${fromVersion} (installed) → ${targetVersion}${localTarget ? ` (${relative(rootDir, localTarget)})` : ' (npm)'}`
  );
  // resolvePackage reads a bare name as a folder under the working directory first: run from node_modules so
  // `name` is the installed package (and still the import name levitate matches usages against).
  const cwd = process.cwd();
  process.chdir(rootModules);
  let incompatibilities;
  try {
    incompatibilities = await levitate.getIncompatibilitiesBetweenPackages(program, name, to, {});
  } catch (error) {
    console.log(`  ERROR: could not compare: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
    continue;
  } finally {
    process.chdir(cwd);
  }
  if (incompatibilities.length === 0) {
    console.log('  no incompatibilities');
  }
  for (const item of incompatibilities) {
    const { line } = item.sourceFile.getLineAndCharacterOfPosition(item.codeIdentifier.getStart());
    const where = `${relative(rootDir, item.sourceFile.fileName)}:${line + 1}`;
    const kind = item.removal ? 'removed' : 'changed';
    let detail = '';
    if (item.change) {
      const isCallable = Boolean(
        item.change.prev.valueDeclaration?.parameters && item.change.current.valueDeclaration?.parameters
      );
      const params =
        isCallable &&
        levitate.getFunctionParametersDiff({
          prev: { symbol: item.change.prev, program: item.change.prevProgram },
          current: { symbol: item.change.current, program: item.change.currentProgram },
        });
      const before = item.change.prev.declarations?.[0]?.getText() ?? '';
      const after = item.change.current.declarations?.[0]?.getText() ?? '';
      detail = before === after ? 'declaration text identical' : 'declaration text differs';
      if (params?.prev && params?.current) {
        const paramBefore = params.prev.declarations?.[0]?.getText() ?? '';
        const paramAfter = params.current.declarations?.[0]?.getText() ?? '';
        const textDiff = levitate.getDiff(paramBefore, paramAfter, { useAnsi: false, showLegend: false });
        detail += `; parameter type ${params.prev.getName()} (${params.type}) ${
          textDiff
            ? `differs:\n${textDiff
                .split('\n')
                .map((l) => `      ${l}`)
                .join('\n')}`
            : 'has the same text'
        }`;
      }
    }
    findings.push({ name, kind, export: item.name, where });
    console.log(`  ${kind.toUpperCase()} ${item.name} used in ${where}: ${detail || 'export missing in the target'}`);
  }
}

// The compiler's verdict on the same code against the target's declarations.
const compiles = tsconfig
  ? typecheck(tsconfig, `${relative(rootDir, targetModulesDir)} (@grafana/* ${targetVersion}, React 19 types)`)
  : typecheck(downloadedTypesConfig(), `@grafana/data|ui|runtime ${targetVersion} as published`);
failed ||= !compiles;
for (const finding of findings) {
  finding.accepted = finding.kind === 'changed' && compiles;
  console.log(
    `${finding.accepted ? 'accepted' : 'UNRESOLVED'}: ${finding.kind} ${finding.name} ${finding.export} (${finding.where})${finding.accepted ? ` — src/module.ts compiles against ${targetVersion}` : ''}`
  );
  failed ||= !finding.accepted;
}
const summary = `${findings.length} finding(s), ${findings.filter((f) => !f.accepted).length} unresolved, tsc ${compiles ? 'passed' : 'failed'}`;
console.log(
  `\nlevitate ${targetKind} (${targetVersion}): ${failed ? 'NOT compatible' : 'compatible'} — ${summary} (${((Date.now() - started) / 1000).toFixed(0)} s)`
);
process.exit(failed ? 1 : 0);
