import { View, Text, Button as NativeButton } from '@tarojs/components'
import { Button, Switch } from '@nutui/nutui-react-taro'
import { platform } from '@/platform'
import type { Schemas } from '@/services/api/types'
import { ConsentRecords } from './consent-records'
import './me-view.css'

export interface MeViewProps {
  identity: Schemas['IdentityStatus']
  largeText: boolean
  onLargeText: (on: boolean) => void
  onVerify: () => void
  onLimits: () => void
  onCards: () => void
  onPrivacy: () => void
  onLogout: () => void
}

/** 我的: who the bank knows (masked), cards, consents on record, display and support, log out. */
export function MeView(props: MeViewProps) {
  const { identity, largeText, onLargeText, onVerify, onLimits, onCards, onPrivacy, onLogout } = props
  return (
    <View className="wdt-me" id="me">
      <View className="wdt-step" id="me-identity">
        <Text className="wdt-step__lead">{identity.verified ? '已实名认证' : '未完成实名认证'}</Text>
        {identity.nameMasked ? (
          <View className="wdt-facts__row">
            <Text className="wdt-facts__label">姓名</Text>
            <Text id="me-name">{identity.nameMasked}</Text>
          </View>
        ) : null}
        {identity.idNumberMasked ? (
          <View className="wdt-facts__row">
            <Text className="wdt-facts__label">身份证号</Text>
            <Text id="me-id">{identity.idNumberMasked}</Text>
          </View>
        ) : null}
        {identity.mobileMasked ? (
          <View className="wdt-facts__row">
            <Text className="wdt-facts__label">手机号</Text>
            <Text id="me-mobile">{identity.mobileMasked}</Text>
          </View>
        ) : null}
        {identity.verified ? null : (
          <Button type="primary" block id="me-verify" onClick={onVerify}>
            去认证
          </Button>
        )}
      </View>

      <View className="wdt-step">
        <View className="wdt-me__row" id="me-limits" onClick={onLimits}>
          <Text>我的额度</Text>
          <Text className="wdt-me__arrow">›</Text>
        </View>
        <View className="wdt-me__row" id="me-cards" onClick={onCards}>
          <Text>银行卡</Text>
          <Text className="wdt-me__arrow">›</Text>
        </View>
        <View className="wdt-me__row" id="me-privacy" onClick={onPrivacy}>
          <Text>个人信息处理规则</Text>
          <Text className="wdt-me__arrow">›</Text>
        </View>
        <View className="wdt-me__row">
          <Text>大字模式</Text>
          <Switch id="me-large-text" checked={largeText} onChange={onLargeText} />
        </View>
        {platform.support.mode === 'wechat-contact' ? (
          <NativeButton className="wdt-me__contact" openType="contact" id="me-contact">
            在线客服
          </NativeButton>
        ) : (
          <Text className="wdt-step__note" id="me-contact-note">
            在线客服请在微信小程序中使用，也可直接联系为您服务的客户经理。
          </Text>
        )}
      </View>

      <ConsentRecords />

      <Button block fill="outline" type="danger" id="me-logout" onClick={onLogout}>
        退出登录并清除本机数据
      </Button>
    </View>
  )
}
