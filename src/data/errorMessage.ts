/**
 * The text to show for a failed request or a thrown value. Grafana's fetch errors are plain objects whose
 * server text sits in `data.message` (or `data.error` from some data sources), which is more telling than the
 * generic `message`/`statusText`; an Error's own message comes next; blank strings never count.
 */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { data?: { message?: unknown; error?: unknown }; message?: unknown; statusText?: unknown };
    for (const candidate of [e.data?.message, e.data?.error, e.message, e.statusText]) {
      const text = nonEmptyText(candidate);
      if (text !== undefined) {
        return text;
      }
    }
  }
  return nonEmptyText(error) ?? 'Request failed.';
}

/** The value when it is a string with something in it: text fit to show, never an object. */
export function nonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
