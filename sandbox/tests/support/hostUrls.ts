/** How globalSetup hands each host's fixture-mode server URL to the workers (environment variables). */
import { DEFAULT_HOST, type SandboxHostName } from '../../server/hosts';

/** `SANDBOX_URL` for the default host (as before there were two), `SANDBOX_URL_GRAFANA13` for the other. */
export function hostUrlVariable(host: SandboxHostName): string {
  return host === DEFAULT_HOST ? 'SANDBOX_URL' : `SANDBOX_URL_${host.toUpperCase()}`;
}
