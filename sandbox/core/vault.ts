/**
 * Encryption at rest for personal data (name, ID number, mobile): AES-256-GCM with a random IV,
 * plus HMAC-SHA256 "blind indexes" to find a row by a value without storing the value.
 *
 * The master key comes from env SANDBOX_KEY (64 hex characters) or from `sandbox.key` beside the
 * database, created on first run (mode 0600). Encryption and MAC keys are derived from it with
 * HKDF, one per purpose. Each sealed value is bound to a context (e.g. `identities.name:<userId>`)
 * as associated data, so a ciphertext copied to another row or column does not open.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const KEY_BYTES = 32
const IV_BYTES = 12
const FORMAT = 'v1'
export const KEY_FILE_NAME = 'sandbox.key'

export interface Vault {
  seal(plain: string, context: string): string
  open(sealed: string, context: string): string
  /** A stable keyed digest of `value` for lookups, separated by purpose ('mobile', 'id-number'...). */
  mac(purpose: string, value: string): string
}

function parseKey(text: string, source: string): Buffer {
  const trimmed = text.trim()
  if (!/^[0-9a-fA-F]{64}$/.test(trimmed)) throw new Error(`${source} must be 64 hex characters (32 bytes)`)
  return Buffer.from(trimmed, 'hex')
}

/** The master key: SANDBOX_KEY, else the key file beside the database (created when missing). */
export function loadMasterKey(dbPath: string, envKey: string | undefined = process.env.SANDBOX_KEY): Buffer {
  if (envKey) return parseKey(envKey, 'SANDBOX_KEY')
  if (dbPath === ':memory:') return crypto.randomBytes(KEY_BYTES)
  const file = path.join(path.dirname(path.resolve(dbPath)), KEY_FILE_NAME)
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(KEY_BYTES).toString('hex') + '\n', { mode: 0o600, flag: 'wx' })
  }
  return parseKey(fs.readFileSync(file, 'utf8'), file)
}

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', master, Buffer.alloc(0), info, KEY_BYTES))
}

export function createVault(masterKey: Buffer): Vault {
  const encKey = derive(masterKey, 'weidaitong-sandbox/aes-256-gcm')
  const macKey = derive(masterKey, 'weidaitong-sandbox/hmac-sha256')
  return {
    seal(plain, context) {
      const iv = crypto.randomBytes(IV_BYTES)
      const cipher = crypto.createCipheriv('aes-256-gcm', encKey, iv)
      cipher.setAAD(Buffer.from(context, 'utf8'))
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return [FORMAT, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
    },
    open(sealed, context) {
      const [format, iv, body, tag] = sealed.split('.')
      if (format !== FORMAT || !iv || body === undefined || !tag) throw new Error('not a sealed value')
      const decipher = crypto.createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'))
      decipher.setAAD(Buffer.from(context, 'utf8'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
    },
    mac(purpose, value) {
      return crypto.createHmac('sha256', macKey).update(`${purpose}\0${value}`, 'utf8').digest('hex')
    },
  }
}

export function sha256Hex(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex')
}
