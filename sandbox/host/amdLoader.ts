/**
 * Loads an AMD module the way Grafana's SystemJS (with its AMD extra) does for plugin `module.js`:
 * the script calls `define(deps, factory)`, every dependency is looked up among the modules the host
 * shares, and `module` is `{ id, uri }` so webpack's dynamic publicPath can derive the chunk base URL.
 */

type Factory = (...deps: unknown[]) => unknown;

interface AmdDefine {
  (...args: unknown[]): void;
  amd: Record<string, unknown>;
}

declare global {
  interface Window {
    define?: AmdDefine;
  }
}

function parseDefineArgs(args: unknown[]): { deps: string[]; factory: Factory | unknown } {
  const rest = typeof args[0] === 'string' ? args.slice(1) : args;
  if (Array.isArray(rest[0])) {
    return { deps: rest[0] as string[], factory: rest[1] };
  }
  return { deps: ['require', 'exports', 'module'], factory: rest[0] };
}

export function loadAmdModule(url: string, shared: Record<string, unknown>): Promise<Record<string, unknown>> {
  const absoluteUrl = new URL(url, window.location.href).href;
  return new Promise((resolve, reject) => {
    let settled = false;
    const previousDefine = window.define;
    const define = ((...args: unknown[]) => {
      settled = true;
      try {
        const { deps, factory } = parseDefineArgs(args);
        const exportsObject: Record<string, unknown> = {};
        const moduleObject = { id: absoluteUrl, uri: absoluteUrl, exports: exportsObject };
        const resolved = deps.map((dep) => {
          if (dep === 'exports') {
            return exportsObject;
          }
          if (dep === 'module') {
            return moduleObject;
          }
          if (dep === 'require') {
            return (name: string) => shared[name];
          }
          if (!(dep in shared)) {
            throw new Error(`${url} depends on "${dep}", which the sandbox host does not provide`);
          }
          return shared[dep];
        });
        const result = typeof factory === 'function' ? (factory as Factory)(...resolved) : factory;
        resolve((result ?? moduleObject.exports) as Record<string, unknown>);
      } catch (error) {
        reject(error);
      }
    }) as AmdDefine;
    define.amd = {};
    window.define = define;
    const script = document.createElement('script');
    script.src = absoluteUrl;
    script.async = true;
    const restore = () => {
      window.define = previousDefine;
    };
    script.onload = () => {
      restore();
      if (!settled) {
        reject(new Error(`${url} did not call define()`));
      }
    };
    script.onerror = () => {
      restore();
      reject(new Error(`failed to load ${url}`));
    };
    document.head.appendChild(script);
  });
}
