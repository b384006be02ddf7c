import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { tempDbPath } from '../testing/harness'
import { createVault, loadMasterKey } from './vault'

const vault = createVault(crypto.randomBytes(32))

describe('vault', () => {
  it('seals and opens, with a fresh IV every time', () => {
    const a = vault.seal('张丽华', 'identities.name:u1')
    const b = vault.seal('张丽华', 'identities.name:u1')
    expect(a).not.toBe(b)
    expect(a).not.toContain('张丽华')
    expect(vault.open(a, 'identities.name:u1')).toBe('张丽华')
  })

  it('refuses a ciphertext moved to another row or tampered with', () => {
    const sealed = vault.seal('320106198503120122', 'identities.id_number:u1')
    expect(() => vault.open(sealed, 'identities.id_number:u2')).toThrow()
    const parts = sealed.split('.')
    parts[2] = Buffer.from('x' + Buffer.from(parts[2], 'base64url').toString('latin1'), 'latin1').toString('base64url')
    expect(() => vault.open(parts.join('.'), 'identities.id_number:u1')).toThrow()
  })

  it('macs are stable per key and purpose', () => {
    expect(vault.mac('mobile', '13812345678')).toBe(vault.mac('mobile', '13812345678'))
    expect(vault.mac('mobile', '13812345678')).not.toBe(vault.mac('id-number', '13812345678'))
    expect(createVault(crypto.randomBytes(32)).mac('mobile', '1')).not.toBe(vault.mac('mobile', '1'))
  })

  it('takes the key from SANDBOX_KEY, else a key file beside the database', () => {
    const hex = 'ab'.repeat(32)
    expect(loadMasterKey('/nowhere/x.db', hex).toString('hex')).toBe(hex)
    expect(() => loadMasterKey('/nowhere/x.db', 'short')).toThrow(/64 hex/)
    const dbPath = tempDbPath()
    const key = loadMasterKey(dbPath, undefined)
    expect(loadMasterKey(dbPath, undefined).equals(key)).toBe(true)
    expect(fs.existsSync(path.join(path.dirname(dbPath), 'sandbox.key'))).toBe(true)
  })
})
