import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Tracer } from '@opentelemetry/api';
import { findRoute, planRequest } from './latency-model';
import { DemoMetrics } from './metrics';
import { handleShopRequest } from './shop-handler';
import { TraceStore } from './trace-store';

export interface ServerDeps {
  tracer: Tracer;
  metrics: DemoMetrics;
  traceStore: TraceStore;
  errorRate: number;
}

const TRACE_PATH = /^\/api\/traces\/([0-9a-fA-F]{32})$/;
const MAX_LISTED_TRACES = 1000;

export function createDemoServer(deps: ServerDeps): Server {
  return createServer((request, response) => {
    route(request, response, deps).catch((error: unknown) => {
      sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });
}

async function route(request: IncomingMessage, response: ServerResponse, deps: ServerDeps): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://demo');
  const method = (request.method ?? 'GET').toUpperCase();

  if (url.pathname.startsWith('/api/traces')) {
    serveTraces(method, url, response, deps.traceStore);
    return;
  }
  if (url.pathname === '/metrics') {
    response.writeHead(200, { 'Content-Type': deps.metrics.registry.contentType });
    response.end(await deps.metrics.registry.metrics());
    return;
  }
  if (url.pathname === '/healthz') {
    sendJson(response, 200, { status: 'ok', traces: deps.traceStore.size });
    return;
  }
  const profile = findRoute(url.pathname);
  if (profile) {
    // Drain the body: the load generator posts a small JSON payload to checkout.
    request.resume();
    const plan = { ...planRequest(profile, deps.errorRate, Math.random), method };
    const handled = await handleShopRequest(plan, deps.tracer, deps.metrics);
    response.setHeader('X-Trace-Id', handled.traceId);
    sendJson(response, handled.statusCode, handled.statusCode < 400 ? { ok: true } : { error: 'simulated failure' });
    return;
  }
  sendJson(response, 404, { error: 'not found' });
}

function serveTraces(method: string, url: URL, response: ServerResponse, traceStore: TraceStore): void {
  // Read-only JSON for browsers on other origins (the sandbox page).
  response.setHeader('Access-Control-Allow-Origin', '*');
  if (method === 'OPTIONS') {
    response.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, OPTIONS', 'Access-Control-Allow-Headers': '*' });
    response.end();
    return;
  }
  if (method !== 'GET') {
    sendJson(response, 405, { error: 'method not allowed' });
    return;
  }
  if (url.pathname === '/api/traces' || url.pathname === '/api/traces/') {
    const limit = Math.min(MAX_LISTED_TRACES, Math.max(1, Number(url.searchParams.get('limit')) || 100));
    sendJson(response, 200, { traceIds: traceStore.recentTraceIds(limit) });
    return;
  }
  const match = TRACE_PATH.exec(url.pathname);
  const found = match ? traceStore.get(match[1]) : undefined;
  if (found) {
    sendJson(response, 200, found);
  } else {
    sendJson(response, 404, { error: 'trace not found' });
  }
}

function sendJson(response: ServerResponse, statusCode: number, body: unknown): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  response.writeHead(statusCode, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
