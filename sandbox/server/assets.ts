/** Stand-ins for assets Grafana serves from its own build and the npm packages do not ship. */
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';

const BLANK_ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"></svg>';

export function sendBlankIcon(response: ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'image/svg+xml', 'X-Sandbox-Substitute': 'blank-icon' });
  response.end(BLANK_ICON);
}

const FONT_CANDIDATES = {
  regular: [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  ],
  bold: [
    '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  ],
  mono: [
    '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf',
    '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  ],
};

/** Inter / Roboto Mono requests → an installed system font file, or undefined. */
export function substituteFont(requested: string): string | undefined {
  const kind = /mono/i.test(requested) ? 'mono' : /(medium|bold|semibold)/i.test(requested) ? 'bold' : 'regular';
  return FONT_CANDIDATES[kind].find((file) => existsSync(file));
}

const LOGO_COLORS: Record<string, string> = {
  prometheus: '#e6522c',
  tempo: '#f46800',
  jaeger: '#60d0e4',
  zipkin: '#fe7f0f',
};

/** Core data source logos (Grafana serves them from public/app/plugins/datasource/<type>/img/): a lettered badge. */
export function sendDataSourceLogo(response: ServerResponse, type: string): void {
  const color = LOGO_COLORS[type] ?? '#8e8e8e';
  const letter = (type[0] ?? '?').toUpperCase();
  response.writeHead(200, { 'Content-Type': 'image/svg+xml', 'X-Sandbox-Substitute': 'datasource-logo' });
  response.end(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><circle cx="12" cy="12" r="11" fill="${color}"/><text x="12" y="16.5" font-size="13" font-family="sans-serif" text-anchor="middle" fill="#fff">${letter}</text></svg>`
  );
}
