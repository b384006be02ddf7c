import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox, Step, Steps } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { formatRate, formatYuan, formatYuanShort, parseAmountToFen } from '@/domain'
import { LegalDocument } from '@/components/document-text'
import { FormField } from '@/components/form-field'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { newIdempotencyKey } from '@/services/api/idempotency'
import { isApiError, messageOf } from '@/services/api/errors'
import { creditApi, type Product, type Purpose } from '../api'
import { useApplicationDraft } from '../store'
import { TaxProfileView } from './tax-authorization'
import './credit.css'

export interface ApplyWizardProps {
  /** Where the borrower came from (credited on the application). */
  origin: { marketId?: string; bankerId?: string }
  onValueProperty: () => void
  /** No tax authorization yet: the application cannot be prefilled. */
  onNeedTax: () => void
  /** Runs synchronously inside the submit tap (before any request). */
  onConfirmTap?: () => void
}

export const PURPOSES: { value: Purpose; label: string }[] = [
  { value: 'STOCK', label: '进货备货' },
  { value: 'WORKING_CAPITAL', label: '日常周转' },
  { value: 'EQUIPMENT', label: '购置设备' },
  { value: 'STORE', label: '店面装修' },
  { value: 'OTHER', label: '其他经营用途' },
]

const MIN_AMOUNT_FEN = 1_000_000

/** The amount rule of a product, as a message at the field (null when the amount is fine). */
export function amountError(text: string, product: Product | null): string | null {
  const parsed = parseAmountToFen(text)
  if (!parsed.ok) return parsed.message
  if (!product) return null
  if (parsed.fen < MIN_AMOUNT_FEN || parsed.fen > product.maxAmountFen) {
    return `申请金额应在1万元至${formatYuanShort(product.maxAmountFen)}元之间`
  }
  if (parsed.fen % 10_000 !== 0) return '申请金额请以100元为单位'
  return null
}

const STEP_TITLES = ['产品与金额', '确认经营信息', '签署并提交']

/**
 * The application in three short steps. A merchant whose data was authorized types one field (the
 * amount); everything else is chosen or confirmed. The draft is kept at every change.
 */
export function ApplyWizard({ origin, onValueProperty, onNeedTax, onConfirmTap }: ApplyWizardProps) {
  const { draft, update } = useApplicationDraft()
  const data = useAsync(async () => {
    try {
      return await Promise.all([creditApi.products(), creditApi.taxProfile(), creditApi.document('CREDIT_REPORT'), creditApi.document('DATA_USE')])
    } catch (err) {
      if (isApiError(err) && err.code === 'TAX_PROFILE_NOT_FOUND') onNeedTax()
      throw err
    }
  }, [])
  const [errors, setErrors] = useState<{ amount?: string | null; purpose?: string | null; consent?: string | null }>({})
  const [creditConsent, setCreditConsent] = useState(false)
  const [dataConsent, setDataConsent] = useState(false)
  const [busy, setBusy] = useState(false)

  const products = data.data?.[0] ?? []
  // The plain credit loan is the default choice; the property loan is one tap away.
  const product = products.find((p) => p.id === draft.productId) ?? products.find((p) => p.kind === 'CREDIT') ?? null

  const nextFromStep1 = () => {
    const amount = amountError(draft.amountText, product)
    const next = {
      amount: product ? amount : '请选择产品',
      purpose: draft.purpose ? null : '请选择借款用途',
    }
    if (product?.kind === 'PROPERTY' && !draft.valuationId) next.amount = '抵押e贷需先评估房产'
    setErrors(next)
    if (!next.amount && !next.purpose) update({ step: 2 })
  }

  const submit = async () => {
    if (!data.data || !product) return
    if (!creditConsent || !dataConsent) {
      setErrors({ consent: '请阅读并同意征信查询授权书和数据使用授权书' })
      return
    }
    const parsed = parseAmountToFen(draft.amountText)
    if (!parsed.ok) return
    onConfirmTap?.()
    // The key is created once for this submission and kept with the draft: a retry after a lost
    // response, or after the app was closed, submits the same application, never a second one.
    const key = draft.submitKey ?? newIdempotencyKey()
    if (!draft.submitKey) update({ submitKey: key })
    setBusy(true)
    try {
      const application = await creditApi.submit(
        {
          productId: product.id,
          amountFen: parsed.fen,
          purpose: draft.purpose ?? 'OTHER',
          marketId: origin.marketId,
          bankerId: origin.bankerId,
          valuationId: product.kind === 'PROPERTY' ? (draft.valuationId ?? undefined) : undefined,
          consents: [
            { kind: 'CREDIT_REPORT', version: data.data[2].version },
            { kind: 'DATA_USE', version: data.data[3].version },
          ],
        },
        key,
      )
      update({ applicationId: application.id })
    } catch (err) {
      // An application already waiting for its decision: wait for that one.
      if (isApiError(err) && err.code === 'APPLICATION_PENDING' && typeof err.details?.applicationId === 'string') {
        update({ applicationId: err.details.applicationId })
        return
      }
      // A refusal of this exact submission (not a lost answer) frees the key for a corrected one.
      if (isApiError(err) && err.status >= 400 && err.status < 500) update({ submitKey: null })
      Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      {data.data ? (
        <View id="apply-wizard" data-step={draft.step}>
          <Steps value={draft.step} className="wdt-verify__steps">
            {STEP_TITLES.map((t, i) => (
              <Step key={t} value={i + 1} title={t} />
            ))}
          </Steps>

          {draft.step === 1 ? (
            <View className="wdt-step" id="apply-step-1">
              <Text className="wdt-step__lead">选择产品</Text>
              {products.map((p) => (
                <View
                  key={p.id}
                  id={`apply-product-${p.id}`}
                  className={`wdt-option ${product?.id === p.id ? 'wdt-option--selected' : ''}`}
                  onClick={() => {
                    update({ productId: p.id })
                    setErrors((e) => ({ ...e, amount: null }))
                  }}
                >
                  <Text className="wdt-option__title">{p.name}</Text>
                  <Text className="wdt-option__meta">
                    年化利率（单利）{formatRate(p.minRateBps)}起 · 最高{formatYuanShort(p.maxAmountFen)}元 · 最长{p.maxTermMonths}个月
                  </Text>
                </View>
              ))}
              {product?.kind === 'PROPERTY' ? (
                <View className="wdt-facts" id="apply-property">
                  {draft.valuationId ? (
                    <Text>房产增信：可增加额度{formatYuan(draft.valuationExtraFen ?? 0)}元</Text>
                  ) : (
                    <Text>抵押e贷需要先评估您名下的房产。</Text>
                  )}
                  <Button size="small" fill="outline" type="primary" id="apply-value-property" onClick={onValueProperty}>
                    {draft.valuationId ? '重新评估' : '评估房产'}
                  </Button>
                </View>
              ) : null}
              <FormField
                id="apply-amount"
                label="申请金额（元）"
                type="digit"
                maxLength={12}
                placeholder={product ? `1万至${formatYuanShort(product.maxAmountFen)}元` : '请先选择产品'}
                value={draft.amountText}
                error={errors.amount}
                onChange={(v) => update({ amountText: v })}
                onBlur={() => draft.amountText && setErrors((e) => ({ ...e, amount: amountError(draft.amountText, product) }))}
              />
              <Text className="wdt-field__label">借款用途</Text>
              <View className="wdt-chips" id="apply-purpose">
                {PURPOSES.map((p) => (
                  <Text
                    key={p.value}
                    id={`apply-purpose-${p.value}`}
                    className={`wdt-chip ${draft.purpose === p.value ? 'wdt-chip--selected' : ''}`}
                    onClick={() => {
                      update({ purpose: p.value })
                      setErrors((e) => ({ ...e, purpose: null }))
                    }}
                  >
                    {p.label}
                  </Text>
                ))}
              </View>
              {errors.purpose ? (
                <Text className="wdt-field__error" id="apply-purpose-error">
                  {errors.purpose}
                </Text>
              ) : null}
              <Button type="primary" block id="apply-next-1" onClick={nextFromStep1}>
                下一步
              </Button>
            </View>
          ) : null}

          {draft.step === 2 ? (
            <View className="wdt-step" id="apply-step-2">
              <Text className="wdt-step__lead">请确认您的经营信息</Text>
              <TaxProfileView profile={data.data[1]} />
              <Text className="wdt-step__note">以上信息来自您授权的纳税数据，无需填写。如有出入，请联系客户经理。</Text>
              <Button type="primary" block id="apply-next-2" onClick={() => update({ step: 3, factsConfirmed: true })}>
                信息无误，下一步
              </Button>
              <Button fill="none" block id="apply-back-2" onClick={() => update({ step: 1 })}>
                上一步
              </Button>
            </View>
          ) : null}

          {draft.step === 3 && product ? (
            <View className="wdt-step" id="apply-step-3">
              <Text className="wdt-step__lead">确认申请</Text>
              <View className="wdt-facts" id="apply-summary">
                <View className="wdt-facts__row">
                  <Text className="wdt-facts__label">产品</Text>
                  <Text>{product.name}</Text>
                </View>
                <View className="wdt-facts__row">
                  <Text className="wdt-facts__label">申请金额</Text>
                  <Text id="apply-summary-amount">{parseAmountToFen(draft.amountText).ok ? formatYuan((parseAmountToFen(draft.amountText) as { fen: number }).fen) : draft.amountText}元</Text>
                </View>
                <View className="wdt-facts__row">
                  <Text className="wdt-facts__label">用途</Text>
                  <Text>{PURPOSES.find((p) => p.value === draft.purpose)?.label}</Text>
                </View>
              </View>
              {[data.data[2], data.data[3]].map((doc) => (
                <LegalDocument key={doc.kind} id={`doc-${doc.kind}`} title={doc.title} version={doc.version} body={doc.body} />
              ))}
              <Checkbox id="apply-consent-credit" checked={creditConsent} onChange={setCreditConsent} label="我同意《个人征信查询授权书》" />
              <Checkbox id="apply-consent-data" checked={dataConsent} onChange={setDataConsent} label="我同意《数据使用授权书》" />
              {errors.consent ? (
                <Text className="wdt-field__error" id="apply-consent-error">
                  {errors.consent}
                </Text>
              ) : null}
              <Button type="primary" block id="apply-submit" loading={busy} onClick={submit}>
                签署并提交申请
              </Button>
              <Button fill="none" block id="apply-back-3" onClick={() => update({ step: 2 })}>
                上一步
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}
    </PageContainer>
  )
}
