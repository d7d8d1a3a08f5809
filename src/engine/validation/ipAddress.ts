/** IP address syntax (netutils.ParseIPSloppy accepts the same forms for our purposes). */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseIPv4(value: string): number | undefined {
  const m = IPV4.exec(value);
  if (!m) return undefined;
  let out = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    out = out * 256 + octet;
  }
  return out;
}

export function formatIPv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export function isIP(value: string): boolean {
  if (parseIPv4(value) !== undefined) return true;
  if (!value.includes(':') || !/^[0-9a-fA-F:.]+$/.test(value)) return false;
  const doubleColons = value.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groups = value.split(':').filter((g) => g !== '');
  const last = groups[groups.length - 1] ?? '';
  const embeddedV4 = last.includes('.');
  if (embeddedV4 && parseIPv4(last) === undefined) return false;
  const count = groups.length + (embeddedV4 ? 1 : 0);
  if (!groups.every((g, i) => (i === groups.length - 1 && embeddedV4) || /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return doubleColons === 1 ? count < 8 : count === 8;
}

export const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
