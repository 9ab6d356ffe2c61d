import { prepareFakeCamera } from './fixtures/fake-camera';
import { holderWithTicket } from './fixtures/operator';
import { writeE2eCa } from './fixtures/test-ca';

/**
 * Runs after Playwright's webServer is up (so the operator CLI writes to the same fresh database)
 * and before any test: issues the ticket the fake camera will show and renders its QR as a clip
 * and pictures for this run (fixtures/fake-camera.ts); writes the run's HPKI CA (fixtures/test-ca.ts).
 */
export default async function globalSetup() {
  await writeE2eCa();
  await prepareFakeCamera(await holderWithTicket());
}
