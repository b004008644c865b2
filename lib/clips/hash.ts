/** A fast, stable, non-cryptographic hash of text (FNV-1a 64-bit over UTF-16 code units, as hex). */

/**
 * Hashes a string with FNV-1a (64-bit, computed as two 32-bit halves) and returns 16 hex digits.
 * Used for `contentHash` and selection keys; not for security.
 */
export function hashText(text: string): string {
  // 64-bit FNV-1a: offset basis 0xcbf29ce484222325, prime 0x100000001b3, split in hi/lo 32-bit words.
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    // multiply (hi, lo) by 0x100000001b3 = 2^40 + 0x1b3
    const loMul = lo * 0x1b3;
    const carry = Math.floor(loMul / 0x100000000);
    const newLo = loMul >>> 0;
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = newLo;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
