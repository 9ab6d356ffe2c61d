import { describe, expect, it } from 'vitest';
import { plan, type Probe } from './test-deps';

const everything: Probe = { chromium: true, ffmpeg: true, cjkFonts: true, nginx: true, root: false, apt: true };

describe('what `npm test` sets up before running (pretest)', () => {
  it('does nothing when Chromium, ffmpeg, the CJK fonts and nginx are there, root or not', () => {
    expect(plan(everything)).toEqual({ action: 'none' });
    expect(plan({ ...everything, root: true })).toEqual({ action: 'none' });
    expect(plan({ ...everything, apt: false })).toEqual({ action: 'none' });
  });

  it('installs exactly the missing Debian packages as root with apt-get', () => {
    const bare = { chromium: false, ffmpeg: false, cjkFonts: false, nginx: false, root: true, apt: true };
    expect(plan(bare)).toEqual({ action: 'install', packages: ['chromium', 'ffmpeg', 'fonts-noto-cjk', 'nginx'] });
    expect(plan({ ...everything, root: true, nginx: false })).toEqual({ action: 'install', packages: ['nginx'] });
    expect(plan({ ...everything, root: true, cjkFonts: false })).toEqual({
      action: 'install',
      packages: ['fonts-noto-cjk'],
    });
  });

  it('stops at once with the one apt-get command when it is not root', () => {
    const result = plan({ ...everything, chromium: false, ffmpeg: false });
    expect(result.action).toBe('stop');
    if (result.action !== 'stop') return;
    expect(result.packages).toEqual(['chromium', 'ffmpeg']);
    expect(result.message).toContain('sudo apt-get install -y --no-install-recommends chromium ffmpeg\n');
    expect(result.message).not.toContain('fonts-noto-cjk');
  });

  it('without apt-get, stops and says what to install or point CHROMIUM_PATH / FFMPEG_PATH / NGINX_PATH at', () => {
    const result = plan({ ...everything, root: true, apt: false, chromium: false });
    expect(result.action).toBe('stop');
    if (result.action !== 'stop') return;
    expect(result.packages).toEqual(['chromium']);
    expect(result.message).not.toContain('sudo');
    expect(result.message).toMatch(/CHROMIUM_PATH, FFMPEG_PATH and NGINX_PATH/);
  });
});
