// Jest setup provided by Grafana scaffolding
import './.config/jest-setup';
import fc from 'fast-check';

// Property and fuzz tests: one fixed seed on CI, so a landing run is reproducible and cannot fail on a case no
// earlier run tried; a fresh seed on every local run, so new counterexamples keep turning up (fast-check prints
// the seed of a failure; FC_SEED=<seed> replays it).
const fixedSeed = process.env.FC_SEED ?? (process.env.CI ? '20261201' : undefined);
if (fixedSeed !== undefined) {
  fc.configureGlobal({ seed: Number(fixedSeed) });
}

// Grafana registers its standard option editors at startup (app.ts), before any plugin loads; the panel's field
// config registry (builder frames get overrides through it) needs them, as it does in the sandbox host.
import { registerStandardEditors } from './sandbox/host/runtime/optionEditors';
registerStandardEditors();
