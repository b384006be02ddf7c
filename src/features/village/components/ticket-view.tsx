import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import { formatDateCn, formatYuan } from '@/domain'
import { LegalDocument } from '@/components/document-text'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { isApiError, messageOf } from '@/services/api/errors'
import { villageApi } from '../api'

export interface TicketViewProps {
  ticket: string
  /** The signer must be verified (identity and face) before signing. */
  verified: boolean
  onVerify: () => void
  onHome: () => void
}

/** An instant as Beijing date and time (the borrower's clock, whatever the phone's zone). */
function beijing(iso: string): string {
  const t = new Date(Date.parse(iso) + 8 * 3600_000).toISOString()
  return `${formatDateCn(t.slice(0, 10))} ${t.slice(11, 16)}`
}

const ROLE_TEXT = { SPOUSE: '配偶', GUARANTOR: '担保人' } as const

/** Codes that end the ticket's story: shown as the page's message, not as a retryable error. */
const FINAL_CODES = new Set(['TICKET_NOT_FOUND', 'TICKET_EXPIRED', 'TICKET_USED'])

/**
 * A banker's remote-authorization ticket: who asks, for which application and why; the invited
 * spouse or guarantor verifies identity and face, reads the credit-report authorization in full and
 * signs it.
 */
export function TicketView({ ticket, verified, onVerify, onHome }: TicketViewProps) {
  const data = useAsync(villageApi.ticket.bind(null, ticket), [ticket])
  const [agreed, setAgreed] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [signedAt, setSignedAt] = useState<string | null>(null)

  const sign = async () => {
    if (!data.data) return
    if (!agreed) return setError('请阅读并同意《个人征信查询授权书》')
    setBusy(true)
    setError(null)
    try {
      const res = await villageApi.sign(ticket, data.data.document.version)
      setSignedAt(res.signedAt)
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  if (data.status === 'error' && isApiError(data.error) && FINAL_CODES.has(data.error.code)) {
    return (
      <View className="wdt-step" id="ticket-closed">
        <Text className="wdt-step__lead">无法使用该授权邀请</Text>
        <Text className="wdt-step__note" id="ticket-message">
          {data.error.message}
        </Text>
        <Button type="primary" block id="ticket-home" onClick={onHome}>
          返回首页
        </Button>
      </View>
    )
  }

  // The signer opening the ticket again sees it done.
  const doneAt = signedAt ?? (data.data?.status === 'USED' ? (data.data.signedAt ?? null) : null)
  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      {doneAt ? (
        <View className="wdt-step wdt-center" id="ticket-signed">
          <Text className="wdt-step__lead">授权已完成</Text>
          <Text className="wdt-step__note">签署时间：{beijing(doneAt)}。客户经理将据此办理后续手续。</Text>
          <Button type="primary" block id="ticket-home" onClick={onHome}>
            返回首页
          </Button>
        </View>
      ) : data.data ? (
        <View className="wdt-step" id="ticket-open">
          <Text className="wdt-step__lead">征信查询授权邀请</Text>
          <View className="wdt-facts">
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">邀请人</Text>
              <Text id="ticket-banker">
                {data.data.requestedBy.bankerName}（{data.data.requestedBy.branch}）
              </Text>
            </View>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">申请人</Text>
              <Text id="ticket-applicant">{data.data.applicant.nameMasked}</Text>
            </View>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">您的身份</Text>
              <Text id="ticket-role">{ROLE_TEXT[data.data.role]}</Text>
            </View>
            {data.data.application ? (
              <View className="wdt-facts__row">
                <Text className="wdt-facts__label">申请</Text>
                <Text>
                  {data.data.application.productName} {formatYuan(data.data.application.amountFen)}元
                </Text>
              </View>
            ) : null}
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">用途</Text>
              <Text id="ticket-purpose">{data.data.purpose}</Text>
            </View>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">有效期至</Text>
              <Text>{beijing(data.data.expiresAt)}</Text>
            </View>
          </View>
          {verified ? (
            <>
              <LegalDocument id="doc-credit-report" title={data.data.document.title} version={data.data.document.version} body={data.data.document.body} />
              <Checkbox id="ticket-consent" checked={agreed} onChange={setAgreed} label="我已阅读并同意《个人征信查询授权书》" />
              {error ? (
                <Text className="wdt-field__error" id="ticket-error">
                  {error}
                </Text>
              ) : null}
              <Button type="primary" block id="ticket-sign" loading={busy} onClick={sign}>
                签署授权
              </Button>
            </>
          ) : (
            <>
              <Text className="wdt-step__note">为确认是您本人授权，请先完成实名认证和人脸识别。</Text>
              <Button type="primary" block id="ticket-verify" onClick={onVerify}>
                实名认证后授权
              </Button>
            </>
          )}
        </View>
      ) : null}
    </PageContainer>
  )
}
