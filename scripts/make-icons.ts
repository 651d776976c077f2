/**
 * Draws the add-in's icons (16, 32, 64, 80 and 128 px PNGs in assets/): a blue tile with three bars
 * of different heights, the shares of a fee. Pure Node (zlib), so it runs anywhere: npm run icons.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number): Buffer {
  const radius = size * 0.18;
  const bars = [0.45, 0.7, 0.3]; // heights as a share of the inner height
  return png(size, (x, y) => {
    const cx = Math.min(x, size - 1 - x);
    const cy = Math.min(y, size - 1 - y);
    const outside = cx < radius && cy < radius && Math.hypot(radius - cx, radius - cy) > radius;
    if (outside) return [0, 0, 0, 0];
    const inner = size * 0.2;
    const width = (size - 2 * inner) / 3;
    const bar = Math.floor((x - inner) / width);
    if (x >= inner && x < size - inner && bar >= 0 && bar < 3) {
      const top = size - inner - bars[bar]! * (size - 2 * inner);
      const gap = (x - inner) % width < width * 0.2;
      if (!gap && y >= top && y < size - inner) return [255, 255, 255, 255];
    }
    return [0x0f, 0x6c, 0xbd, 255]; // Fluent brand blue
  });
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(resolve(__dirname, `../assets/icon-${size}.png`), icon(size));
}
console.log('Wrote assets/icon-{16,32,64,80,128}.png');
