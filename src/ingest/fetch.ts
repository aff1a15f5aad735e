// Fetching one URL for `dossier analyze https://...`: node:http/https with redirects followed by hand. Every
// connection resolves its host through a lookup hook that refuses private, loopback and link-local answers (SSRF)
// unless allowPrivate, and the socket connects to exactly the address that was checked: a DNS answer that changes
// between a check and the connection (DNS rebinding) cannot slip through. IP literals are checked before
// connecting. One timeout for the whole exchange; the body is decoded (gzip, deflate, brotli) as a stream and cut
// at maxBytes after decoding, so a compressed bomb stops there too.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
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
  /** The DNS resolver behind the lookup hook; defaults to dns.lookup (tests pass their own answers). */
  resolve?: Resolver;
}

/** dns.lookup's shape with `all: true`: every address of a host name. */
export type Resolver = (hostname: string, options: LookupOptions & { all: true }, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
/** The `lookup` option of http.request / net.connect. */
export type LookupHook = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

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

function refusal(href: string, host: string, address: string): Error {
  return new Error(`${href}: refused, ${host} resolves to a private or loopback address (${address}); use --allow-private to fetch it`);
}

/**
 * A lookup hook for http.request that resolves the host and fails when any answer is refused: the socket then
 * connects to an address that passed the check, never to one resolved again later.
 */
export function publicOnlyLookup(refuse: (address: string) => boolean, resolve: Resolver = dnsLookup as unknown as Resolver): LookupHook {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const blocked = addresses.find((a) => refuse(a.address));
      if (blocked) return callback(Object.assign(refusal(`http://${hostname}/`, hostname, blocked.address), { code: 'EREFUSEDPRIVATE' }), []);
      if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function get(url: URL, settings: FetchOptions, signal: AbortSignal, lookup: LookupHook | undefined): Promise<IncomingMessage> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: 'GET',
      signal,
      agent: false,
      ...(lookup ? { lookup } : {}),
      headers: {
        'user-agent': settings.userAgent,
        accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    }, resolve);
    request.on('error', reject);
    request.end();
  });
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').toLowerCase().trim();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return response;
}

async function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    response.destroy();
    throw new Error(`${url}: body of ${declared} bytes is larger than the ${maxBytes}-byte limit`);
  }
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new Error(`${url}: body is larger than the ${maxBytes}-byte limit`);
      chunks.push(chunk);
    }
  } finally {
    if (size > maxBytes) {
      stream.destroy();
      response.destroy();
    }
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/** Fetches a URL; throws an Error naming the URL on refusal, timeout, too many redirects, HTTP errors or size. */
export async function fetchUrl(url: string, options: Partial<FetchOptions> = {}): Promise<FetchedPage> {
  const settings = { ...defaultFetchOptions, ...options };
  const refuse = settings.refuseAddress ?? isPrivateAddress;
  const lookup = settings.allowPrivate ? undefined : publicOnlyLookup(refuse, settings.resolve ?? (dnsLookup as unknown as Resolver));
  const resolveForTest = settings.allowPrivate && settings.resolve ? publicOnlyLookup(() => false, settings.resolve) : undefined;
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
      // Sockets skip the lookup hook for IP literals: check those here.
      const host = current.hostname.replace(/^\[|\]$/g, '');
      if (!settings.allowPrivate && isIP(host) && refuse(host)) throw refusal(current.href, host, host);
      const response = await get(current, settings, signal, lookup ?? resolveForTest);
      const location = response.headers.location;
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        if (hop >= settings.maxRedirects) throw new Error(`${url}: more than ${settings.maxRedirects} redirects`);
        current = new URL(location, current);
        continue;
      }
      if (status >= 400) {
        response.destroy();
        throw new Error(`${current.href}: HTTP ${status} ${response.statusMessage ?? ''}`.trim());
      }
      const body = await readBody(response, settings.maxBytes, current.href);
      const contentType = response.headers['content-type'] ?? null;
      return { finalUrl: current.href, status, contentType, body };
    }
  } catch (error) {
    if (signal.aborted) throw new Error(`${url}: no complete answer within ${settings.timeoutMs} ms`);
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'EREFUSEDPRIVATE') {
      throw new Error(error.message.replace(/^http:\/\/[^ ]*?: /, `${current.href}: `));
    }
    if (error instanceof Error && error.message.includes('://')) throw error;
    throw new Error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
