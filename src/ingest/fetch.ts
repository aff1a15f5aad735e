// Fetching one URL for `dossier analyze https://...`: Node's fetch with redirects followed by hand, so that every
// hop's host is resolved and refused when it is private, loopback or link-local (SSRF), unless allowPrivate; one
// timeout for the whole exchange; the body read as a stream and cut at maxBytes (after gzip decoding, so a
// compressed bomb stops there too).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { webInput as limits } from '../settings.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Allow private, loopback and link-local addresses (off by default: a URL must not reach the local network). */
  allowPrivate: boolean;
  userAgent: string;
  /** Which resolved addresses are refused when allowPrivate is off; defaults to isPrivateAddress. */
  refuseAddress?: (address: string) => boolean;
}

export interface FetchedPage {
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

export const defaultFetchOptions: FetchOptions = {
  timeoutMs: limits.fetchTimeoutMs,
  maxBytes: limits.fetchMaxBytes,
  maxRedirects: limits.fetchMaxRedirects,
  allowPrivate: false,
  userAgent: limits.userAgent,
};

/** Address ranges no public web page lives in (RFC 6890 special-purpose registries). */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

const MAPPED_IPV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** True for loopback, private, link-local, multicast and other non-public addresses. */
export function isPrivateAddress(address: string): boolean {
  const mapped = MAPPED_IPV4.exec(address);
  if (mapped) return NON_PUBLIC.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  if (family === 4) return NON_PUBLIC.check(address, 'ipv4');
  if (family === 6) return NON_PUBLIC.check(address, 'ipv6');
  return true;
}

async function assertPublicHost(url: URL, refuse: (address: string) => boolean): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  const blocked = addresses.find(refuse);
  if (blocked !== undefined) {
    throw new Error(`${url.href}: refused, ${host} resolves to a private or loopback address (${blocked}); use --allow-private to fetch it`);
  }
}

async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`${url}: body of ${declared} bytes is larger than the ${maxBytes}-byte limit`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`${url}: body is larger than the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** Fetches a URL; throws an Error naming the URL on refusal, timeout, too many redirects, HTTP errors or size. */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchedPage> {
  const settings = { ...defaultFetchOptions, ...options };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new Error(`${url}: not a valid URL`);
  }
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new Error(`${current.href}: only http and https URLs are fetched`);
      if (!settings.allowPrivate) await assertPublicHost(current, settings.refuseAddress ?? isPrivateAddress);
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': settings.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= settings.maxRedirects) throw new Error(`${url}: more than ${settings.maxRedirects} redirects`);
        current = new URL(location, current);
        continue;
      }
      if (response.status >= 400) {
        await response.body?.cancel();
        throw new Error(`${current.href}: HTTP ${response.status} ${response.statusText}`.trim());
      }
      const body = await readBody(response, settings.maxBytes, current.href);
      return { finalUrl: current.href, status: response.status, contentType: response.headers.get('content-type'), body };
    }
  } catch (error) {
    if (signal.aborted) throw new Error(`${url}: no complete answer within ${settings.timeoutMs} ms`);
    if (error instanceof Error && error.message.includes('://')) throw error;
    throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
