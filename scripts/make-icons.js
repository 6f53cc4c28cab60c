#!/usr/bin/env node
/**
 * Generates the add-in's PNG icons (assets/icon-<size>.png): a white check mark on a rounded blue square.
 *
 * Deterministic (same bytes on every run and machine) and dependency-free: the shapes are rasterised
 * with 8×8 supersampling and written as RGBA PNGs with Node's zlib. Run `node scripts/make-icons.js`
 * after changing the design; the PNGs are committed so that builds need not run this.
 *
 * Sizes: 16, 32, 80 are required by the manifest's <Icon> elements; 20, 24, 40, 48, 64 are the optional
 * ribbon sizes Office picks for other DPI scales; 64 is the HighResolutionIconUrl; 128 is for the
 * AppSource/admin-center listing.
 */
const fs = require('fs');
const path = require('path');
const { TextEncoder } = require('util');
const zlib = require('zlib');

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const BACKGROUND = [0x0f, 0x6c, 0xbd]; // Fluent brand blue
const FOREGROUND = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 8;

/** Check-mark polyline in unit coordinates (x right, y down). */
const CHECK = [
  [0.26, 0.52],
  [0.43, 0.69],
  [0.75, 0.33],
];

function insideRoundedSquare(x, y, size) {
  const margin = size * 0.03;
  const radius = size * 0.2;
  const lo = margin + radius;
  const hi = size - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  if (x < margin || y < margin || x > size - margin || y > size - margin) return false;
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideCheck(x, y, size) {
  // At least 2 px wide so that the 16 px icon stays legible.
  const half = Math.max(size * 0.055, 1);
  for (let i = 0; i + 1 < CHECK.length; i++) {
    const [ax, ay] = CHECK[i];
    const [bx, by] = CHECK[i + 1];
    if (distanceToSegment(x, y, ax * size, ay * size, bx * size, by * size) <= half) return true;
  }
  return false;
}

/** RGBA pixels, straight (non-premultiplied) alpha. */
function render(size) {
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLE;
          const y = py + (sy + 0.5) / SUPERSAMPLE;
          if (!insideRoundedSquare(x, y, size)) continue;
          square++;
          if (insideCheck(x, y, size)) check++;
        }
      }
      const o = (py * size + px) * 4;
      if (square === 0) continue;
      const f = check / square;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(BACKGROUND[c] * (1 - f) + FOREGROUND[c] * f);
      pixels[o + 3] = Math.round((255 * square) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = new Uint8Array(4 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  out.set(typeAndData, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits, no interlace, filter 0 on every row). */
function encodePng(size, pixels) {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, size);
  hv.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    raw.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', new Uint8Array(idat)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const total = parts.reduce((s, p) => s + p.length, 0);
  const png = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    png.set(p, offset);
    offset += p.length;
  }
  return png;
}

function makeIcons(outDir = path.join(__dirname, '..', 'assets')) {
  fs.mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    written.push(file);
  }
  return written;
}

module.exports = { makeIcons, encodePng, render, SIZES };

if (require.main === module) {
  for (const file of makeIcons()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
