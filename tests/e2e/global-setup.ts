import { prepareFakeCamera } from './fixtures/fake-camera';
import { holderWithTicket } from './fixtures/operator';

/**
 * Runs after Playwright's webServer is up (so the operator CLI writes to the same fresh database)
 * and before any test: issues the ticket the fake camera will show and renders its QR as a clip
 * and pictures for this run (fixtures/fake-camera.ts).
 */
export default async function globalSetup() {
  await prepareFakeCamera(await holderWithTicket());
}
