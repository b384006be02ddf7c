import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { platform } from '@/platform'
import { FormField } from '@/components/form-field'
import { useSecureDraft } from '@/hooks/use-secure-draft'
import { isApiError, messageOf } from '@/services/api/errors'
import { identityApi, type IdentityStatus } from '../api'
import { idNumberError, nameError } from '../id-rules'

export interface IdStepProps {
  onDone: (status: IdentityStatus) => void
}

/** Server codes that belong under a field rather than in a toast. */
const NAME_CODES = new Set(['NAME_MISMATCH'])
const ID_CODES = new Set(['ID_INVALID', 'UNDERAGE', 'PERSON_NOT_FOUND', 'ID_IN_USE'])

/** ID card: photo OCR or manual entry, checked at the field, then against the registry. */
export function IdStep({ onDone }: IdStepProps) {
  const { draft, update, clear } = useSecureDraft('id-card', { name: '', idNumber: '' })
  const [errors, setErrors] = useState<{ name: string | null; idNumber: string | null }>({ name: null, idNumber: null })
  const [reading, setReading] = useState(false)
  const [submitting, setSubmitting] = useState(false)

  const scan = async () => {
    const filePath = await platform.media.chooseIdCardImage()
    if (!filePath) return
    setReading(true)
    try {
      const card = await identityApi.ocr(filePath)
      update({ name: card.name, idNumber: card.idNumber })
      setErrors({ name: null, idNumber: null })
      Taro.showToast({ title: '识别成功，请核对', icon: 'none' })
    } catch (err) {
      Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setReading(false)
    }
  }

  const submit = async () => {
    const next = { name: nameError(draft.name), idNumber: idNumberError(draft.idNumber) }
    setErrors(next)
    if (next.name || next.idNumber) return
    setSubmitting(true)
    try {
      const status = await identityApi.submitId(draft.name.trim(), draft.idNumber.trim().toUpperCase())
      clear()
      onDone(status)
    } catch (err) {
      if (isApiError(err) && NAME_CODES.has(err.code)) setErrors({ name: err.message, idNumber: null })
      else if (isApiError(err) && ID_CODES.has(err.code)) setErrors({ name: null, idNumber: err.message })
      else Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View className="wdt-step" id="id-step">
      <Text className="wdt-step__lead">请填写与身份证一致的信息，或拍摄身份证人像面自动识别。</Text>
      <Button block fill="outline" type="primary" id="id-scan" loading={reading} onClick={scan}>
        拍摄 / 上传身份证
      </Button>
      <FormField
        id="id-name"
        label="姓名"
        placeholder="与身份证一致"
        maxLength={20}
        value={draft.name}
        error={errors.name}
        onChange={(v) => update({ name: v })}
        onBlur={() => draft.name && setErrors((e) => ({ ...e, name: nameError(draft.name) }))}
      />
      <FormField
        id="id-number"
        label="身份证号码"
        type="idcard"
        placeholder="18位身份证号码"
        maxLength={18}
        value={draft.idNumber}
        error={errors.idNumber}
        onChange={(v) => update({ idNumber: v })}
        onBlur={() => draft.idNumber && setErrors((e) => ({ ...e, idNumber: idNumberError(draft.idNumber) }))}
      />
      <Button type="primary" block id="id-submit" loading={submitting} onClick={submit}>
        下一步
      </Button>
    </View>
  )
}
