/** Forwards a request to an upstream HTTP server (Prometheus, the demo service) on 127.0.0.1. */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { sendJson } from './staticFiles';

export function proxyTo(upstream: string, path: string, incoming: IncomingMessage, response: ServerResponse): void {
  const target = new URL(path, upstream);
  const outgoing = httpRequest(
    target,
    { method: incoming.method, headers: { ...incoming.headers, host: target.host } },
    (upstreamResponse) => {
      response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
      upstreamResponse.pipe(response);
    }
  );
  outgoing.on('error', (error) =>
    sendJson(response, 502, { status: 'error', errorType: 'proxy', error: `${target.origin}: ${error.message}` })
  );
  // The browser went away (query cancelled): stop the upstream request too. (A request's own 'close'
  // fires once its body is read, so the response is what tells.)
  response.on('close', () => {
    if (!response.writableFinished) {
      outgoing.destroy();
    }
  });
  incoming.pipe(outgoing);
}
