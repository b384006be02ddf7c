import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { formatDateCn, formatYuan, validateUscc } from '@/domain'
import { LegalDocument } from '@/components/document-text'
import { FormField } from '@/components/form-field'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { useSecureDraft } from '@/hooks/use-secure-draft'
import { isApiError, messageOf } from '@/services/api/errors'
import { creditApi, type TaxBusiness, type TaxProfile } from '../api'
import './credit.css'

export interface TaxAuthorizationProps {
  onNext: () => void
}

const FIELD_CODES = new Set(['USCC_INVALID', 'BUSINESS_NOT_FOUND', 'BUSINESS_NOT_LINKED', 'BUSINESS_DEREGISTERED'])

const RATING_TEXT: Record<TaxProfile['taxRating'], string> = {
  A: 'A级（纳税信用优秀）',
  B: 'B级（纳税信用良好）',
  M: 'M级（新设立或评价年度内无收入）',
  C: 'C级（纳税信用较差）',
  D: 'D级（纳税信用差）',
}

/** What the tax bureau returned, in plain words. */
export function TaxProfileView({ profile }: { profile: TaxProfile }) {
  return (
    <View className="wdt-facts" id="tax-profile">
      <Text className="wdt-facts__title">{profile.businessName}</Text>
      <View className="wdt-facts__row">
        <Text className="wdt-facts__label">经营时长</Text>
        <Text id="tax-months">{profile.monthsInBusiness}个月</Text>
      </View>
      <View className="wdt-facts__row">
        <Text className="wdt-facts__label">近一年销售额</Text>
        <Text id="tax-sales">{formatYuan(profile.yearlySalesFen)}元</Text>
      </View>
      <View className="wdt-facts__row">
        <Text className="wdt-facts__label">近一年纳税额</Text>
        <Text>{formatYuan(profile.taxPaidFen)}元</Text>
      </View>
      <View className="wdt-facts__row">
        <Text className="wdt-facts__label">纳税信用等级</Text>
        <Text id="tax-rating">{RATING_TEXT[profile.taxRating]}</Text>
      </View>
      <Text className="wdt-step__note">数据来自税务部门，获取于{formatDateCn(profile.fetchedAt.slice(0, 10))}。</Text>
    </View>
  )
}

function BusinessOption({ business, selected, onSelect }: { business: TaxBusiness; selected: boolean; onSelect: () => void }) {
  const closed = business.status === 'DEREGISTERED'
  return (
    <View
      className={`wdt-option ${selected ? 'wdt-option--selected' : ''} ${closed ? 'wdt-option--disabled' : ''}`}
      id={`business-${business.uscc}`}
      onClick={onSelect}
    >
      <Text className="wdt-option__title">{business.name}</Text>
      <Text className="wdt-option__meta">
        {business.kind === 'INDIVIDUAL' ? '个体工商户' : '企业'} · {business.role === 'OPERATOR' ? '经营者' : '法定代表人'}
        {closed ? ' · 已注销' : ''}
      </Text>
    </View>
  )
}

/**
 * 纳税授权: pick a linked business (or type its unified social credit code), read the letter in
 * full, consent, and see what was fetched. Nothing typed is lost when the tax service is down.
 */
export function TaxAuthorization({ onNext }: TaxAuthorizationProps) {
  const { draft, update } = useSecureDraft('tax', { uscc: '' })
  const data = useAsync(async () => {
    const loaded = await Promise.all([creditApi.businesses(), creditApi.document('TAX_AUTH')])
    // One active business linked to the borrower: choose it for them (one tap fewer).
    const active = loaded[0].filter((b) => b.status === 'ACTIVE')
    if (active.length === 1) update({ uscc: active[0].uscc })
    return loaded
  }, [])
  const [agreed, setAgreed] = useState(false)
  const [usccError, setUsccError] = useState<string | null>(null)
  const [consentError, setConsentError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [profile, setProfile] = useState<TaxProfile | null>(null)

  const authorize = async () => {
    if (!data.data) return
    const check = validateUscc(draft.uscc)
    setUsccError(check.ok ? null : check.message)
    setConsentError(agreed ? null : '请阅读并同意《纳税信息查询授权书》')
    if (!check.ok || !agreed) return
    setBusy(true)
    try {
      setProfile(await creditApi.authorizeTax(draft.uscc.trim(), data.data[1].version))
    } catch (err) {
      if (isApiError(err) && FIELD_CODES.has(err.code)) setUsccError(err.message)
      else Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setBusy(false)
    }
  }

  if (profile) {
    return (
      <View className="wdt-step" id="tax-done">
        <Text className="wdt-step__lead">授权成功，已获取以下经营信息</Text>
        <TaxProfileView profile={profile} />
        <Button type="primary" block id="tax-next" onClick={onNext}>
          下一步：申请额度
        </Button>
      </View>
    )
  }

  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      {data.data ? (
        <View className="wdt-step" id="tax-step">
          <Text className="wdt-step__lead">选择要授权的经营主体</Text>
          {data.data[0].length ? (
            data.data[0].map((b) => (
              <BusinessOption
                key={b.uscc}
                business={b}
                selected={draft.uscc === b.uscc}
                onSelect={() => {
                  update({ uscc: b.uscc })
                  setUsccError(null)
                }}
              />
            ))
          ) : (
            <Text className="wdt-step__note">未查询到与您关联的经营主体，请输入统一社会信用代码。</Text>
          )}
          <FormField
            id="uscc"
            label="统一社会信用代码"
            placeholder="18位，见营业执照"
            maxLength={18}
            value={draft.uscc}
            error={usccError}
            onChange={(v) => update({ uscc: v.toUpperCase() })}
            onBlur={() => {
              if (!draft.uscc) return
              const r = validateUscc(draft.uscc)
              setUsccError(r.ok ? null : r.message)
            }}
          />
          <LegalDocument id="doc-tax" title={data.data[1].title} version={data.data[1].version} body={data.data[1].body} />
          <Checkbox
            id="tax-consent"
            checked={agreed}
            onChange={(v) => {
              setAgreed(v)
              if (v) setConsentError(null)
            }}
            label="我已阅读并同意授权银行查询本人经营主体的纳税信息"
          />
          {consentError ? (
            <Text className="wdt-field__error" id="tax-consent-error">
              {consentError}
            </Text>
          ) : null}
          <Button type="primary" block id="tax-submit" loading={busy} onClick={authorize}>
            授权并查询
          </Button>
        </View>
      ) : null}
    </PageContainer>
  )
}
