import { BlockList, isIPv4 } from 'node:net';

const lists = new Map<string, BlockList>();

/** `::ffff:10.0.0.1`, as a dual-stack socket reports an IPv4 client, is 10.0.0.1. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function listOf(cidrs: string): BlockList {
  let list = lists.get(cidrs);
  if (!list) {
    list = new BlockList();
    for (const entry of cidrs
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean)) {
      const [address, bits] = entry.split('/') as [string, string | undefined];
      const family = isIPv4(address) ? 'ipv4' : 'ipv6';
      if (bits === undefined) list.addAddress(plain(address), family);
      else list.addSubnet(plain(address), Number(bits), family);
    }
    lists.set(cidrs, list);
  }
  return list;
}

/** Whether an address falls in a comma-separated list of addresses and CIDRs (validated by the config). */
export function inAddressList(cidrs: string, address: string | undefined): boolean {
  if (!address || !cidrs.trim()) return false;
  const ip = plain(address);
  return listOf(cidrs).check(ip, isIPv4(ip) ? 'ipv4' : 'ipv6');
}

/** Fastify's `trustProxy` from TRUST_PROXY (validated by the config): the proxies, or nobody, when X-Forwarded-For is ignored. */
export function trustProxyOption(setting: string): string[] | false {
  const proxies = setting
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  return proxies.length ? proxies : false;
}
