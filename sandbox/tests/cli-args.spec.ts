/**
 * The sandbox CLIs' command-line checks (no browser): flags, values and `--fixture` against a scenario catalog
 * built in a temporary repository root.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FlagSpecs, integerIn, oneOf, parseFlags } from '../scripts/args';
import { resolveFixture, scenarioProblems } from '../scripts/fixtureArg';
import { readSandboxOptions } from '../scripts/sandboxArgs';
import { listScenarios } from '../scripts/scenarioCatalog';
import { readShotOptions } from '../scripts/shotArgs';

const VALID = { timeRange: { from: 1000, to: 2000 }, series: [] };

let root: string;

test.beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sandbox-cli-'));
  mkdirSync(join(root, 'sandbox/scenarios'), { recursive: true });
  mkdirSync(join(root, 'sandbox/dist/scenarios'), { recursive: true });
  writeFileSync(join(root, 'sandbox/dist/scenarios/sparse.json'), JSON.stringify(VALID));
  writeFileSync(join(root, 'sandbox/dist/scenarios/dense.json'), JSON.stringify(VALID));
  writeFileSync(join(root, 'sandbox/scenarios/dense.json'), JSON.stringify({ ...VALID, description: 'hand-written' }));
  writeFileSync(join(root, 'sandbox/scenarios/notes.txt'), 'not a scenario');
  writeFileSync(join(root, 'mine.json'), JSON.stringify(VALID));
  writeFileSync(join(root, 'odd name!.json'), JSON.stringify(VALID));
  writeFileSync(join(root, 'broken.json'), '{ "timeRange": ');
  writeFileSync(
    join(root, 'shapeless.json'),
    JSON.stringify({ timeRange: { from: 5, to: 1 }, series: {}, traces: [], annotations: 'x' })
  );
  mkdirSync(join(root, 'folder.json'));
});

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

const shot = (...argv: string[]) => readShotOptions(argv, root, root);
const SPECS: FlagSpecs = {
  fixture: { type: 'string', valueName: 'NAME', help: '' },
  live: { type: 'boolean', help: '' },
  theme: { type: 'string', help: '', check: oneOf(['light', 'dark']) },
  width: { type: 'string', help: '', check: integerIn(200, 4000) },
};

test.describe('parseFlags', () => {
  test('reads --name value, --name=value and boolean flags alike', () => {
    expect(parseFlags(['--fixture', 'sparse', '--live'], SPECS)).toEqual(
      new Map<string, string | true>([
        ['fixture', 'sparse'],
        ['live', true],
      ])
    );
    expect(parseFlags(['--fixture=sparse'], SPECS)).toEqual(new Map([['fixture', 'sparse']]));
  });

  test('an unknown flag names itself, the nearest known one and every flag', () => {
    expect(() => parseFlags(['--fixtures', 'sparse'], SPECS)).toThrow(
      'unknown flag --fixtures (did you mean --fixture?); the flags are --fixture, --live, --theme, --width'
    );
    expect(() => parseFlags(['--colour=dark'], SPECS)).toThrow(/^unknown flag --colour; the flags are/);
    expect(() => parseFlags(['-f', 'sparse'], SPECS)).toThrow(/^unknown flag -f;/);
  });

  test('a missing value, a flag taken for a value, a value on a boolean and a bare word are refused', () => {
    expect(() => parseFlags(['--fixture'], SPECS)).toThrow('--fixture needs a value: --fixture NAME');
    expect(() => parseFlags(['--fixture', '--live'], SPECS)).toThrow('--fixture needs a value');
    expect(() => parseFlags(['--fixture='], SPECS)).toThrow('--fixture needs a value');
    expect(() => parseFlags(['--live=yes'], SPECS)).toThrow('--live takes no value (got "yes")');
    expect(() => parseFlags(['sparse'], SPECS)).toThrow('unexpected argument "sparse"');
    expect(() => parseFlags(['--', '--fixture'], SPECS)).toThrow('unexpected argument "--fixture"');
  });

  test('a value its check refuses is named with what is allowed', () => {
    expect(() => parseFlags(['--theme', 'drak'], SPECS)).toThrow('--theme "drak": must be one of light, dark');
    for (const width of ['abc', '12px', '1e3', '-5', '199', '4001', '']) {
      expect(() => parseFlags([`--width=${width}`], SPECS)).toThrow(/--width/);
    }
    expect(parseFlags(['--width', '4000'], SPECS).get('width')).toBe('4000');
  });
});

test.describe('--fixture', () => {
  test('the catalog lists hand-written scenarios before generated ones, a namesake shadowed as the server does', () => {
    expect(listScenarios(root).map(({ name, origin }) => `${name}:${origin}`)).toEqual([
      'dense:hand-written',
      'sparse:generated',
    ]);
  });

  test('a known name is taken as is; an unknown one lists every scenario', () => {
    expect(resolveFixture('sparse', root, root)).toEqual({ name: 'sparse' });
    expect(() => resolveFixture('sprase', root, root)).toThrow(
      '--fixture: no scenario named "sprase". Scenarios: dense, sparse; or give the path of a scenario .json file'
    );
    expect(() => resolveFixture('x', mkdtempSync(join(tmpdir(), 'sandbox-empty-')))).toThrow(
      'none built yet: run node sandbox/build.mjs'
    );
  });

  test('a file path resolves against the working folder and is served under its own name', () => {
    expect(resolveFixture('mine.json', root, root)).toEqual({ name: 'mine', file: join(root, 'mine.json') });
    expect(resolveFixture(join(root, 'odd name!.json'), root, '/')).toEqual({
      name: 'odd-name-',
      file: join(root, 'odd name!.json'),
    });
  });

  test('a missing file, a folder and a file that is not JSON are refused with the reason', () => {
    expect(() => resolveFixture('./nope.json', root, root)).toThrow(
      `--fixture ./nope.json: no such file: ${join(root, 'nope.json')}`
    );
    expect(() => resolveFixture('sparse.json', root, root)).toThrow('(the shipped scenario is --fixture sparse)');
    expect(() => resolveFixture('folder.json', root, root)).toThrow('is a folder, not a file');
    expect(() => resolveFixture('broken.json', root, root)).toThrow(/--fixture broken.json: not valid JSON \(.+\)/);
  });

  test('a JSON file that is not a scenario names every problem', () => {
    expect(() => resolveFixture('shapeless.json', root, root)).toThrow(
      '--fixture shapeless.json: not a sandbox scenario (format: sandbox/README.md, "Fixture scenarios"): "timeRange.from" is after "timeRange.to"; "series" must be an array of data frames (DataFrameJSON); "annotations" must be an array when present; "traces" must be an object when present'
    );
    expect(scenarioProblems([VALID])).toEqual(['the file must hold a JSON object']);
    expect(scenarioProblems({ series: [] })).toEqual(['"timeRange" must be { "from": <epoch ms>, "to": <epoch ms> }']);
    expect(scenarioProblems({ ...VALID, timeRange: { from: '1', to: 2 } })).toHaveLength(1);
    expect(scenarioProblems(VALID)).toEqual([]);
  });
});

test.describe('sandbox:shot options', () => {
  test('defaults, and the = form of every flag', () => {
    expect(shot('--fixture=sparse', '--out=a.png')).toEqual({
      fixture: { name: 'sparse' },
      out: 'a.png',
      theme: 'light',
      width: 1200,
      height: 600,
      clicks: [],
      from: 'now-2m',
      waitSeconds: 20,
    });
    expect(
      shot(
        '--live',
        '--out',
        'a.jpg',
        '--theme',
        'dark',
        '--width',
        '800',
        '--height=300',
        '--from',
        'now-10m',
        '--wait-seconds',
        '0',
        '--click',
        'first-cluster, radio:Table'
      )
    ).toMatchObject({
      fixture: undefined,
      theme: 'dark',
      width: 800,
      height: 300,
      from: 'now-10m',
      waitSeconds: 0,
      clicks: ['first-cluster', 'radio:Table'],
    });
    expect(shot('--help')).toBeUndefined();
  });

  test('the cases that used to be accepted silently fail with the flag and the allowed values', () => {
    expect(() => shot('--fixtures', 'sparse', '--out', 'a.png')).toThrow(
      'unknown flag --fixtures (did you mean --fixture?)'
    );
    expect(() => shot('--fixture', 'sparse', '--theme', 'drak', '--out', 'a.png')).toThrow(
      '--theme "drak": must be one of light, dark'
    );
    expect(() => shot('--fixture', 'sparse', '--width', 'abc', '--out', 'a.png')).toThrow(
      '--width "abc": must be a whole number from 200 to 4000'
    );
    expect(() => shot('--fixture', 'sparse', '--click', 'frist-cluster', '--out', 'a.png')).toThrow(
      /--click "frist-cluster": "frist-cluster" is not a click target; use first-cluster, radio:LABEL .*exemplar-trace-viewer-button/
    );
    expect(() =>
      shot('--fixture', 'sparse', '--click', 'exemplar-trace-viewer-button,radio:', '--out', 'a.png')
    ).toThrow('"radio:" is not a click target');
  });

  test('what to shoot and where must be said once', () => {
    expect(() => shot('--out', 'a.png')).toThrow('say what to shoot: --fixture NAME|FILE or --live');
    expect(() => shot('--live', '--fixture', 'sparse', '--out', 'a.png')).toThrow('give --fixture or --live, not both');
    expect(() => shot('--fixture', 'sparse')).toThrow('--out FILE.png is required');
    expect(() => shot('--fixture', 'sparse', '--out', 'a.gif')).toThrow(
      '--out "a.gif": the screenshot file must end in .png, .jpg or .jpeg'
    );
    expect(() => shot('--fixture', 'sparse', '--out', 'a.png', '--from', 'now-1h')).toThrow(
      '--from applies to --live only'
    );
    expect(() => shot('--live', '--out', 'a.png', '--from', 'yesterday')).toThrow(
      '--from "yesterday": must be now-<N><s|m|h|d|w>'
    );
  });
});

test.describe('sandbox options', () => {
  test('live mode without --fixture; a bad port or fixture is refused', () => {
    expect(readSandboxOptions([], root, root)).toEqual({ fixture: undefined, port: 0 });
    expect(readSandboxOptions(['--fixture=mine.json', '--port', '8080'], root, root)).toEqual({
      fixture: { name: 'mine', file: join(root, 'mine.json') },
      port: 8080,
    });
    expect(() => readSandboxOptions(['--port', 'http'], root, root)).toThrow(
      '--port "http": must be a whole number from 0 to 65535'
    );
    expect(() => readSandboxOptions(['--fixture', 'nope'], root, root)).toThrow('no scenario named "nope"');
    expect(() => readSandboxOptions(['--fixtures', 'sparse'], root, root)).toThrow(
      'unknown flag --fixtures (did you mean --fixture?); the flags are --fixture, --port, --help'
    );
  });
});
