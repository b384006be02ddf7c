/**
 * The sandbox "OCR": an uploaded photo is recognized when its bytes are exactly one of the seeded
 * sample ID card images (matched by SHA-256); anything else is unreadable, as a blurred photo
 * would be. The image is never stored.
 */
import type { Schemas } from '../../core/contract-types'
import type { SandboxDeps } from '../../core/deps'
import { SandboxError } from '../../core/errors'
import { sha256Hex } from '../../core/vault'
import { requirePrivacyConsent } from '../consent/service'

export const MAX_IMAGE_BYTES = 4 * 1024 * 1024

export const OCR_MESSAGES = {
  unreadable: '未能识别身份证，请重新拍摄或手动填写',
  unsupported: '仅支持JPG或PNG格式的图片',
} as const

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff])

/** PNG or JPEG by content (the declared type of a mini-program upload is often generic). */
export function isSupportedImage(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(PNG_MAGIC) || bytes.subarray(0, 3).equals(JPEG_MAGIC)
}

export function recognizeIdCard(deps: SandboxDeps, userId: string, image: Buffer): Schemas['OcrResult'] {
  requirePrivacyConsent(deps, userId)
  if (!isSupportedImage(image)) throw new SandboxError(415, 'IMAGE_TYPE_UNSUPPORTED', OCR_MESSAGES.unsupported)
  const person = deps.db
    .prepare(
      `SELECT p.name, p.id_number FROM id_card_samples s
       JOIN registry_people p ON p.id_number = s.id_number
       WHERE s.sha256 = ?`,
    )
    .get(sha256Hex(image)) as { name: string; id_number: string } | undefined
  if (!person) throw new SandboxError(422, 'OCR_UNREADABLE', OCR_MESSAGES.unreadable)
  return { name: person.name, idNumber: person.id_number }
}
