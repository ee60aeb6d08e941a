/**
 * The sandbox HTTP server (Node http, no dependencies), bound to 127.0.0.1:
 *   /                                    host page          /host/*          host bundle
 *   /public/plugins/<plugin id>/*        built plugin (dist/, as Grafana serves it)
 *   /public/build/img/icons/*, /public/fonts/*, /public/app/plugins/datasource/<type>/img/*
 *                                        icons, fonts and data source logos Grafana serves from its build
 *   /scenarios/<name>.json               a CLI's --fixture FILE, then sandbox/scenarios, then generated sandbox/dist/scenarios
 *   /prom/*  → Prometheus,  /demo/* → demo service (live mode)
 *   /api/sandbox/config                  which upstreams are configured
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_HOST, hostDirs, type SandboxHostName } from './hosts';
import { proxyTo } from './proxy';
import { sendBlankIcon, sendDataSourceLogo, substituteFont } from './assets';
import { resolveInside, sendFile, sendJson } from './staticFiles';

/** Why live queries cannot run: the server was started without a Prometheus (fixture mode, or no binary). */
const NO_LIVE_PROMETHEUS =
  'no live Prometheus behind this sandbox page: the server was started without one (fixture mode, or the `prometheus` binary is missing: apt-get install prometheus, then npm run sandbox)';

const PLUGIN_ID = 'exemplartrace-latency-panel';

export interface SandboxServerOptions {
  /** Repository root (holds dist/, sandbox/, node_modules/). */
  rootDir: string;
  /** Which built host to serve (`grafana12` by default, `grafana13`: see hosts.ts); sets the two folders below. */
  host?: SandboxHostName;
  /** Built host (default: the host's, `<root>/sandbox/dist` for grafana12). */
  hostDistDir?: string;
  /** node_modules the host was built against, for @grafana/ui icons. */
  modulesDir?: string;
  port?: number;
  promUrl?: string;
  demoUrl?: string;
  /** Scenario files outside the scenario folders (the CLIs' `--fixture FILE`), served as `/scenarios/<name>.json`. */
  scenarioFiles?: Record<string, string>;
}

export interface SandboxServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** A CLI-given scenario file by the name the page asks for (`<name>.json`, URL-encoded). */
function scenarioFile(files: Record<string, string> | undefined, requested: string): string | undefined {
  const name = requested.endsWith('.json') ? requested.slice(0, -'.json'.length) : undefined;
  return files && name !== undefined && Object.hasOwn(files, name) ? files[name] : undefined;
}

export function startSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const hostDefaults = hostDirs(options.rootDir, options.host ?? DEFAULT_HOST);
  const hostDist = options.hostDistDir ?? hostDefaults.hostDistDir;
  const pluginDist = join(options.rootDir, 'dist');
  const iconsDir = join(options.modulesDir ?? hostDefaults.modulesDir, '@grafana/ui/dist/public/img/icons');
  // Generated scenarios live beside the default host; a host built elsewhere may have its own.
  const scenarioDirs = [
    ...new Set([
      join(options.rootDir, 'sandbox/scenarios'),
      join(hostDist, 'scenarios'),
      join(options.rootDir, 'sandbox/dist/scenarios'),
    ]),
  ];

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://sandbox.local');
    const path = url.pathname;
    const rest = (prefix: string) => path.slice(prefix.length);
    const serveFrom = (root: string, relative: string) => {
      const file = resolveInside(root, relative);
      return file ? (sendFile(response, file), true) : false;
    };

    if (path === '/' || path === '/index.html') {
      serveFrom(join(hostDist, 'host'), 'index.html') ||
        sendJson(response, 500, { error: 'host not built: run node sandbox/build.mjs' });
    } else if (path.startsWith('/host/')) {
      serveFrom(join(hostDist, 'host'), rest('/host/')) || sendJson(response, 404, { error: 'not found' });
    } else if (path.startsWith(`/public/plugins/${PLUGIN_ID}/`)) {
      serveFrom(pluginDist, rest(`/public/plugins/${PLUGIN_ID}/`)) ||
        sendJson(response, 404, { error: 'not found in dist/' });
    } else if (path.startsWith('/public/build/img/icons/')) {
      // @grafana/ui ships only part of Grafana's icon set; the rest get a blank icon instead of a 404.
      serveFrom(iconsDir, rest('/public/build/img/icons/')) || sendBlankIcon(response);
    } else if (/^\/public\/app\/plugins\/datasource\/[\w-]+\/img\//.test(path)) {
      sendDataSourceLogo(response, path.split('/')[5]);
    } else if (path.startsWith('/public/fonts/')) {
      // Grafana serves Inter from its build; the host substitutes a system font with the same metrics class.
      const font = substituteFont(rest('/public/fonts/'));
      font ? sendFile(response, font) : sendJson(response, 404, { error: 'font not available' });
    } else if (path.startsWith('/scenarios/')) {
      const file = scenarioFile(options.scenarioFiles, rest('/scenarios/'));
      file
        ? sendFile(response, file)
        : scenarioDirs.some((dir) => serveFrom(dir, rest('/scenarios/'))) ||
          sendJson(response, 404, { error: `no scenario ${rest('/scenarios/')}` });
    } else if (path === '/api/sandbox/config') {
      sendJson(response, 200, {
        live: Boolean(options.promUrl),
        promUrl: options.promUrl ?? null,
        demoUrl: options.demoUrl ?? null,
        host: options.host ?? DEFAULT_HOST,
      });
    } else if (path.startsWith('/prom/') && options.promUrl) {
      proxyTo(options.promUrl, `${rest('/prom')}${url.search}`, request, response);
    } else if (path.startsWith('/prom/')) {
      // Answer as Prometheus does for an error, so the data source shows the reason instead of "undefined: not found".
      sendJson(response, 503, { status: 'error', errorType: 'unavailable', error: NO_LIVE_PROMETHEUS });
    } else if (path.startsWith('/demo/') && options.demoUrl) {
      proxyTo(options.demoUrl, `${rest('/demo')}${url.search}`, request, response);
    } else {
      sendJson(response, 404, { error: `not found: ${path}` });
    }
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Keep-alive sockets from the browser must not keep close() waiting.
            server.closeAllConnections();
          }),
      });
    });
  });
}
