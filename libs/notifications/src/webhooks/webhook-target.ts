import { type LookupAddress, lookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may go. A tenant chooses the URL, and LeadRelay's worker calls it from inside
 * the operator's network, so a URL pointing at 127.0.0.1, 10.0.0.0/8 or the cloud metadata service
 * (169.254.169.254) would let a tenant reach machines it must not. The address classes come from
 * ipaddr.js; IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
 */
export type AddressClass = 'public' | 'private' | 'forbidden';

/** Ranges that are fine for a receiver on the operator's own network, when the configuration allows it. */
const PRIVATE_RANGES: ReadonlySet<string> = new Set([
  'private',
  'loopback',
  'linkLocal',
  'uniqueLocal',
  'carrierGradeNat',
  'deprecatedSiteLocal',
  // 0.0.0.0 and :: reach the local machine.
  'unspecified',
]);

export function classifyAddress(address: string): AddressClass {
  const range: string = ipaddr.process(address).range();
  if (range === 'unicast') return 'public';
  // Everything else (multicast, broadcast, documentation, reserved, 6to4, NAT64, ...) is never a receiver.
  return PRIVATE_RANGES.has(range) ? 'private' : 'forbidden';
}

/** Why LeadRelay refuses to call an address. */
export class WebhookTargetRefused extends Error {}

function assertAddressAllowed(host: string, address: string, allowPrivate: boolean): void {
  const kind = classifyAddress(address);
  if (kind === 'public' || (kind === 'private' && allowPrivate)) return;
  const where = host === address ? address : `${host} (${address})`;
  throw new WebhookTargetRefused(
    kind === 'private'
      ? `${where} is a private, loopback or link-local address; webhooks go to public addresses only.`
      : `${where} is not an address a webhook can be sent to.`,
  );
}

/** The URL's host without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

function isLiteral(host: string): boolean {
  return isIP(host) !== 0 || ipaddr.isValid(host);
}

/** What is wrong with the URL's form, or null: http(s) only, a host, no credentials in it. */
export function urlFormProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter an absolute URL such as https://crm.example.com/hooks/leadrelay.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http and https URLs can receive webhooks.';
  if (!url.hostname) return 'The URL needs a host.';
  if (url.username || url.password) {
    return 'Put no credentials in the URL; the receiver checks the webhook-signature header instead.';
  }
  return null;
}

function lookupAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) =>
    lookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}

/**
 * Resolves the URL's host as the connection would (node:dns lookup) and refuses it unless every
 * address it resolves to is allowed. Used when an endpoint is registered or changed.
 */
export async function assertTargetAllowed(url: URL, allowPrivate: boolean): Promise<void> {
  const host = hostOf(url);
  if (isLiteral(host)) {
    assertAddressAllowed(host, host, allowPrivate);
    return;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAll(host);
  } catch {
    throw new WebhookTargetRefused(`${host} does not resolve to an address.`);
  }
  for (const { address } of addresses) assertAddressAllowed(host, address, allowPrivate);
}

/**
 * A `lookup` for the delivery's own connection: it resolves the host with node:dns and refuses the
 * connection unless every address is allowed. The socket then connects to exactly the address that
 * was checked, so a DNS answer that changes between a check and the connection (DNS rebinding)
 * cannot slip a private address in. Hosts given as IP literals never reach a lookup: check them
 * with `assertLiteralAllowed` first.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (host, options, callback) => {
    lookup(host, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      try {
        for (const { address } of addresses) assertAddressAllowed(host, address, allowPrivate);
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}

/** Refuses a URL whose host is an IP literal that is not allowed (the connection does no lookup for it). */
export function assertLiteralAllowed(url: URL, allowPrivate: boolean): void {
  const host = hostOf(url);
  if (isLiteral(host)) assertAddressAllowed(host, host, allowPrivate);
}
