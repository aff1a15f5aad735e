// The web UI's defences: a strict Content-Security-Policy and friends on every response, a Host check against
// DNS rebinding, and a same-origin check plus a per-process token on every POST (CSRF).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { STYLE_HASH } from '../report/html.js';

/** No script at all; only the page's own stylesheet; forms post to this server only. */
export const SERVER_CSP =
  `default-src 'none'; style-src ${STYLE_HASH}; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', SERVER_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts and the CSRF check fails.
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Cache-Control', 'no-store');
  };
}

/**
 * A page from another site must not reach this server through a name that resolves to 127.0.0.1 (DNS rebinding):
 * requests are served only under the host names the server was started with.
 */
export function hostCheck(allowed: () => Set<string> | null): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    const allowedHosts = allowed();
    if (allowedHosts !== null && !allowedHosts.has(host)) return c.text(`unknown host "${host}"`, 421);
    await next();
  };
}

export function allowedHostNames(host: string, port: number): Set<string> | null {
  if (host === '0.0.0.0' || host === '::') return null;
  const names = new Set([`${host}:${port}`, `127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  return new Set([...names].map((n) => n.toLowerCase()));
}

export class CsrfGuard {
  readonly token = randomBytes(24).toString('base64url');

  private tokenMatches(given: unknown): boolean {
    if (typeof given !== 'string') return false;
    const a = Buffer.from(given);
    const b = Buffer.from(this.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Why a POST is refused, or null when it came from one of this server's own forms. */
  refusal(c: Context, formToken: unknown): string | null {
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin') return `cross-site request (${site})`;
    const origin = c.req.header('origin');
    const expected = `${new URL(c.req.url).protocol}//${c.req.header('host') ?? ''}`;
    if (origin !== undefined && origin !== expected) return 'request from another origin';
    if (!this.tokenMatches(formToken)) return 'missing or wrong form token (reload the form and try again)';
    return null;
  }
}
