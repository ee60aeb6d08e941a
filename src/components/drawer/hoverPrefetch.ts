/** How long the pointer must rest on a marker before its trace is prefetched. */
export const PREFETCH_DELAY_MS = 300;

export interface HoverPrefetcher {
  /**
   * The pointer now rests on `key` (a trace), or on nothing (`undefined`). A new key restarts the delay; the same
   * key keeps the running one; after the delay `run` is called once.
   */
  hover(key: string | undefined, run?: () => void): void;
  /** Forget the pending prefetch (the pointer left, the drawer opened, the panel unmounted). */
  cancel(): void;
}

interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Hover intent for prefetching: only a pointer that stays on one marker for `delayMs` starts a request, so
 * sweeping across a busy chart asks for nothing. Plain timers, no React (the hook `useTracePrefetch` wraps it).
 */
export function createHoverPrefetcher(delayMs = PREFETCH_DELAY_MS, timers: Timers = globalTimers): HoverPrefetcher {
  let pending: { key: string; handle: unknown } | undefined;

  const cancel = () => {
    if (pending) {
      timers.clearTimeout(pending.handle);
      pending = undefined;
    }
  };

  return {
    hover(key, run) {
      if (key !== undefined && key === pending?.key) {
        return;
      }
      cancel();
      if (key === undefined || !run) {
        return;
      }
      const scheduled = {
        key,
        handle: timers.setTimeout(() => {
          if (pending === scheduled) {
            pending = undefined;
            run();
          }
        }, delayMs),
      };
      pending = scheduled;
    },
    cancel,
  };
}
