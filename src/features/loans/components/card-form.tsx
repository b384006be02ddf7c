import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { validateBankCard } from '@/domain'
import { FormField } from '@/components/form-field'
import { isApiError, messageOf } from '@/services/api/errors'
import { loansApi, type BoundCard } from '../api'
import './loans.css'

export interface CardFormProps {
  onAdded: (card: BoundCard) => void
  onCancel?: () => void
}

/** The bank's answers that belong at the card number field. */
const CARD_FIELD_CODES = new Set(['CARD_INVALID', 'CARD_NOT_FOUND', 'CARD_HOLDER_MISMATCH', 'CARD_ALREADY_BOUND'])

/**
 * 添加银行卡: a debit card in the borrower's own name. The number is checked (16–19 digits, Luhn)
 * before it is sent; the bank checks the holder. The number is kept only in this form.
 */
export function CardForm({ onAdded, onCancel }: CardFormProps) {
  const [number, setNumber] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const check = (): string | null => {
    const r = validateBankCard(number.replace(/\s+/g, ''))
    const message = r.ok ? null : r.message
    setError(message)
    return message
  }

  const submit = async () => {
    if (busy || check()) return
    setBusy(true)
    try {
      const card = await loansApi.bindCard(number.replace(/\s+/g, ''))
      setNumber('')
      Taro.showToast({ title: '银行卡已添加', icon: 'success', duration: 1500 })
      onAdded(card)
    } catch (err) {
      if (isApiError(err) && CARD_FIELD_CODES.has(err.code)) setError(err.message)
      else Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="wdt-money" id="card-form">
      <FormField
        id="card-number"
        label="银行卡号（本人名下借记卡）"
        type="number"
        maxLength={23}
        placeholder="请输入16至19位卡号"
        value={number}
        error={error}
        onChange={(v) => {
          setNumber(v)
          if (error) setError(null)
        }}
        onBlur={() => number && check()}
      />
      <Text className="wdt-money__muted">仅用于放款和还款，页面只显示卡号后4位。</Text>
      <Button type="primary" block id="card-submit" loading={busy} onClick={submit}>
        添加银行卡
      </Button>
      {onCancel ? (
        <Button fill="none" block id="card-cancel" onClick={onCancel}>
          取消
        </Button>
      ) : null}
    </View>
  )
}
