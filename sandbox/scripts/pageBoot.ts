/**
 * Waiting for the sandbox page to boot, and ending the wait as soon as it cannot: the host sets
 * `window.__sandbox.loadError` when it fails to load (or, older host, logs "sandbox: boot failed"), and a
 * scenario the server does not have answers 404. Otherwise only the timeout would tell, a minute later.
 */
import type { Page } from 'playwright-core';

const BOOT_TIMEOUT_MS = 60_000;

function bootFailure(page: Page): { failed: Promise<never>; dispose(): void } {
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && message.text().startsWith('sandbox: boot failed')) {
      fail(new Error(`the sandbox page failed to start: ${message.text().split('\n')[0]}`));
    }
  };
  const onResponse = (response: { url(): string; status(): number }) => {
    if (new URL(response.url()).pathname.startsWith('/scenarios/') && response.status() >= 400) {
      fail(new Error(`the sandbox server answered ${response.status()} for ${new URL(response.url()).pathname}`));
    }
  };
  page.on('console', onConsole);
  page.on('response', onResponse);
  // Nobody may await `failed` when the page boots fine; that rejection is not an error.
  failed.catch(() => undefined);
  return {
    failed,
    dispose: () => {
      page.off('console', onConsole);
      page.off('response', onResponse);
    },
  };
}

/** Resolves when the page reports ready; rejects at once with the page's reason when it reports a failure. */
export async function waitForSandboxReady(page: Page): Promise<void> {
  const failure = bootFailure(page);
  try {
    const ready = page.waitForFunction(
      () => window.__sandbox?.ready === true || Boolean(window.__sandbox?.loadError),
      undefined,
      { timeout: BOOT_TIMEOUT_MS }
    );
    await Promise.race([ready, failure.failed]);
  } finally {
    failure.dispose();
  }
  const loadError = await page.evaluate(() => window.__sandbox?.loadError);
  if (loadError) {
    throw new Error(`the sandbox page could not load: ${loadError}`);
  }
}
