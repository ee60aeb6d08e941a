/** Loads a fixture scenario served by the sandbox server (`/scenarios/<name>.json`) or any same-origin JSON URL. */
import type { Scenario } from '../shared/scenario';

export async function loadScenario(fixture: string): Promise<Scenario> {
  const url = fixture.endsWith('.json') ? fixture : `/scenarios/${encodeURIComponent(fixture)}.json`;
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`scenario "${fixture}": HTTP ${response.status} from ${url}`);
  }
  return (await response.json()) as Scenario;
}
