import { textUtil } from '@grafana/data';

const BLOCKED_URL = 'about:blank';
/** Schemes a trace link may use; anything else (javascript:, data:, vbscript:, …) is refused. */
const ALLOWED_SCHEME = /^(https?:|\/|\.{0,2}\/|\?|#)/i;

export type SafeUrl = { ok: true; url: string } | { ok: false; raw: string; reason: string };

/**
 * Every URL built from labels or templates passes here. Grafana's sanitizer is the gate (it catches encoded and
 * whitespace-obfuscated schemes); on top of it only http(s) and relative URLs are accepted, so a refused URL can
 * be shown to the user as plain text with the reason. The accepted URL is the one we built, not the sanitizer's
 * rewrite: Grafana 13's sanitizer (@braintree/sanitize-url 7.1) percent-decodes the whole URL and re-serializes
 * it, which would turn an encoded label value's `%26` or `%23` back into `&` or `#` and change the URL's structure.
 */
export function toSafeUrl(raw: string): SafeUrl {
  const trimmed = raw.trim();
  const verdict = textUtil.sanitizeUrl(trimmed);
  if (verdict === BLOCKED_URL || !acceptable(verdict) || !acceptable(trimmed)) {
    return { ok: false, raw, reason: 'Refused a link that is not an http(s) or relative URL.' };
  }
  return { ok: true, url: trimmed };
}

/** An http(s) or relative URL with nothing a browser would strip or reinterpret before reading the scheme. */
function acceptable(url: string): boolean {
  return ALLOWED_SCHEME.test(url) && !/[\u0000-\u001f\u007f]/.test(url) && opensHttp(url);
}

/**
 * Resolved the way a browser resolves an href on the dashboard page: it must parse (`https://` alone does
 * not) and land on http or https.
 */
function opensHttp(url: string): boolean {
  try {
    const { protocol } = new URL(url, 'https://grafana.invalid/d/dashboard');
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const VALUE_TOKEN = /\$\{__value\.(raw|text)\}|\$\{__value\}|\$__value\.raw/g;
const FIELD_TOKEN = /\$\{__data\.fields(?:\.([a-zA-Z_][\w.]*)|\["([^"\]]+)"\])\}/g;

/**
 * Fills an external URL template as Grafana data links do: `${__value.raw}` is the trace ID,
 * `${__data.fields.<label>}` any label of the exemplar. Values are URL-encoded so a label can
 * never change the URL's structure.
 */
export function interpolateUrlTemplate(template: string, traceId: string, labels: Record<string, string>): SafeUrl {
  let dotSegment: string | undefined;
  const encode = (value: string) => {
    // Browsers resolve `.` and `..` (even as %2E) as path steps: `/trace/..` would open `/`, not the trace.
    if (value === '.' || value === '..') {
      dotSegment = value;
    }
    return encodeURIComponent(value);
  };
  const url = template
    .replace(VALUE_TOKEN, () => encode(traceId))
    .replace(FIELD_TOKEN, (_, dotted: string | undefined, quoted: string | undefined) => {
      const name = (dotted ?? quoted)!;
      // Own labels only: `${__data.fields.constructor}` must not print Object's constructor.
      return encode(Object.prototype.hasOwnProperty.call(labels, name) ? labels[name] : '');
    });
  if (dotSegment !== undefined) {
    return {
      ok: false,
      raw: url,
      reason: `Refused a link: the label value "${dotSegment}" would change the URL's path.`,
    };
  }
  return toSafeUrl(url);
}
