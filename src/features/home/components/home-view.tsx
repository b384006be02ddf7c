import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schemas } from '@/services/api/types'
import './home-view.css'

export interface HomeViewProps {
  notice?: string
  identity: Schemas['IdentityStatus'] | null
  onVerify: () => void
  onLimits: () => void
  /** An application waiting for its decision (the app was closed while it waited). */
  pendingApplication: boolean
  onPendingApplication: () => void
  origin: { kind: 'market' | 'station'; id: string } | null
  onOpenOrigin: () => void
  onMe: () => void
  /** The borrower-with-a-line block (available amount, draw, repay, dues), composed by the page. */
  money?: ReactNode
}

/** Home: a scanned code's message if any, the borrower's standing, and the next thing to do. */
export function HomeView(props: HomeViewProps) {
  const { notice, identity, onVerify, onLimits, pendingApplication, onPendingApplication, origin, onOpenOrigin, onMe, money } = props
  return (
    <View className="wdt-home" id="home">
      {notice ? (
        <View className="wdt-home__notice" id="home-notice">
          <Text>{notice}</Text>
        </View>
      ) : null}
      <View className="wdt-home__hero">
        <Text className="wdt-home__title">微贷通</Text>
        <Text className="wdt-home__subtitle">小微商户、个体工商户线上贷款 · 随借随还</Text>
      </View>
      {identity?.verified ? money : null}
      <View className="wdt-step" id="home-identity">
        {identity?.verified ? (
          <>
            <Text className="wdt-step__lead" id="home-greeting">
              您好，{identity.nameMasked}
            </Text>
            <Text className="wdt-step__note">您已完成实名认证。</Text>
            <Button type="primary" block id="home-limits" onClick={onLimits}>
              我的额度
            </Button>
          </>
        ) : (
          <>
            <Text className="wdt-step__lead">完成实名认证，最快1分钟获得额度</Text>
            <Text className="wdt-step__note">全程线上办理：阅读授权、验证手机号、身份证、人脸识别。</Text>
            <Button type="primary" block id="home-verify" onClick={onVerify}>
              {identity && identity.step !== 'CONSENT' ? '继续认证' : '开始认证'}
            </Button>
          </>
        )}
      </View>
      {pendingApplication ? (
        <Button block type="primary" fill="outline" id="home-decision" onClick={onPendingApplication}>
          您的额度申请正在审批，查看进度
        </Button>
      ) : null}
      {origin ? (
        <Button block fill="outline" type="primary" id="home-origin" onClick={onOpenOrigin}>
          {origin.kind === 'market' ? '返回扫码的市场' : '返回扫码的服务站'}
        </Button>
      ) : null}
      <Button block fill="none" id="home-me" onClick={onMe}>
        我的（认证信息、银行卡、授权记录、大字模式）
      </Button>
    </View>
  )
}
