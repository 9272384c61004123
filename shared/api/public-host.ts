// Whether a URL's host is on the public internet. A citation link that points at this machine or the local
// network (a router page, a dev server, a printer) is never something a source cites, and opening one from a
// document someone else wrote is how a crafted file reaches local services. Hosts arrive normalised by the
// WHATWG URL parser (lower case, IDN as punycode, IPv4 in dotted decimal, IPv6 in brackets, compressed).

/** The reason a host is not public, or null when it is. */
export function nonPublicHostReason(hostname: string): string | null {
  if (hostname.startsWith('[')) return ipv6Reason(hostname.slice(1, -1));
  const ipv4 = parseIpv4(hostname);
  if (ipv4) return ipv4Reason(ipv4);
  const name = hostname.replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'it points at this computer';
  if (/\.(local|localdomain|internal|intranet|lan|home\.arpa)$/.test(name)) return 'it points at the local network';
  if (!name.includes('.')) return 'it names a local host, not a public web site';
  return null;
}

function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const bytes = parts.map(Number);
  return bytes.every((b) => b <= 255) ? bytes : null;
}

function ipv4Reason([a, b]: number[]): string | null {
  if (a === undefined || b === undefined) return null;
  if (a === 127 || a === 0) return 'it points at this computer';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168))
    return 'it points at the local network';
  if (a === 169 && b === 254) return 'it points at the local network';
  if (a === 100 && b >= 64 && b <= 127) return 'it points at the local network';
  if (a >= 224) return 'it is not a web server address';
  return null;
}

function ipv6Reason(address: string): string | null {
  if (address === '::1' || address === '::') return 'it points at this computer';
  const mapped =
    /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address) ?? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) return ipv4Reason(mappedIpv4(mapped));
  const first = Number.parseInt(address.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return 'it points at the local network';
  if ((first & 0xffc0) === 0xfe80) return 'it points at the local network';
  if ((first & 0xff00) === 0xff00) return 'it is not a web server address';
  return null;
}

/** ::ffff:a.b.c.d, which the URL parser writes as ::ffff:XXXX:XXXX. */
function mappedIpv4(match: RegExpExecArray): number[] {
  if (match[2] === undefined) return parseIpv4(match[1] ?? '') ?? [];
  const high = Number.parseInt(match[1] ?? '0', 16);
  const low = Number.parseInt(match[2], 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}
