/**
 * Reads sandbox/seed/seed.yaml and checks its shape and its cross-references, so a typo fails at
 * start with a message naming the place (`markets[2].banker: unknown banker "BK9"`), never as a
 * half-seeded database or a 500 later.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { validateBankCard, validateIdNumber, validateMobile } from '../core/domain'
import { sha256Hex } from '../core/vault'
import { checkLendingMarkets, LENDING_SEED_KEYS, readLendingSeed, type LendingSeed } from '../modules/application/lending-seed'
import { readVillageSeed, VILLAGE_SEED_KEYS, type VillageSeed } from '../modules/village/village-seed'

export const SEED_DIR = __dirname
export const SEED_FILE = path.join(SEED_DIR, 'seed.yaml')
export const ASSETS_DIR = path.join(SEED_DIR, 'assets')

export type ProductKind = 'CREDIT' | 'PROPERTY'
export type Gender = 'M' | 'F'

export interface SeedProduct {
  id: string
  name: string
  kind: ProductKind
  maxAmountFen: number
  minRateBps: number
  maxTermMonths: number
  summary: string
}

export interface SeedBanker {
  id: string
  name: string
  title: string
  branch: string
  phone: string
  /** Relative to the assets directory. */
  photo: string
}

export interface SeedMarket {
  id: string
  name: string
  grid: string
  district: string
  address: string
  products: string[]
  /** The default banker. */
  banker: string
  /** Every banker serving the market (includes the default). */
  bankers: string[]
}

export interface SeedStation {
  id: string
  name: string
  village: string
  address: string
  hours: string
  banker: string
}

export interface SeedPerson {
  id: string
  name: string
  idNumber: string
  birthDate: string
  gender: Gender
  /** Relative to the assets directory. */
  cardImage?: string
  note?: string
}

/** A card of the bank's debit-card registry (the draw and repay journey). */
export interface SeedDebitCard {
  id: string
  cardNumber: string
  bankName: string
  /** A registry person id (P01...). */
  holder: string
  balanceFen: number
  note?: string
}

export interface Seed {
  debitCards: SeedDebitCard[]
  products: SeedProduct[]
  bankers: SeedBanker[]
  markets: SeedMarket[]
  stations: SeedStation[]
  registry: { people: SeedPerson[] }
  /** Businesses, tax records, the credit bureau, communities and properties (issue 4). */
  lending: LendingSeed
  /** The village pre-credit product and each station's roster (issue 6). */
  village: VillageSeed
  /** SHA-256 of the seed file, to tell whether a database was seeded from this version. */
  fingerprint: string
}

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'SeedError'
  }
}

const ENTITY_ID = /^[A-Z0-9]{1,8}$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const TOP_LEVEL_KEYS = ['products', 'bankers', 'markets', 'stations', 'registry'] as const
/** Keys later journeys will fill; accepted now as (empty) lists. */
const RESERVED_KEYS: readonly string[] = []
/** Optional top-level lists (absent means empty). */
const OPTIONAL_KEYS = ['debitCards', ...LENDING_SEED_KEYS, ...VILLAGE_SEED_KEYS] as const

type Obj = Record<string, unknown>

/** Reads fields and collects every problem with its path instead of stopping at the first. */
export class Reader {
  readonly problems: string[] = []

  problem(at: string, message: string): void {
    this.problems.push(`${at}: ${message}`)
  }

  object(value: unknown, at: string, keys: { required: string[]; optional?: string[] }): Obj | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem(at, 'must be a mapping')
      return null
    }
    const obj = value as Obj
    const allowed = new Set([...keys.required, ...(keys.optional ?? [])])
    for (const key of Object.keys(obj)) if (!allowed.has(key)) this.problem(`${at}.${key}`, 'unknown key')
    for (const key of keys.required) if (!(key in obj)) this.problem(`${at}.${key}`, 'missing')
    return obj
  }

  list(value: unknown, at: string): unknown[] {
    if (!Array.isArray(value)) {
      this.problem(at, 'must be a list')
      return []
    }
    return value
  }

  text(obj: Obj, key: string, at: string, pattern?: RegExp): string {
    const value = obj[key]
    if (value === undefined) return ''
    if (typeof value !== 'string' || value.trim() === '') {
      this.problem(`${at}.${key}`, 'must be a non-empty string (quote numbers and dates)')
      return ''
    }
    if (pattern && !pattern.test(value)) this.problem(`${at}.${key}`, `"${value}" must match ${pattern}`)
    return value
  }

  optionalText(obj: Obj, key: string, at: string): string | undefined {
    return obj[key] === undefined ? undefined : this.text(obj, key, at)
  }

  int(obj: Obj, key: string, at: string, min: number): number {
    const value = obj[key]
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      if (value !== undefined) this.problem(`${at}.${key}`, `must be an integer >= ${min}`)
      return 0
    }
    return value
  }

  oneOf<T extends string>(obj: Obj, key: string, at: string, values: readonly T[]): T {
    const value = obj[key]
    if (!values.includes(value as T)) {
      if (value !== undefined) this.problem(`${at}.${key}`, `must be one of ${values.join(', ')}`)
      return values[0]
    }
    return value as T
  }

  ids(obj: Obj, key: string, at: string): string[] {
    return this.list(obj[key], `${at}.${key}`).map((v, i) => {
      if (typeof v !== 'string' || !ENTITY_ID.test(v)) this.problem(`${at}.${key}[${i}]`, `must be an id matching ${ENTITY_ID}`)
      return String(v)
    })
  }
}

function readProducts(r: Reader, value: unknown): SeedProduct[] {
  return r.list(value, 'products').flatMap((item, i) => {
    const at = `products[${i}]`
    const o = r.object(item, at, { required: ['id', 'name', 'kind', 'maxAmountFen', 'minRateBps', 'maxTermMonths', 'summary'] })
    if (!o) return []
    return [
      {
        id: r.text(o, 'id', at, ENTITY_ID),
        name: r.text(o, 'name', at),
        kind: r.oneOf(o, 'kind', at, ['CREDIT', 'PROPERTY'] as const),
        maxAmountFen: r.int(o, 'maxAmountFen', at, 1),
        minRateBps: r.int(o, 'minRateBps', at, 1),
        maxTermMonths: r.int(o, 'maxTermMonths', at, 1),
        summary: r.text(o, 'summary', at),
      },
    ]
  })
}

function readBankers(r: Reader, value: unknown): SeedBanker[] {
  return r.list(value, 'bankers').flatMap((item, i) => {
    const at = `bankers[${i}]`
    const o = r.object(item, at, { required: ['id', 'name', 'title', 'branch', 'phone', 'photo'] })
    if (!o) return []
    const phone = r.text(o, 'phone', at)
    const check = validateMobile(phone)
    if (phone && !check.ok) r.problem(`${at}.phone`, check.message)
    return [{ id: r.text(o, 'id', at, ENTITY_ID), name: r.text(o, 'name', at), title: r.text(o, 'title', at), branch: r.text(o, 'branch', at), phone, photo: r.text(o, 'photo', at) }]
  })
}

function readMarkets(r: Reader, value: unknown): SeedMarket[] {
  return r.list(value, 'markets').flatMap((item, i) => {
    const at = `markets[${i}]`
    const o = r.object(item, at, { required: ['id', 'name', 'grid', 'district', 'address', 'products', 'banker', 'bankers'] })
    if (!o) return []
    return [
      {
        id: r.text(o, 'id', at, ENTITY_ID),
        name: r.text(o, 'name', at),
        grid: r.text(o, 'grid', at),
        district: r.text(o, 'district', at),
        address: r.text(o, 'address', at),
        products: r.ids(o, 'products', at),
        banker: r.text(o, 'banker', at, ENTITY_ID),
        bankers: r.ids(o, 'bankers', at),
      },
    ]
  })
}

function readStations(r: Reader, value: unknown): SeedStation[] {
  return r.list(value, 'stations').flatMap((item, i) => {
    const at = `stations[${i}]`
    const o = r.object(item, at, { required: ['id', 'name', 'village', 'address', 'hours', 'banker'] })
    if (!o) return []
    return [
      {
        id: r.text(o, 'id', at, ENTITY_ID),
        name: r.text(o, 'name', at),
        village: r.text(o, 'village', at),
        address: r.text(o, 'address', at),
        hours: r.text(o, 'hours', at),
        banker: r.text(o, 'banker', at, ENTITY_ID),
      },
    ]
  })
}

function readPeople(r: Reader, value: unknown): SeedPerson[] {
  const registry = r.object(value, 'registry', { required: ['people'] })
  if (!registry) return []
  return r.list(registry.people, 'registry.people').flatMap((item, i) => {
    const at = `registry.people[${i}]`
    const o = r.object(item, at, { required: ['id', 'name', 'idNumber', 'birthDate', 'gender'], optional: ['cardImage', 'note'] })
    if (!o) return []
    return [
      {
        id: r.text(o, 'id', at),
        name: r.text(o, 'name', at),
        idNumber: r.text(o, 'idNumber', at),
        birthDate: r.text(o, 'birthDate', at, ISO_DATE),
        gender: r.oneOf(o, 'gender', at, ['M', 'F'] as const),
        cardImage: r.optionalText(o, 'cardImage', at),
        note: r.optionalText(o, 'note', at),
      },
    ]
  })
}

function readDebitCards(r: Reader, value: unknown, people: SeedPerson[]): SeedDebitCard[] {
  if (value === undefined) return []
  const holders = new Set(people.map((p) => p.id))
  const cards = r.list(value, 'debitCards').flatMap((item, i) => {
    const at = `debitCards[${i}]`
    const o = r.object(item, at, { required: ['id', 'cardNumber', 'bankName', 'holder', 'balanceFen'], optional: ['note'] })
    if (!o) return []
    const cardNumber = r.text(o, 'cardNumber', at)
    const check = validateBankCard(cardNumber)
    if (cardNumber && !check.ok) r.problem(`${at}.cardNumber`, check.message)
    const holder = r.text(o, 'holder', at)
    if (holder && !holders.has(holder)) r.problem(`${at}.holder`, `unknown registry person "${holder}"`)
    return [
      {
        id: r.text(o, 'id', at, ENTITY_ID),
        cardNumber,
        bankName: r.text(o, 'bankName', at),
        holder,
        balanceFen: r.int(o, 'balanceFen', at, 0),
        note: r.optionalText(o, 'note', at),
      },
    ]
  })
  checkUnique(r, 'debitCards', cards.map((c) => c.id))
  checkUnique(r, 'debitCards (cardNumber)', cards.map((c) => c.cardNumber))
  return cards
}

function checkUnique(r: Reader, what: string, ids: string[]): void {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) r.problem(what, `duplicate id "${id}"`)
    seen.add(id)
  }
}

function checkReferences(r: Reader, seed: Omit<Seed, 'fingerprint'>): void {
  const products = new Set(seed.products.map((p) => p.id))
  const bankers = new Set(seed.bankers.map((b) => b.id))
  seed.markets.forEach((m, i) => {
    m.products.forEach((p, j) => products.has(p) || r.problem(`markets[${i}].products[${j}]`, `unknown product "${p}"`))
    m.bankers.forEach((b, j) => bankers.has(b) || r.problem(`markets[${i}].bankers[${j}]`, `unknown banker "${b}"`))
    if (!bankers.has(m.banker)) r.problem(`markets[${i}].banker`, `unknown banker "${m.banker}"`)
    else if (!m.bankers.includes(m.banker)) r.problem(`markets[${i}].bankers`, `must include the default banker "${m.banker}"`)
  })
  seed.stations.forEach((s, i) => bankers.has(s.banker) || r.problem(`stations[${i}].banker`, `unknown banker "${s.banker}"`))
}

/** The ID number must be valid and agree with the stated birth date and gender. */
function checkPerson(r: Reader, p: SeedPerson, at: string): void {
  const check = validateIdNumber(p.idNumber)
  if (!check.ok) {
    r.problem(`${at}.idNumber`, check.message)
    return
  }
  const birth = `${p.idNumber.slice(6, 10)}-${p.idNumber.slice(10, 12)}-${p.idNumber.slice(12, 14)}`
  if (birth !== p.birthDate) r.problem(`${at}.birthDate`, `${p.birthDate} does not match the ID number (${birth})`)
  const gender: Gender = Number(p.idNumber[16]) % 2 === 1 ? 'M' : 'F'
  if (gender !== p.gender) r.problem(`${at}.gender`, `${p.gender} does not match the ID number (${gender})`)
  if (p.idNumber !== p.idNumber.toUpperCase()) r.problem(`${at}.idNumber`, 'write the check character X in upper case')
}

function checkFiles(r: Reader, seed: Omit<Seed, 'fingerprint'>, assetsDir: string): void {
  const files = [
    ...seed.bankers.map((b, i) => ({ at: `bankers[${i}].photo`, file: b.photo })),
    ...seed.registry.people.flatMap((p, i) => (p.cardImage ? [{ at: `registry.people[${i}].cardImage`, file: p.cardImage }] : [])),
  ]
  for (const { at, file } of files) {
    if (!file) continue
    const full = path.resolve(assetsDir, file)
    if (!full.startsWith(path.resolve(assetsDir) + path.sep)) r.problem(at, `"${file}" must stay inside the assets directory`)
    else if (!fs.existsSync(full)) r.problem(at, `${path.relative(process.cwd(), full)} does not exist (run tsx sandbox/seed/make-images.ts)`)
  }
}

function checkTopLevel(r: Reader, doc: unknown): Obj | null {
  const root = r.object(doc, '(top level)', { required: [...TOP_LEVEL_KEYS], optional: [...OPTIONAL_KEYS, ...RESERVED_KEYS] })
  if (!root) return null
  for (const key of RESERVED_KEYS) {
    if (root[key] !== undefined && r.list(root[key], key).length > 0) r.problem(key, 'is reserved for a later journey and must stay empty for now')
  }
  return root
}

/** Parses and checks a seed text; throws SeedError listing every problem. */
export function parseSeed(text: string, file = SEED_FILE, assetsDir = ASSETS_DIR): Seed {
  const r = new Reader()
  let doc: unknown
  try {
    doc = YAML.parse(text)
  } catch (e) {
    throw new SeedError(file, [`YAML: ${(e as Error).message}`])
  }
  const root = checkTopLevel(r, doc)
  if (!root) throw new SeedError(file, r.problems)
  const people = readPeople(r, root.registry)
  const stations = readStations(r, root.stations)
  const seed = {
    debitCards: readDebitCards(r, root.debitCards, people),
    products: readProducts(r, root.products),
    bankers: readBankers(r, root.bankers),
    markets: readMarkets(r, root.markets),
    stations,
    registry: { people },
    lending: readLendingSeed(r, root, people),
    village: readVillageSeed(r, root, people, stations),
  }
  checkUnique(r, 'products', [...seed.products.map((p) => p.id), ...(seed.village.product ? [seed.village.product.id] : [])])
  checkUnique(r, 'bankers', seed.bankers.map((b) => b.id))
  checkUnique(r, 'markets', seed.markets.map((m) => m.id))
  checkUnique(r, 'stations', seed.stations.map((s) => s.id))
  checkUnique(r, 'registry.people', seed.registry.people.map((p) => p.id))
  checkUnique(r, 'registry.people (idNumber)', seed.registry.people.map((p) => p.idNumber))
  checkReferences(r, seed)
  checkLendingMarkets(r, seed.lending, seed.markets.map((m) => m.id))
  seed.registry.people.forEach((p, i) => checkPerson(r, p, `registry.people[${i}]`))
  checkFiles(r, seed, assetsDir)
  if (r.problems.length) throw new SeedError(file, r.problems)
  return { ...seed, fingerprint: sha256Hex(text) }
}

/** Loads the seed file (default: sandbox/seed/seed.yaml). */
export function loadSeed(file = SEED_FILE, assetsDir = ASSETS_DIR): Seed {
  return parseSeed(fs.readFileSync(file, 'utf8'), file, assetsDir)
}
