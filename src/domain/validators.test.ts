import fc from 'fast-check'
import { addDays } from './dates'
import {
  idNumberCheckChar,
  luhnValid,
  usccCheckChar,
  validateBankCard,
  validateIdNumber,
  validateMobile,
  validateUscc,
  VALIDATION_MESSAGES as M,
} from './validators'

const TODAY = '2026-06-30'
const ok = { ok: true }
const no = (message: string) => ({ ok: false, message })

/** A valid ID number for a region, birth date and 3-digit sequence. */
const idNumber = (region: string, birth: string, seq: string): string => {
  const first17 = `${region}${birth.replace(/-/g, '')}${seq}`
  return first17 + idNumberCheckChar(first17)
}

/** A Luhn-valid card number from its first digits. */
const withLuhn = (body: string): string => {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${body}${d}`)) return `${body}${d}`
  throw new Error('unreachable')
}

describe('validateIdNumber', () => {
  it.each([
    ['11010519491231002X', ok], // the GB 11643 example
    ['11010519491231002x', ok], // lower-case x accepted
    ['  11010519491231002X ', ok], // surrounding spaces trimmed
    [idNumber('320102', '1990-03-07', '123'), ok],
    [idNumber('810000', '1985-07-01', '001'), ok], // Hong Kong residence permit
    [idNumber('830000', '2000-02-29', '002'), ok], // Taiwan residence permit, leap day
    [idNumber('110101', '1900-01-01', '000'), ok], // earliest birth date
    [idNumber('110101', TODAY, '000'), ok], // born today
    [idNumber('110101', '2010-05-05', '000'), ok], // minors pass: age is a business rule
    ['', no(M.idLength)],
    ['1101051949123100', no(M.idLength)],
    ['11010519491231002X1', no(M.idLength)],
    ['１１０１０５１９４９１２３１００２Ｘ', no(M.idFormat)], // full-width digits
    ['11010519491231002Y', no(M.idFormat)],
    ['1101051949123100XX', no(M.idFormat)],
    ['11010519491231 02X', no(M.idFormat)],
    [idNumber('990101', '1990-01-01', '000'), no(M.idRegion)],
    [idNumber('000101', '1990-01-01', '000'), no(M.idRegion)],
    [idNumber('110101', '1899-12-31', '000'), no(M.idBirthDate)],
    ['440524188001010014', no(M.idBirthDate)], // the other GB 11643 example: born 1880
    [idNumber('110101', addDays(TODAY, 1), '000'), no(M.idBirthDate)],
    ['110101199002300000'.slice(0, 17) + idNumberCheckChar('11010119900230000'), no(M.idBirthDate)], // 30 Feb
    ['110101199013010000'.slice(0, 17) + idNumberCheckChar('11010119901301000'), no(M.idBirthDate)], // month 13
    ['110105194912310021', no(M.idCheck)],
    ['11010519491231002 ', no(M.idLength)],
  ])('%j → %j', (value, expected) => {
    expect(validateIdNumber(value, TODAY)).toEqual(expected)
  })

  it('defaults today to the current date in China', () => {
    expect(validateIdNumber('11010519491231002X')).toEqual(ok)
    expect(validateIdNumber(idNumber('110101', '2999-01-01', '000'))).toEqual(no(M.idBirthDate))
  })

  it('treats an invalid `today` as a programmer error', () => {
    expect(() => validateIdNumber('11010519491231002X', '2026/06/30')).toThrow(RangeError)
  })

  const regionArb = fc.constantFrom('110101', '310115', '440305', '510107', '650102', '810000', '820000')
  const birthArb = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2026, 5, 30)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
  const seqArb = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))

  it('accepts every well-formed number and detects every single-character change', () => {
    fc.assert(
      fc.property(regionArb, birthArb, seqArb, fc.nat(17), fc.integer({ min: 1, max: 10 }), (region, birth, seq, pos, delta) => {
        const id = idNumber(region, birth, seq)
        expect(validateIdNumber(id, TODAY)).toEqual(ok)
        const alphabet = pos === 17 ? '0123456789X' : '0123456789'
        const changed = alphabet[(alphabet.indexOf(id[pos]) + delta) % alphabet.length]
        fc.pre(changed !== id[pos])
        expect(validateIdNumber(id.slice(0, pos) + changed + id.slice(pos + 1), TODAY).ok).toBe(false)
      }),
      { numRuns: 300 },
    )
  })
})

describe('validateUscc', () => {
  it.each([
    ['91350100M000100Y43', ok], // the GB 32100 example
    ['91110000600037341L', ok],
    ['91310000MA1FL4B24G', ok],
    [' 91350100M000100Y43 ', ok],
    ['', no(M.usccLength)],
    ['91350100M000100Y4', no(M.usccLength)],
    ['91350100M000100Y431', no(M.usccLength)],
    ['91350100m000100y43', no(M.usccFormat)], // lower case: the code is printed in capitals
    ['91350100I000100Y43', no(M.usccFormat)], // I, O, S, V, Z are not used
    ['91350100O000100Y43', no(M.usccFormat)],
    ['91350100M000100Y4Z', no(M.usccFormat)],
    ['91350100M000100Y44', no(M.usccCheck)],
    ['91350100M000100Y4Y', no(M.usccCheck)],
  ])('%j → %j', (value, expected) => {
    expect(validateUscc(value)).toEqual(expected)
  })

  const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  it('accepts codes with the right check character and detects every single-character change', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...USCC_CHARS), { minLength: 17, maxLength: 17 }), fc.nat(17), fc.integer({ min: 1, max: 30 }), (chars, pos, delta) => {
        const first17 = chars.join('')
        const code = first17 + usccCheckChar(first17)
        expect(validateUscc(code)).toEqual(ok)
        const changed = USCC_CHARS[(USCC_CHARS.indexOf(code[pos]) + delta) % 31]
        expect(validateUscc(code.slice(0, pos) + changed + code.slice(pos + 1))).toEqual(no(M.usccCheck))
      }),
      { numRuns: 300 },
    )
  })
})

describe('validateBankCard', () => {
  it.each([
    ['4111111111111111', ok],
    ['5555555555554444', ok],
    ['6228480402564890018', ok],
    [withLuhn('62220202000123456'), ok], // 18 digits
    [' 6228480402564890018 ', ok],
    ['', no(M.bankCardLength)],
    ['411111111111111', no(M.bankCardLength)], // 15 digits
    ['62284804025648900181', no(M.bankCardLength)], // 20 digits
    ['6228 4804 0256 4890 018', no(M.bankCardLength)], // inner spaces: strip them in the input
    ['622848040256489001a', no(M.bankCardLength)],
    ['4111111111111112', no(M.bankCardCheck)],
    ['6228480402564890019', no(M.bankCardCheck)],
  ])('%j → %j', (value, expected) => {
    expect(validateBankCard(value)).toEqual(expected)
  })

  it('Luhn detects every single-digit error', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 15, maxLength: 18 }), fc.nat(18), fc.integer({ min: 1, max: 9 }), (body, p, delta) => {
        const card = withLuhn(body)
        expect(validateBankCard(card)).toEqual(ok)
        const pos = p % card.length
        const changed = String((Number(card[pos]) + delta) % 10)
        expect(validateBankCard(card.slice(0, pos) + changed + card.slice(pos + 1))).toEqual(no(M.bankCardCheck))
      }),
      { numRuns: 300 },
    )
  })
})

describe('validateMobile', () => {
  it.each([
    ['13812345678', ok],
    ['19912345678', ok],
    ['16612345678', ok],
    [' 13812345678 ', ok],
    ['', no(M.mobileLength)],
    ['1381234567', no(M.mobileLength)],
    ['138123456789', no(M.mobileLength)],
    ['+8613812345678', no(M.mobileLength)],
    ['138 1234 5678', no(M.mobileLength)],
    ['12812345678', no(M.mobileFormat)],
    ['10012345678', no(M.mobileFormat)],
    ['23812345678', no(M.mobileFormat)],
  ])('%j → %j', (value, expected) => {
    expect(validateMobile(value)).toEqual(expected)
  })
})

describe('all validators', () => {
  const validators = [
    (v: string) => validateIdNumber(v, TODAY),
    (v: string) => validateIdNumber(v),
    validateUscc,
    validateBankCard,
    validateMobile,
  ]
  const messages: string[] = Object.values(M)

  it('never throw on any string and answer ok or a known Chinese message', () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ minLength: 1000, maxLength: 5000 }),
      fc.string({ unit: fc.constantFrom('1', '3', 'X', 'x', ' ', '\u3000', '😀', '０'), maxLength: 25 }),
    )
    fc.assert(
      fc.property(anyString, (value) => {
        for (const validate of validators) {
          const result = validate(value)
          if (!result.ok) expect(messages).toContain(result.message)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('answer, not throw, when handed something that is not a string', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const validate of validators) expect(validate(value as string).ok).toBe(false)
      }),
      { numRuns: 100 },
    )
  })
})
