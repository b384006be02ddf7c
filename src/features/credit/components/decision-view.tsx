import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Progress } from '@nutui/nutui-react-taro'
import { formatDateCn, formatRate, formatYuan } from '@/domain'
import { BankerCard } from '@/components/banker-card'
import { messageOf } from '@/services/api/errors'
import { creditApi, type Application } from '../api'
import './credit.css'

export interface DecisionViewProps {
  applicationId: string
  onShowLimits: () => void
  onHome: () => void
  /** Called once when a decision arrives (e.g. to clear the draft). */
  onDecided?: (application: Application) => void
}

const ROLE_TEXT = { SPOUSE: '配偶', GUARANTOR: '担保人' } as const

/** Authorizations the bank received for this application (a spouse's or guarantor's, by ticket). */
function Authorizations({ application }: { application: Application }) {
  if (!application.authorizations?.length) return null
  return (
    <View className="wdt-facts" id="decision-authorizations">
      {application.authorizations.map((a) => (
        <Text key={`${a.role}-${a.signedAt}`} className="wdt-muted">
          已收到{ROLE_TEXT[a.role]}{a.nameMasked}的征信查询授权（{formatDateCn(a.signedAt.slice(0, 10))}）
        </Text>
      ))}
    </View>
  )
}

/** 1 s, 1.5 s, 2.25 s … capped at 5 s between polls. */
export function pollDelayMs(attempt: number): number {
  return Math.min(5000, Math.round(1000 * 1.5 ** attempt))
}

/**
 * Waits for the bank's decision without freezing: progress while it is pending, polling with
 * backoff; leaving and coming back resumes the wait (the application id is kept in the draft).
 */
export function DecisionView({ applicationId, onShowLimits, onHome, onDecided }: DecisionViewProps) {
  const [application, setApplication] = useState<Application | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [elapsed, setElapsed] = useState(0)
  const decidedRef = useRef(onDecided)
  decidedRef.current = onDecided

  useEffect(() => {
    let alive = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async (attempt: number) => {
      try {
        const app = await creditApi.application(applicationId)
        if (!alive) return
        setApplication(app)
        setError(null)
        if (app.status !== 'PENDING') {
          decidedRef.current?.(app)
          return
        }
      } catch (err) {
        if (!alive) return
        setError(messageOf(err))
      }
      timer = setTimeout(() => poll(attempt + 1), pollDelayMs(attempt))
    }
    void poll(0)
    const tick = setInterval(() => setElapsed((s) => s + 1), 1000)
    return () => {
      alive = false
      if (timer) clearTimeout(timer)
      clearInterval(tick)
    }
  }, [applicationId])

  if (!application || application.status === 'PENDING') {
    return (
      <View className="wdt-step wdt-center" id="decision-pending">
        <Text className="wdt-step__lead">正在为您审批</Text>
        <Progress percent={Math.min(95, 20 + elapsed * 15)} />
        <Text className="wdt-step__note">通常只需几秒钟。您可以离开此页面，回来后会继续显示结果。</Text>
        {error ? (
          <Text className="wdt-field__error" id="decision-error">
            {error}，正在重试…
          </Text>
        ) : null}
      </View>
    )
  }

  const decision = application.decision
  if (application.status === 'APPROVED' && decision) {
    return (
      <View className="wdt-step wdt-center" id="decision-approved">
        <Text className="wdt-step__lead">恭喜，审批通过</Text>
        <Text className="wdt-muted">您的额度（元）</Text>
        <Text className="wdt-big-figure" id="decision-line">
          {formatYuan(decision.lineFen ?? 0)}
        </Text>
        <Text className="wdt-rate" id="decision-rate">
          年化利率（单利）{formatRate(decision.annualRateBps ?? 0)}
        </Text>
        {decision.validUntil ? <Text className="wdt-muted">额度有效期至{formatDateCn(decision.validUntil)}，随借随还，按日计息</Text> : null}
        <Authorizations application={application} />
        {decision.propertyExtraFen ? (
          <Text className="wdt-muted" id="decision-property-extra">
            其中房产增信{formatYuan(decision.propertyExtraFen)}元
          </Text>
        ) : null}
        <Button type="primary" block id="decision-limits" onClick={onShowLimits}>
          查看我的额度
        </Button>
      </View>
    )
  }

  return (
    <View className="wdt-step" id={application.status === 'DECLINED' ? 'decision-declined' : 'decision-referred'}>
      <Text className="wdt-step__lead">{application.status === 'DECLINED' ? '暂未通过线上审批' : '已转人工审核'}</Text>
      <Text className="wdt-step__note" id="decision-message">
        {decision?.message}
      </Text>
      {decision?.banker ? <BankerCard banker={decision.banker} /> : null}
      <Authorizations application={application} />
      <Button block fill="outline" type="primary" id="decision-home" onClick={onHome}>
        返回首页
      </Button>
    </View>
  )
}
