/**
 * User-agent helpers. Browser-safe and pure (callers pass `navigator.*` values or a request header).
 */

/**
 * True for iPad user agents, including iPadOS in its default "desktop" mode, which reports
 * `Macintosh` but has a touch screen (`navigator.maxTouchPoints > 1`; real Macs report 0).
 *
 * @param platform `navigator.platform` if available (`'iPad'` on older iPadOS; `'MacIntel'` in
 *   desktop mode).
 */
export function isIpad(userAgent: string, maxTouchPoints: number, platform?: string): boolean {
  const ua = userAgent ?? '';
  const touch = Number.isFinite(maxTouchPoints) && maxTouchPoints > 1;
  if (/\biPad\b/i.test(ua)) return true;
  if (platform !== undefined && /^iPad/i.test(platform)) return true;
  if (/\bMacintosh\b/.test(ua) && touch) return true;
  if (platform === 'MacIntel' && touch) return true;
  return false;
}

export type DeviceKind = 'iPhone' | 'iPad' | 'Android' | 'Mac' | 'Windows' | 'Linux';
export type BrowserKind = 'Chrome' | 'Safari' | 'Edge' | 'Firefox';

/** Fallback when neither device nor browser is recognised. */
export const UNKNOWN_DEVICE = 'ブラウザー';

function detectDevice(ua: string): DeviceKind | null {
  if (/\biPad\b/.test(ua)) return 'iPad';
  if (/\biPhone\b|\biPod\b/.test(ua)) return 'iPhone';
  if (/\bAndroid\b/.test(ua)) return 'Android';
  if (/\bWindows\b/.test(ua)) return 'Windows';
  if (/\bMacintosh\b|\bMac OS X\b/.test(ua)) return 'Mac';
  if (/\bCrOS\b|\bLinux\b|\bX11\b/.test(ua)) return 'Linux';
  return null;
}

function detectBrowser(ua: string): BrowserKind | null {
  // Order matters: Edge and many others also say "Chrome/" and "Safari/".
  if (/\b(?:Edg|EdgA|EdgiOS|Edge)\//.test(ua)) return 'Edge';
  if (/\b(?:Firefox|FxiOS)\//.test(ua)) return 'Firefox';
  // Chromium-based browsers we do not name (Opera, Samsung Internet, Yandex, in-app webviews…).
  if (
    /\b(?:OPR|OPT|OPiOS|Opera|SamsungBrowser|YaBrowser|Vivaldi|UCBrowser|Line|FBAN|FBAV|Instagram|Brave)\//.test(ua)
  ) {
    return null;
  }
  if (/\b(?:CriOS|Chrome|HeadlessChrome|Chromium)\//.test(ua)) {
    // Android WebView ("; wv)") is not the Chrome browser.
    if (/; wv\)/.test(ua)) return null;
    return 'Chrome';
  }
  if (/\bVersion\/[\d.]+.*\bSafari\//.test(ua)) return 'Safari';
  return null;
}

/**
 * Short device (and browser) name for credential labels, e.g. `'iPhone'` (Safari is implied on
 * iPhone/iPad and omitted), `'iPhone Chrome'`, `'Android Chrome'`, `'Mac Safari'`, `'Windows Edge'`,
 * `'Linux Firefox'`. Unknown browsers give the device alone; an unknown device gives the browser
 * alone; neither gives `'ブラウザー'`. (ChromeOS is reported as `Linux`.)
 */
export function describeDevice(userAgent: string): string {
  const ua = typeof userAgent === 'string' ? userAgent : '';
  const device = detectDevice(ua);
  const browser = detectBrowser(ua);
  if (device && browser) {
    if (browser === 'Safari' && (device === 'iPhone' || device === 'iPad')) return device;
    return `${device} ${browser}`;
  }
  return device ?? browser ?? UNKNOWN_DEVICE;
}
