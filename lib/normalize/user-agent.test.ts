import { describe, expect, it } from 'vitest';

import { UNKNOWN_DEVICE, describeDevice, isIpad } from './user-agent';

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iphoneFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
  iphoneEdge:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/126.2592.56 Mobile/15E148 Safari/605.1.15',
  iphoneLine:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0',
  ipadSafari:
    'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  ipadDesktop:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
  androidEdge:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 EdgA/126.0.2592.61',
  androidSamsung:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  androidWebView:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/UQ1A.240205.004; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36',
  windowsChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.68',
  windowsFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
  windowsOpera:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 OPR/111.0.0.0',
  linuxChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  linuxHeadlessChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.6478.126 Safari/537.36',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  chromeOs:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
} as const;

describe('isIpad', () => {
  it('detects iPad user agents regardless of touch points', () => {
    expect(isIpad(UA.ipadSafari, 5)).toBe(true);
    expect(isIpad(UA.ipadSafari, 0)).toBe(true);
  });

  it('detects iPadOS desktop mode (Macintosh + touch)', () => {
    expect(isIpad(UA.ipadDesktop, 5)).toBe(true);
    expect(isIpad(UA.ipadDesktop, 5, 'MacIntel')).toBe(true);
    expect(isIpad(UA.macChrome, 5)).toBe(true);
  });

  it('uses navigator.platform when given', () => {
    expect(isIpad('Mozilla/5.0', 0, 'iPad')).toBe(true);
    expect(isIpad('Mozilla/5.0', 5, 'MacIntel')).toBe(true);
    expect(isIpad('Mozilla/5.0', 0, 'MacIntel')).toBe(false);
  });

  it('is false for real Macs (no touch points)', () => {
    expect(isIpad(UA.macSafari, 0)).toBe(false);
    expect(isIpad(UA.macSafari, 0, 'MacIntel')).toBe(false);
    expect(isIpad(UA.macSafari, 1)).toBe(false);
    expect(isIpad(UA.macChrome, 0)).toBe(false);
  });

  it('is false for phones and other desktops', () => {
    expect(isIpad(UA.iphoneSafari, 5, 'iPhone')).toBe(false);
    expect(isIpad(UA.androidChrome, 5, 'Linux armv8l')).toBe(false);
    expect(isIpad(UA.windowsEdge, 10, 'Win32')).toBe(false);
    expect(isIpad(UA.linuxChrome, 0, 'Linux x86_64')).toBe(false);
    expect(isIpad('', 0)).toBe(false);
  });

  it('tolerates odd touch-point values', () => {
    expect(isIpad(UA.macSafari, Number.NaN)).toBe(false);
    expect(isIpad(UA.macSafari, Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('describeDevice', () => {
  it.each([
    [UA.iphoneSafari, 'iPhone'],
    [UA.iphoneChrome, 'iPhone Chrome'],
    [UA.iphoneFirefox, 'iPhone Firefox'],
    [UA.iphoneEdge, 'iPhone Edge'],
    [UA.iphoneLine, 'iPhone'],
    [UA.ipadSafari, 'iPad'],
    [UA.macSafari, 'Mac Safari'],
    [UA.macChrome, 'Mac Chrome'],
    [UA.macFirefox, 'Mac Firefox'],
    [UA.androidChrome, 'Android Chrome'],
    [UA.androidFirefox, 'Android Firefox'],
    [UA.androidEdge, 'Android Edge'],
    [UA.androidSamsung, 'Android'],
    [UA.androidWebView, 'Android'],
    [UA.windowsChrome, 'Windows Chrome'],
    [UA.windowsEdge, 'Windows Edge'],
    [UA.windowsFirefox, 'Windows Firefox'],
    [UA.windowsOpera, 'Windows'],
    [UA.linuxChrome, 'Linux Chrome'],
    [UA.linuxHeadlessChrome, 'Linux Chrome'],
    [UA.linuxFirefox, 'Linux Firefox'],
    [UA.chromeOs, 'Linux Chrome'],
  ])('%s → %s', (ua, expected) => {
    expect(describeDevice(ua)).toBe(expected);
  });

  it('falls back to the browser alone or to ブラウザー', () => {
    expect(UNKNOWN_DEVICE).toBe('ブラウザー');
    expect(describeDevice('')).toBe('ブラウザー');
    expect(describeDevice('curl/8.5.0')).toBe('ブラウザー');
    expect(describeDevice('SomeBot/1.0 Chrome/126.0.0.0')).toBe('Chrome');
    expect(describeDevice(undefined as unknown as string)).toBe('ブラウザー');
  });
});
