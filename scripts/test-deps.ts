/**
 * What the end-to-end suite needs outside node_modules (Chromium, ffmpeg for the fake camera, CJK
 * fonts for legible Japanese screenshots, nginx for the IC-card proxy test): how to look for it, and
 * what to do when it is missing.
 * `scripts/ensure-test-deps.ts` (npm's `pretest`) acts on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumPath, ffmpegPath, nginxPath } from '../tests/e2e/chromium';

export type Probe = {
  chromium: boolean;
  ffmpeg: boolean;
  cjkFonts: boolean;
  nginx: boolean;
  root: boolean;
  apt: boolean;
};
export type Plan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; packages: string[]; message: string };

/** The Debian package for each thing the tests need, in the order they are named. */
const PACKAGES = [
  ['chromium', 'chromium'],
  ['ffmpeg', 'ffmpeg'],
  ['cjkFonts', 'fonts-noto-cjk'],
  // nginx-light is only a transitional name in Debian 12: `nginx` is the package.
  ['nginx', 'nginx'],
] as const;

/** What is missing → what to do. Pure, so its decisions are tested without touching the machine. */
export function plan(probe: Probe): Plan {
  const packages = PACKAGES.filter(([need]) => !probe[need]).map(([, pkg]) => pkg);
  if (packages.length === 0) return { action: 'none' };
  if (probe.root && probe.apt) return { action: 'install', packages };
  const missing = `The end-to-end tests need ${packages.join(', ')}, which this machine lacks.`;
  const message = probe.apt
    ? `${missing} Run:\n  sudo apt-get install -y --no-install-recommends ${packages.join(' ')}\nthen npm test again.`
    : `${missing} Install them (Debian/Ubuntu: apt-get install ${packages.join(' ')}), or point CHROMIUM_PATH, FFMPEG_PATH and NGINX_PATH at your own Chromium, ffmpeg and nginx, then run npm test again.`;
  return { action: 'stop', packages, message };
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && existsSync(path.join(dir, command)));
}

function hasCjkFonts(): boolean {
  if (onPath('dpkg-query')) {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'fonts-noto-cjk'], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.includes('install ok installed')) return true;
  }
  if (!onPath('fc-list')) return false;
  const r = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

export function probe(): Probe {
  return {
    chromium: chromiumPath() !== undefined,
    ffmpeg: existsSync(ffmpegPath()),
    cjkFonts: hasCjkFonts(),
    nginx: existsSync(nginxPath()),
    root: process.getuid?.() === 0,
    apt: onPath('apt-get'),
  };
}
