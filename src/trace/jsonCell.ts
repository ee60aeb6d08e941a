/**
 * Frame cells of type "other" (tags, logs …) arrive parsed when Grafana decodes a backend response, but
 * arrive as JSON text from hand-built or serialized frames. Returns the parsed value or `undefined`.
 */
export function parseJsonCell(value: unknown): unknown {
  if (typeof value !== 'string') {
    return value ?? undefined;
  }
  const text = value.trim();
  if (!(text.startsWith('[') || text.startsWith('{'))) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
