/** The flags of `npm run sandbox:shot` and their checks (sandbox/scripts/shot.ts). */
import { testIds } from '../../src/components/testIds';
import { type FlagSpecs, integerIn, oneOf, parseFlags, UsageError, usageText } from './args';
import { type Fixture, resolveFixture, scenarioNames } from './fixtureArg';
import { listScenarios } from './scenarioCatalog';

const THEMES = ['light', 'dark'] as const;
export const FIRST_CLUSTER = 'first-cluster';
const RADIO = 'radio:';

/** Every data-testid the panel declares (src/components/testIds.ts): what `--click TESTID` can name. */
const CLICKABLE_TEST_IDS: readonly string[] = Object.values(testIds).flatMap((group) => Object.values(group));

/** Why one `--click` target is not one the shot knows how to use, or undefined. */
function clickTargetProblem(target: string): string | undefined {
  if (
    target === FIRST_CLUSTER ||
    CLICKABLE_TEST_IDS.includes(target) ||
    (target.startsWith(RADIO) && target.length > RADIO.length)
  ) {
    return undefined;
  }
  return `"${target}" is not a click target; use ${FIRST_CLUSTER}, radio:LABEL (a radio button's label), or a panel data-testid: ${CLICKABLE_TEST_IDS.join(', ')}`;
}

function checkClickList(value: string): string | undefined {
  return value
    .split(',')
    .map((target) => clickTargetProblem(target.trim()))
    .find(Boolean);
}

const checkOut = (value: string) =>
  /\.(png|jpe?g)$/i.test(value) ? undefined : 'the screenshot file must end in .png, .jpg or .jpeg';
/** Grafana's relative time (`now-2m`, `now-1h`) or epoch milliseconds, as the page's `from` parameter takes. */
const checkFrom = (value: string) =>
  /^now(-\d+[smhdw])?$|^\d{10,}$/.test(value)
    ? undefined
    : 'must be now-<N><s|m|h|d|w> (e.g. now-2m) or epoch milliseconds';

export const SHOT_FLAGS: FlagSpecs = {
  fixture: {
    type: 'string',
    valueName: 'NAME|FILE',
    help: 'scenario name (list below) or path of a scenario .json file',
  },
  live: { type: 'boolean', help: 'shoot live data from the local stack (demo service + Prometheus) instead' },
  out: { type: 'string', valueName: 'FILE.png', help: 'where to write the screenshot (required)', check: checkOut },
  theme: { type: 'string', valueName: THEMES.join('|'), help: 'Grafana theme (default light)', check: oneOf(THEMES) },
  width: { type: 'string', valueName: 'PX', help: 'panel width, 200–4000 (default 1200)', check: integerIn(200, 4000) },
  height: {
    type: 'string',
    valueName: 'PX',
    help: 'panel height, 100–4000 (default 600)',
    check: integerIn(100, 4000),
  },
  click: {
    type: 'string',
    valueName: 'TARGET,…',
    help: `${FIRST_CLUSTER} | radio:LABEL | a panel data-testid, one after the other`,
    check: checkClickList,
  },
  from: {
    type: 'string',
    valueName: 'now-2m',
    help: 'with --live: start of the time range (default now-2m)',
    check: checkFrom,
  },
  'wait-seconds': {
    type: 'string',
    valueName: 'S',
    help: 'with --live: seconds of traffic before the shot, 0–600 (default 20)',
    check: integerIn(0, 600),
  },
  help: { type: 'boolean', help: 'print this text' },
};

export interface ShotOptions {
  /** Undefined with --live. */
  fixture?: Fixture;
  out: string;
  theme: (typeof THEMES)[number];
  width: number;
  height: number;
  clicks: string[];
  from: string;
  waitSeconds: number;
}

export function shotUsage(rootDir: string): string {
  const synopsis = 'npm run sandbox:shot -- (--fixture NAME|FILE | --live) --out FILE.png [flags]';
  return `${usageText(synopsis, SHOT_FLAGS)}\nScenarios: ${scenarioNames(listScenarios(rootDir))}`;
}

/** The shot's options, or undefined for --help; a UsageError for anything it would otherwise ignore or guess. */
export function readShotOptions(argv: string[], rootDir: string, cwd = process.cwd()): ShotOptions | undefined {
  const flags = parseFlags(argv, SHOT_FLAGS);
  if (flags.has('help')) {
    return undefined;
  }
  const value = (name: string) => flags.get(name) as string | undefined;
  const live = flags.has('live');
  if (live === flags.has('fixture')) {
    throw new UsageError(
      live ? 'give --fixture or --live, not both' : 'say what to shoot: --fixture NAME|FILE or --live'
    );
  }
  for (const liveOnly of ['from', 'wait-seconds']) {
    if (!live && flags.has(liveOnly)) {
      throw new UsageError(`--${liveOnly} applies to --live only (a fixture carries its own time range)`);
    }
  }
  const out = value('out');
  if (!out) {
    throw new UsageError('--out FILE.png is required: where to write the screenshot');
  }
  return {
    fixture: live ? undefined : resolveFixture(value('fixture')!, rootDir, cwd),
    out,
    theme: (value('theme') ?? 'light') as ShotOptions['theme'],
    width: Number(value('width') ?? 1200),
    height: Number(value('height') ?? 600),
    clicks:
      value('click')
        ?.split(',')
        .map((target) => target.trim()) ?? [],
    from: value('from') ?? 'now-2m',
    waitSeconds: Number(value('wait-seconds') ?? 20),
  };
}
