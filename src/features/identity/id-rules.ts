/**
 * Field rules of the identity form, on top of the domain validators: the name's shape and the
 * borrower's age (a business rule: adults only), with the messages shown under each field.
 */
import dayjs from 'dayjs'
import { validateIdNumber } from '@/domain'

const NAME_PATTERN = /^[\u4e00-\u9fa5][\u4e00-\u9fa5·•]{0,18}[\u4e00-\u9fa5]$/

export function nameError(name: string): string | null {
  const v = name.trim()
  if (!v) return '请输入姓名'
  if (!NAME_PATTERN.test(v)) return '请输入与身份证一致的中文姓名'
  return null
}

/** Whole years between the birth date in an ID number and `today`. */
export function ageFromIdNumber(idNumber: string, today: string): number {
  const birth = dayjs(`${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`)
  return dayjs(today).diff(birth, 'year')
}

export function idNumberError(idNumber: string, today = dayjs().format('YYYY-MM-DD')): string | null {
  const v = idNumber.trim().toUpperCase()
  if (!v) return '请输入身份证号码'
  const result = validateIdNumber(v, today)
  if (!result.ok) return result.message
  if (ageFromIdNumber(v, today) < 18) return '未满18周岁，暂不能办理'
  return null
}
