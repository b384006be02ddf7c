import fc from 'fast-check'
import { maskBankCard, maskIdNumber, maskMiddle, maskMobile, maskName } from './masking'

describe('masks', () => {
  it.each([
    [maskIdNumber, '11010519491231002X', '1101**********002X'],
    [maskIdNumber, '110105194912310', '1101*******2310'],
    [maskIdNumber, '123456789', '1234*6789'],
    [maskIdNumber, '12345678', '********'],
    [maskMobile, '13812345678', '138****5678'],
    [maskMobile, '1381234', '*******'],
    [maskBankCard, '6228480402564890018', '***************0018'],
    [maskBankCard, '4111111111111111', '************1111'],
    [maskBankCard, '12345', '*2345'],
    [maskBankCard, '1234', '****'],
    [maskName, '张三', '*三'],
    [maskName, '欧阳娜娜', '***娜'],
    [maskName, '阿卜杜·热合曼', '******曼'],
    [maskName, '张', '*'],
    [maskName, '𠀀𠀁', '*𠀁'], // CJK Extension B: one character, two UTF-16 units
    [maskName, '', ''],
    [maskIdNumber, '', ''],
  ])('%p(%j) = %j', (mask, value, masked) => {
    expect(mask(value)).toBe(masked)
  })

  const cases: Array<[string, (v: string) => string, number, number]> = [
    ['maskIdNumber', maskIdNumber, 4, 4],
    ['maskMobile', maskMobile, 3, 4],
    ['maskBankCard', maskBankCard, 0, 4],
    ['maskName', maskName, 0, 1],
  ]

  it.each(cases)('%s keeps the length, shows only what its rule allows, stars the rest', (_name, mask, head, tail) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        const input = Array.from(value)
        const output = Array.from(mask(value))
        expect(output).toHaveLength(input.length)
        const shows = input.length > head + tail
        output.forEach((ch, i) => {
          const visible = shows && (i < head || i >= input.length - tail)
          expect(ch).toBe(visible ? input[i] : '*')
        })
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on a non-string', () => {
    expect(maskMiddle(undefined as unknown as string, 1, 1)).toBe('')
  })
})
