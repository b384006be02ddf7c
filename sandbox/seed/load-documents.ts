/**
 * The consent texts: one Markdown file per kind in sandbox/seed/documents/, with front matter
 * (kind, version, title, required, effectiveDate). The file holds the current version; every version
 * ever shown is also kept in the database (consent_documents), and a version's text never changes:
 * edit the text, bump the version.
 */
import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import type { ConsentKind } from '../core/contract-types'
import { sha256Hex } from '../core/vault'

export const DOCUMENTS_DIR = path.join(__dirname, 'documents')

/** Every kind the contract knows; each needs a document. */
export const CONSENT_KINDS: readonly ConsentKind[] = ['PRIVACY', 'FACE', 'LOAN_CONTRACT', 'TAX_AUTH', 'CREDIT_REPORT', 'DATA_USE', 'VILLAGE_AGREEMENT']

export interface ConsentDocument {
  kind: ConsentKind
  version: string
  title: string
  body: string
  required: boolean
  effectiveDate: string
  bodySha256: string
}

/** The current document of each kind. */
export type ConsentCatalog = ReadonlyMap<ConsentKind, ConsentDocument>

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}`)
}

function stringField(meta: Record<string, unknown>, key: string, file: string, pattern?: RegExp): string {
  const value = meta[key]
  if (typeof value !== 'string' || !value.trim()) fail(file, `front matter "${key}" must be a non-empty string (quote it)`)
  if (pattern && !pattern.test(value)) fail(file, `front matter "${key}" must match ${pattern}`)
  return value
}

export function parseDocument(text: string, file: string): ConsentDocument {
  const match = FRONT_MATTER.exec(text)
  if (!match) fail(file, 'must start with front matter between --- lines')
  const meta = YAML.parse(match[1]) as Record<string, unknown> | null
  if (!meta || typeof meta !== 'object') fail(file, 'front matter must be a mapping')
  const kind = stringField(meta, 'kind', file) as ConsentKind
  if (!CONSENT_KINDS.includes(kind)) fail(file, `kind must be one of ${CONSENT_KINDS.join(', ')}`)
  if (typeof meta.required !== 'boolean') fail(file, 'front matter "required" must be true or false')
  const body = match[2].trim()
  if (body.length < 200) fail(file, 'the body is too short to be the full text')
  return {
    kind,
    version: stringField(meta, 'version', file, /^[0-9]+\.[0-9]+$/),
    title: stringField(meta, 'title', file),
    body,
    required: meta.required,
    effectiveDate: stringField(meta, 'effectiveDate', file, /^\d{4}-\d{2}-\d{2}$/),
    bodySha256: sha256Hex(body),
  }
}

export function loadConsentDocuments(dir = DOCUMENTS_DIR): ConsentCatalog {
  const catalog = new Map<ConsentKind, ConsentDocument>()
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const file = path.join(dir, name)
    const doc = parseDocument(fs.readFileSync(file, 'utf8'), file)
    if (catalog.has(doc.kind)) fail(file, `a second document of kind ${doc.kind}`)
    catalog.set(doc.kind, doc)
  }
  for (const kind of CONSENT_KINDS) if (!catalog.has(kind)) fail(dir, `no document of kind ${kind}`)
  return catalog
}
