// Draws the app icon (build/icon.png, 512×512): a navy rounded square, a white ledger page with ruled
// lines, and a gold badge with a check mark. Shapes are sampled 4×4 per pixel for smooth edges.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png';

const SIZE = 512;
type Rgba = [number, number, number, number];
type Shape = { inside(x: number, y: number): boolean; color: Rgba };

const roundedRect = (x0: number, y0: number, x1: number, y1: number, r: number) => (x: number, y: number) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx: number, cy: number, r: number) => (x: number, y: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** A thick segment from (ax, ay) to (bx, by). */
const stroke = (ax: number, ay: number, bx: number, by: number, w: number) => (x: number, y: number) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

const NAVY: Rgba = [13, 47, 79, 255];
const PAGE: Rgba = [255, 255, 255, 255];
const RULE: Rgba = [164, 185, 209, 255];
const SPINE: Rgba = [15, 76, 129, 255];
const GOLD: Rgba = [242, 169, 0, 255];

const shapes: Shape[] = [
  { inside: roundedRect(16, 16, 496, 496, 104), color: NAVY },
  { inside: roundedRect(112, 92, 400, 420, 26), color: PAGE },
  { inside: roundedRect(112, 92, 150, 420, 0), color: SPINE },
  ...[164, 214, 264, 314].map((y) => ({ inside: roundedRect(184, y, 360, y + 14, 7), color: RULE })),
  { inside: circle(372, 380, 92), color: NAVY },
  { inside: circle(372, 380, 78), color: GOLD },
  { inside: (x: number, y: number) => stroke(330, 382, 360, 412, 24)(x, y) || stroke(360, 412, 414, 350, 24)(x, y), color: NAVY },
];

const pixels = new Uint8Array(SIZE * SIZE * 4);
const SAMPLES = 4;
for (let py = 0; py < SIZE; py += 1) {
  for (let px = 0; px < SIZE; px += 1) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const x = px + (sx + 0.5) / SAMPLES;
        const y = py + (sy + 0.5) / SAMPLES;
        let color: Rgba = [0, 0, 0, 0];
        for (const s of shapes) if (s.inside(x, y)) color = s.color;
        for (let c = 0; c < 4; c += 1) acc[c] = (acc[c] ?? 0) + (c < 3 ? ((color[c] ?? 0) * color[3]) / 255 : color[3]);
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = (acc[3] ?? 0) / n;
    const i = (py * SIZE + px) * 4;
    for (let c = 0; c < 3; c += 1) pixels[i + c] = alpha === 0 ? 0 : Math.round(((acc[c] ?? 0) / n / alpha) * 255);
    pixels[i + 3] = Math.round(alpha);
  }
}

const target = fileURLToPath(new URL('./icon.png', import.meta.url));
writeFileSync(target, encodePng(SIZE, SIZE, pixels));
console.log(`Đã vẽ biểu tượng ${SIZE}×${SIZE}: ${target}`);
