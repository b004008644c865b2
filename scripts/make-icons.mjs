// Draws the Báo Gọn icon (a folded newspaper page with a highlighted line) into PNGs.
// Run: node scripts/make-icons.mjs  → public/icon/{16,32,48,128}.png
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};

function draw(size) {
  const px = new Uint8Array(size * size * 4);
  const S = 4; // supersampling
  const inRound = (x, y, x0, y0, x1, y1, r) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  const colorAt = (u, v) => {
    // u, v in [0,1]
    if (!inRound(u, v, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
    let c = [192, 41, 43, 255]; // red ground
    if (inRound(u, v, 0.2, 0.16, 0.8, 0.84, 0.05)) {
      c = [255, 250, 240, 255]; // paper
      if (v > 0.24 && v < 0.34 && u > 0.28 && u < 0.72) c = [40, 40, 40, 255]; // headline
      if (v > 0.42 && v < 0.5 && u > 0.26 && u < 0.74) c = [250, 204, 21, 255]; // highlighted line
      for (const y of [0.56, 0.66, 0.76]) if (v > y && v < y + 0.045 && u > 0.28 && u < (y > 0.7 ? 0.6 : 0.72)) c = [120, 120, 120, 255];
    }
    return c;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colorAt((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (c) for (let i = 0; i < 4; i++) acc[i] += c[i] * (i === 3 ? 1 : c[3] / 255);
        }
      }
      const n = S * S;
      const a = acc[3] / n;
      const o = (y * size + x) * 4;
      px[o] = a ? acc[0] / (a * n / 255) : 0;
      px[o + 1] = a ? acc[1] / (a * n / 255) : 0;
      px[o + 2] = a ? acc[2] / (a * n / 255) : 0;
      px[o + 3] = a;
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(px.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
console.log('icons written');
