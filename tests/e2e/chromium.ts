import { existsSync } from 'node:fs';

/**
 * Which Chromium the tests drive (docs/decisions/0003): CHROMIUM_PATH, then Debian's
 * /usr/bin/chromium, then Playwright's own download if someone installed it. Never downloads.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** The ffmpeg that renders the fake camera's clip: FFMPEG_PATH, else Debian's. */
export function ffmpegPath(): string {
  return process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg';
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** nginx for the IC-card proxy test (reissue-card-nginx.spec.ts): the Debian package's, or NGINX_PATH. */
export const nginxPath = () => process.env.NGINX_PATH ?? '/usr/sbin/nginx';
