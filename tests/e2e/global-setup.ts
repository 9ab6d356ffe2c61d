import { prepareFakeCamera } from './fixtures/fake-camera';
import { holderWithTicket } from './fixtures/operator';

/**
 * Runs after Playwright's webServer is up (so the operator CLI sees the same fresh database) and
 * before any browser launches: issues the ticket the fake camera will show, then renders its QR as
 * the camera video and as photos (fixtures/fake-camera.ts).
 */
export default async function globalSetup() {
  await prepareFakeCamera(await holderWithTicket());
}
