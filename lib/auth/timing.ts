/**
 * Answers no sooner than `floorMs` after `startedAt`, so that a wrong number, an unknown passkey and
 * a revoked one take the same time as each other (and as a success) from the outside (spec §5).
 */
export async function atLeast<T>(startedAt: number, floorMs: number, value: T): Promise<T> {
  const wait = startedAt + floorMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return value;
}
