/**
 * Draws the seed images (no image library: raw pixels, zlib, and a hand-written PNG encoder):
 *
 * - assets/bankers/<id>.png   96×96 avatars: a coloured disc with the banker's initials.
 * - assets/id-cards/<P>.png   428×270 sample "ID cards" with a portrait, text bars and the ID number.
 *
 *   tsx sandbox/seed/make-images.ts
 *
 * The sandbox OCR recognizes a card by the SHA-256 of its file, read when the database is seeded,
 * so regenerating the images only needs a reseed (--reset), not a code change.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import YAML from 'yaml'

type Rgb = readonly [number, number, number]

const ASSETS = path.join(__dirname, 'assets')
const SEED = path.join(__dirname, 'seed.yaml')

/** Pinyin initials of the seeded bankers (the image has no CJK font). */
const BANKER_INITIALS: Record<string, string> = { BK01: 'ZM', BK02: 'CH', BK03: 'LX', BK04: 'MJ', BK05: 'HZ' }
const PALETTE: readonly Rgb[] = [
  [0x1f, 0x7a, 0x8c],
  [0xc0, 0x39, 0x2b],
  [0x27, 0xae, 0x60],
  [0x8e, 0x44, 0xad],
  [0xd3, 0x54, 0x00],
  [0x2c, 0x3e, 0x50],
]

// ---------------------------------------------------------------------------------------------
// A tiny raster

class Canvas {
  readonly pixels: Uint8Array

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3)
    this.rect(0, 0, width, height, background)
  }

  set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return
    const i = (y * this.width + x) * 3
    this.pixels[i] = c[0]
    this.pixels[i + 1] = c[1]
    this.pixels[i + 2] = c[2]
  }

  rect(x0: number, y0: number, w: number, h: number, c: Rgb): void {
    for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) this.set(x, y, c)
  }

  disc(cx: number, cy: number, r: number, c: Rgb): void {
    for (let y = cy - r; y <= cy + r; y++) {
      for (let x = cx - r; x <= cx + r; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) this.set(x, y, c)
    }
  }

  text(s: string, x: number, y: number, scale: number, c: Rgb): void {
    for (const [k, ch] of [...s].entries()) {
      const glyph = FONT[ch] ?? FONT['?']
      glyph.forEach((row, gy) => {
        for (let gx = 0; gx < 5; gx++) if (row[gx] === '#') this.rect(x + (k * 6 + gx) * scale, y + gy * scale, scale, scale, c)
      })
    }
  }
}

/** Width in pixels of `s` drawn at `scale` (5 px glyphs, 1 px spacing). */
function textWidth(s: string, scale: number): number {
  return (s.length * 6 - 1) * scale
}

// 5×7 glyphs for the characters the images need.
const FONT: Record<string, readonly string[]> = {
  A: ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  G: ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  I: ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  O: ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  Q: ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  S: ['.####', '#....', '#....', '.###.', '....#', '....#', '####.'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  V: ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
  Z: ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####'],
  '0': ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.'],
  '1': ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.'],
  '2': ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####'],
  '3': ['####.', '....#', '....#', '.###.', '....#', '....#', '####.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '5': ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.'],
  '6': ['.###.', '#....', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '8': ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '....#', '.###.'],
  ' ': ['.....', '.....', '.....', '.....', '.....', '.....', '.....'],
  '?': ['.###.', '#...#', '....#', '...#.', '..#..', '.....', '..#..'],
}

// ---------------------------------------------------------------------------------------------
// PNG encoding (8-bit RGB, no interlace)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Buffer): number {
  let c = 0xffffffff
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typed))
  return Buffer.concat([length, typed, crc])
}

export function encodePng(canvas: Canvas): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(canvas.width, 0)
  header.writeUInt32BE(canvas.height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: RGB
  const stride = canvas.width * 3
  const raw = Buffer.alloc((stride + 1) * canvas.height)
  for (let y = 0; y < canvas.height; y++) {
    raw[y * (stride + 1)] = 0 // filter: none
    Buffer.from(canvas.pixels.buffer, y * stride, stride).copy(raw, y * (stride + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// ---------------------------------------------------------------------------------------------
// The images

const WHITE: Rgb = [255, 255, 255]

function avatar(initials: string, colour: Rgb): Canvas {
  const c = new Canvas(96, 96, WHITE)
  c.disc(47, 47, 46, colour)
  const scale = 5
  c.text(initials, Math.round((96 - textWidth(initials, scale)) / 2), Math.round((96 - 7 * scale) / 2), scale, WHITE)
  return c
}

function idCard(personId: string, idNumber: string, colour: Rgb): Canvas {
  const paper: Rgb = [0xee, 0xf3, 0xf1]
  const ink: Rgb = [0x4a, 0x4a, 0x4a]
  const c = new Canvas(428, 270, paper)
  // Guilloche-like background lines in the person's colour, faint.
  const tint: Rgb = [Math.round((colour[0] + 3 * paper[0]) / 4), Math.round((colour[1] + 3 * paper[1]) / 4), Math.round((colour[2] + 3 * paper[2]) / 4)]
  for (let x = 0; x < 428; x += 14) for (let y = 0; y < 270; y++) c.set(x + Math.round(4 * Math.sin(y / 9)), y, tint)
  c.rect(0, 0, 428, 6, colour)
  c.rect(0, 264, 428, 6, colour)
  // Text lines standing for 姓名, 性别/民族, 出生, 住址 (two lines).
  const bars: [number, number, number][] = [[24, 34, 70], [24, 66, 120], [24, 98, 150], [24, 130, 200], [24, 150, 170]]
  for (const [x, y, w] of bars) {
    c.rect(x, y, 36, 10, colour)
    c.rect(x + 44, y, w, 10, ink)
  }
  // Portrait.
  c.rect(296, 30, 108, 136, [0xdd, 0xe6, 0xea])
  c.disc(350, 78, 26, [0x9a, 0xa8, 0xb0])
  c.disc(350, 160, 44, [0x9a, 0xa8, 0xb0])
  c.rect(296, 166, 108, 40, paper)
  // The ID number, and a sample mark.
  c.text(idNumber, 24, 216, 2, ink)
  c.text(`SAMPLE ${personId}`, 296, 182, 2, colour)
  return c
}

interface RawSeed {
  bankers?: { id: string; photo: string }[]
  registry?: { people?: { id: string; idNumber: string; cardImage?: string }[] }
}

function write(rel: string, canvas: Canvas): void {
  const file = path.join(ASSETS, rel)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, encodePng(canvas))
  console.log(`wrote ${path.relative(process.cwd(), file)}`)
}

export function makeImages(): void {
  const seed = YAML.parse(fs.readFileSync(SEED, 'utf8')) as RawSeed
  ;(seed.bankers ?? []).forEach((b, i) => write(b.photo, avatar(BANKER_INITIALS[b.id] ?? b.id.slice(-2), PALETTE[i % PALETTE.length])))
  ;(seed.registry?.people ?? []).forEach((p, i) => {
    if (p.cardImage) write(p.cardImage, idCard(p.id, p.idNumber, PALETTE[(i + 2) % PALETTE.length]))
  })
}

if (require.main === module) makeImages()
