/**
 * The phones of the flow benches (scripts/bench/flow.ts, scale.ts): a software-passkey client that
 * makes every request a phone makes, screen by screen, over HTTP.
 */
import { SoftPasskey } from '../../tests/support/soft-passkey';

/** The parts of the creation options the software passkey needs. */
export type CreationOptions = { challenge: string; rp: { id?: string }; user: { id: string } };

/** navigator.credentials.create() of a phone that verifies its user (tests/support/soft-passkey.ts). */
export const createCredential = (options: CreationOptions, origin: string) =>
  new SoftPasskey({ rpId: options.rp.id ?? new URL(origin).hostname, origin }, options.user.id).registration(
    options.challenge,
  );

export type Ticket = { personId: string; code: string };
export const BIRTH = '19800401';

/**
 * One phone: a cookie jar, its own client address (the site runs with TRUST_PROXY=1). `base` is the
 * site's public origin (what the phone's Origin header and its passkey name); `connect` the
 * instance it talks to, when a load balancer would pick one (scripts/bench/scale.ts).
 */
export class Client {
  private jar = new Map<string, string>();
  constructor(
    private base: string,
    private ip: string,
    private connect = base,
  ) {}

  async call(method: string, url: string, body?: { form?: Record<string, string>; json?: unknown }) {
    const headers: Record<string, string> = {
      cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '),
      origin: this.base,
      'x-forwarded-for': this.ip,
    };
    let payload: string | undefined;
    if (body?.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(body.form).toString();
    } else if (body?.json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json);
    }
    const res = await fetch(this.connect + url, { method, headers, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [kv = ''] = c.split(';');
      const i = kv.indexOf('=');
      const value = kv.slice(i + 1);
      if (value === '' || /max-age=0/i.test(c)) this.jar.delete(kv.slice(0, i));
      else this.jar.set(kv.slice(0, i), value);
    }
    return { status: res.status, location: res.headers.get('location') ?? '', text: await res.text() };
  }

  async redirect(method: string, url: string, to: string, form?: Record<string, string>) {
    const r = await this.call(method, url, form && { form });
    if (![302, 303, 307].includes(r.status) || !new URL(r.location, this.base).pathname.startsWith(to))
      throw new Error(`${method} ${url}: ${r.status} → ${r.location}, wanted ${to}`);
  }

  async page(url: string) {
    const r = await this.call('GET', url);
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${r.location}`);
  }

  async json(url: string, json: unknown) {
    const r = await this.call('POST', url, { json });
    const answer = JSON.parse(r.text) as { ok: boolean; options?: CreationOptions };
    if (!answer.ok) throw new Error(`POST ${url}: ${r.text.slice(0, 200)}`);
    return answer;
  }
}

/** The phases of one registration, each the requests a phone makes for that screen. */
export const PHASES = {
  entry: async (c: Client, t: Ticket) => {
    await c.redirect('GET', `/r/${t.code}`, '/');
    await c.page('/');
    await c.redirect('POST', '/api/flow/terms', '/register/password', { agree: 'yes' });
    await c.page('/register/password');
  },
  password: async (c: Client) => {
    await c.redirect('POST', '/api/flow/password', '/register/login', { password: BIRTH });
    await c.page('/register/login');
  },
  login: async (c: Client, t: Ticket) => {
    await c.redirect('POST', '/api/flow/login', '/register/passkey', { username: t.personId });
    await c.page('/register/passkey');
  },
  webauthn: async (c: Client, _t: Ticket, base: string) => {
    const { options } = await c.json('/api/register/options', { marker: null });
    await c.json('/api/register/verify', { response: createCredential(options!, base) });
  },
  label: async (c: Client) => {
    await c.page('/register/label');
    await c.redirect('POST', '/api/flow/label', '/register/complete', { action: 'ok', label: 'bench' });
    await c.page('/register/complete');
  },
};
export type Phase = keyof typeof PHASES;

export async function pool<T>(items: T[], conc: number, fn: (item: T, k: number) => Promise<void>) {
  let i = 0;
  await Promise.all(
    Array.from({ length: conc }, async () => {
      while (i < items.length) {
        const k = i++;
        await fn(items[k] as T, k);
      }
    }),
  );
}
