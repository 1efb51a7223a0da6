import { timingSafeEqual } from 'node:crypto';

/** Compares a presented token with the harness's own in constant time. */
export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
