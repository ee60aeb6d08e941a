import { Agent, request } from 'node:http';
import { pickRoute } from './latency-model';

export interface LoadGenerator {
  /** Stops sending and waits (bounded) for requests in flight. */
  stop(): Promise<void>;
}

/** Requests in flight beyond which ticks are skipped, so a stalled server is not buried. */
const MAX_IN_FLIGHT = 256;
const STOP_WAIT_MS = 5000;

/** Sends `rps` requests per second to the service itself so data appears without a user. */
export function startLoadGenerator(port: number, rps: number): LoadGenerator {
  if (rps <= 0) {
    return { stop: async () => {} };
  }
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let inFlight = 0;
  // Timers fire at most every millisecond; above 1000 rps each tick sends several requests.
  const intervalMs = Math.max(1, 1000 / rps);
  const perTick = Math.max(1, Math.round((rps * intervalMs) / 1000));
  const timer = setInterval(() => {
    for (let i = 0; i < perTick && inFlight < MAX_IN_FLIGHT; i++) {
      inFlight++;
      sendOne(port, agent, () => inFlight--);
    }
  }, intervalMs);

  return {
    async stop() {
      clearInterval(timer);
      const deadline = Date.now() + STOP_WAIT_MS;
      while (inFlight > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      agent.destroy();
    },
  };
}

function sendOne(port: number, agent: Agent, done: () => void): void {
  const profile = pickRoute(Math.random);
  const body = profile.method === 'POST' ? JSON.stringify({ cartId: Math.floor(Math.random() * 1e6) }) : undefined;
  const outgoing = request(
    {
      host: '127.0.0.1',
      port,
      path: profile.route,
      method: profile.method,
      agent,
      headers: body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } : {},
    },
    (response) => {
      response.resume();
      response.on('end', done);
      response.on('error', done);
    }
  );
  // Failed self-requests (e.g. during shutdown) are expected; they just end.
  outgoing.on('error', done);
  outgoing.end(body);
}
