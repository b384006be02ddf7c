/**
 * Masking of personal financial information on screen (JR/T 0171-2020): hidden characters become
 * `*`, one for one, so the masked value keeps its length.
 *
 * - ID number: first 4 and last 4 kept   110105********1234 → 1101**********1234
 * - mobile: first 3 and last 4 kept       13812345678 → 138****5678
 * - bank card: only the last 4 kept       6222020200012345678 → ***************5678
 * - name: only the last character kept    张三丰 → **丰
 *
 * Characters are counted as Unicode code points (a name in CJK Extension B stays whole). A value
 * too short for anything to be hidden under its rule is hidden entirely: a mask never shows a
 * whole value. Masks do not trim; '' stays ''.
 */

const MASK_CHAR = '*'

/** Keeps `head` leading and `tail` trailing code points, hides the rest. */
export function maskMiddle(value: string, head: number, tail: number): string {
  const chars = Array.from(typeof value === 'string' ? value : '')
  if (chars.length <= head + tail) return MASK_CHAR.repeat(chars.length)
  return chars.slice(0, head).join('') + MASK_CHAR.repeat(chars.length - head - tail) + chars.slice(chars.length - tail).join('')
}

/** An ID number with its first 4 and last 4 characters shown. */
export function maskIdNumber(v: string): string {
  return maskMiddle(v, 4, 4)
}

/** A mobile number with its first 3 and last 4 digits shown. */
export function maskMobile(v: string): string {
  return maskMiddle(v, 3, 4)
}

/** A bank card number with only its last 4 digits shown. */
export function maskBankCard(v: string): string {
  return maskMiddle(v, 0, 4)
}

/** A name with only its last character shown. */
export function maskName(v: string): string {
  return maskMiddle(v, 0, 1)
}
