import { useState } from 'react';

let mounted = 0;

/**
 * A key unique to one mounted panel. Grafana's BackendSrv cancels an in-flight request when a new one carries the
 * same `requestId`, and the legacy panel id is shared by every clone of a repeated panel, so request ids are built
 * from this key instead.
 */
export function usePanelInstanceKey(): string {
  const [key] = useState(() => `p${++mounted}`);
  return key;
}
