import { GrafanaTheme2 } from '@grafana/data';

/** Hue (0–360) and saturation (0–1) of a `#rrggbb` colour. */
function hueAndSaturation(hex: string): { hue: number; saturation: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  if (delta === 0) {
    return { hue: 0, saturation: 0 };
  }
  const lightness = (max + min) / 2;
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  const hue = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return { hue: hue * 60, saturation };
}

/** Red is the colour of errors in the waterfall: a service must never look like one. */
function isReddish(name: string, resolved: string): boolean {
  if (/red/i.test(name)) {
    return true;
  }
  if (!/^#[0-9a-f]{6}$/i.test(resolved)) {
    return false;
  }
  const { hue, saturation } = hueAndSaturation(resolved);
  return saturation > 0.3 && (hue < 18 || hue > 335);
}

const paletteCache = new WeakMap<GrafanaTheme2, string[]>();

function servicePalette(theme: GrafanaTheme2): string[] {
  let colors = paletteCache.get(theme);
  if (!colors) {
    colors = theme.visualization.palette
      .map((name) => ({ name, color: theme.visualization.getColorByName(name) }))
      .filter(({ name, color }) => !isReddish(name, color))
      .map(({ color }) => color);
    paletteCache.set(theme, colors);
  }
  return colors;
}

/**
 * Stable colour per service index, from Grafana's classic palette (as TraceView colours services) without its reds,
 * which the waterfall keeps for error spans.
 */
export function serviceColor(index: number, theme: GrafanaTheme2): string {
  const palette = servicePalette(theme);
  return palette[(index + 2) % palette.length];
}
