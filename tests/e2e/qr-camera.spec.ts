import { expectAccessible } from './fixtures/axe';
import { readFakeCameraTicket, type FakeCameraTicket } from './fixtures/fake-camera';
import { agreeToTerms, enterPassword } from './fixtures/flow';
import { expect, test as base } from './fixtures/test';

/**
 * In-page camera scanning (spec §3 step 3) with Chromium's fake camera, which plays the ticket's
 * QR code made by the global setup (fixtures/fake-camera.ts). Runs in the phone-camera project.
 */
const test = base.extend<{ cameraTicket: FakeCameraTicket }>({
  cameraTicket: async ({}, use) => {
    await use(await readFakeCameraTicket());
  },
});

declare global {
  interface Window {
    __holdCameraFrames?: boolean;
  }
}

test('「カメラで読み取る」 reads the QR from the camera, then the birth date leads to ログイン', async ({
  page,
  cameraTicket,
}) => {
  const { holder } = cameraTicket;

  // The fake camera shows the QR from its first frame, so a decode would leave the scanning
  // screen before axe could look at it. Until released, video frames do not reach the decoder's
  // canvas (the viewfinder itself plays as usual).
  await page.addInitScript(() => {
    window.__holdCameraFrames = true;
    const drawImage = CanvasRenderingContext2D.prototype.drawImage;
    CanvasRenderingContext2D.prototype.drawImage = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      if (window.__holdCameraFrames && args[0] instanceof HTMLVideoElement) return;
      return (drawImage as (...a: unknown[]) => void).apply(this, args);
    } as typeof drawImage;
  });

  await page.goto('/');
  await agreeToTerms(page);
  await page.getByRole('button', { name: '初回登録の方はこちら' }).click();
  await expect(page.getByRole('heading', { name: '初期登録用 QR コードの読み取り' })).toBeVisible();

  await page.getByRole('button', { name: 'カメラで読み取る' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'QR コードをカメラに向けてください。' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'カメラを止める' })).toBeVisible();
  const video = page.locator('#qr-reader video');
  await expect(video).toBeVisible();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
  await expectAccessible(page);

  await page.evaluate(() => {
    window.__holdCameraFrames = false;
  });
  await expect(page.getByLabel('初期登録用のパスワード（生年月日8桁）')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/register/password');

  await enterPassword(page, holder.password);
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  await expect(page.getByLabel('Username（本人ID）')).toHaveValue(holder.personId);
});
