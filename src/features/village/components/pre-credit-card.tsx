import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { formatRate, formatYuan } from '@/domain'
import { LegalDocument } from '@/components/document-text'
import { useAsync } from '@/hooks/use-async'
import { messageOf } from '@/services/api/errors'
import { villageApi } from '../api'

export interface PreCreditCardProps {
  /** Changes when the page is shown again (e.g. back from verification): reload. */
  refreshKey?: number
  onVerify: () => void
  onApply: () => void
  onLimits: () => void
}

/**
 * 整村授信: the household's pre-approved amount, activated by a verified villager who signs the
 * agreement; someone not on the roster is offered the normal application and the banker.
 */
export function PreCreditCard({ refreshKey = 0, onVerify, onApply, onLimits }: PreCreditCardProps) {
  const data = useAsync(villageApi.preCredit, [refreshKey])
  const [reading, setReading] = useState(false)
  const [agreed, setAgreed] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const activate = async () => {
    const agreement = data.data?.agreement
    if (!agreement) return
    if (!agreed) return setError('请阅读并同意额度协议')
    setBusy(true)
    try {
      await villageApi.activate(agreement.version)
      Taro.showToast({ title: '额度已激活', icon: 'none' })
      data.reload()
    } catch (err) {
      setError(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  const pre = data.data
  if (!pre) {
    return data.status === 'error' ? (
      <View className="wdt-step" id="pre-credit">
        <Text className="wdt-step__note">{data.errorMessage}</Text>
        <Button size="small" onClick={data.reload}>
          重新加载
        </Button>
      </View>
    ) : null
  }
  return (
    <View className="wdt-step" id="pre-credit" data-status={pre.status}>
      <Text className="wdt-step__lead">我的预授信额度</Text>
      {pre.status === 'NOT_VERIFIED' ? (
        <>
          <Text className="wdt-step__note">整村授信的村民，完成实名认证后即可查看本户的预授信额度。</Text>
          <Button type="primary" block id="pre-credit-verify" onClick={onVerify}>
            实名认证，查看额度
          </Button>
        </>
      ) : null}
      {pre.status === 'NOT_ON_ROSTER' ? (
        <>
          <Text className="wdt-step__note" id="pre-credit-not-listed">
            您暂不在本村授信名单中。您可以直接在线申请，或联系本站客户经理。
          </Text>
          <Button type="primary" block id="pre-credit-apply" onClick={onApply}>
            在线申请额度
          </Button>
        </>
      ) : null}
      {pre.status === 'AVAILABLE' ? (
        <>
          <Text className="wdt-muted">{pre.village}整村授信 · 本户预授信额度（元）</Text>
          <Text className="wdt-big-figure" id="pre-credit-amount">
            {formatYuan(pre.amountFen ?? 0)}
          </Text>
          <Text className="wdt-rate">年化利率（单利）{formatRate(pre.annualRateBps ?? 0)}</Text>
          {reading && pre.agreement ? (
            <>
              <LegalDocument id="doc-village" title={pre.agreement.title} version={pre.agreement.version} body={pre.agreement.body} />
              <Checkbox id="pre-credit-consent" checked={agreed} onChange={setAgreed} label="我已阅读并同意额度协议" />
              {error ? (
                <Text className="wdt-field__error" id="pre-credit-error">
                  {error}
                </Text>
              ) : null}
              <Button type="primary" block id="pre-credit-activate" loading={busy} onClick={activate}>
                签署并激活额度
              </Button>
            </>
          ) : (
            <Button type="primary" block id="pre-credit-read" onClick={() => setReading(true)}>
              激活额度
            </Button>
          )}
        </>
      ) : null}
      {pre.status === 'ACTIVATED' ? (
        <>
          <Text className="wdt-step__note" id="pre-credit-activated">
            本户额度已激活，可随借随还。
          </Text>
          <Button type="primary" block id="pre-credit-limits" onClick={onLimits}>
            查看额度
          </Button>
        </>
      ) : null}
    </View>
  )
}
