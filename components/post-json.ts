/** POSTs JSON to one of our endpoints; a network failure reads as `server.unavailable`. */
export async function postJson(url: string, body: unknown): Promise<Record<string, unknown>> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, unknown>;
  } catch {
    return { ok: false, code: 'server.unavailable' };
  }
}
