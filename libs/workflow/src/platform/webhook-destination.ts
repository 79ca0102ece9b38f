import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { invalid } from '@app/domain';

/**
 * Addresses a webhook must not reach from the API's network: loopback, link-local (the cloud
 * metadata service at 169.254.169.254), private ranges, unspecified, multicast and reserved.
 * IPv4 addresses written as IPv6 (::ffff:127.0.0.1) are judged as IPv4.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  return family === 0 || INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Where a delivery connects: the address checked, so that a second lookup cannot move it (DNS rebinding). */
export interface Destination {
  url: URL;
  /** The host name (or literal address) as written, without an IPv6 literal's brackets. */
  host: string;
  address: string;
}

/**
 * Resolves a webhook URL and refuses it when any address it resolves to is internal, unless the
 * deployment allows that (WEBHOOK_ALLOW_PRIVATE, for a receiver on the same network or a test).
 */
export async function webhookDestination(url: string, allowInternal: boolean): Promise<Destination> {
  const refuse = (message: string) => invalid([{ field: 'url', code: 'DESTINATION_REFUSED', message }]);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse('url is not a URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw refuse('url is http(s)');
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw refuse(`the host ${host} does not resolve`);
  }
  if (!addresses.length) throw refuse(`the host ${host} does not resolve`);
  const internal = addresses.find(isInternalAddress);
  if (internal && !allowInternal) {
    const where = internal === host ? host : `${host} resolves to ${internal}, which`;
    throw refuse(`${where} is an internal address (loopback, link-local or private); WEBHOOK_ALLOW_PRIVATE=true allows it`);
  }
  return { url: parsed, host, address: addresses[0] };
}
