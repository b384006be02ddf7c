import { View, Text, Image } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { maskMobile } from '@/domain'
import { env } from '@/config/env'
import './index.css'

export interface BankerCardProps {
  banker: { id: string; name: string; title: string; branch: string; phone: string; photoUrl: string }
}

/** The borrower's named banker: photo, name, masked work phone and a call button. */
export function BankerCard({ banker }: BankerCardProps) {
  const call = () => {
    Taro.makePhoneCall({ phoneNumber: banker.phone }).catch(() => undefined)
  }
  const photo = banker.photoUrl.startsWith('http') ? banker.photoUrl : `${env.apiBase}${banker.photoUrl}`
  return (
    <View className="wdt-banker" id="banker-card">
      <Image className="wdt-banker__photo" src={photo} mode="aspectFill" />
      <View className="wdt-banker__info">
        <Text className="wdt-banker__name" id="banker-name">
          {banker.name}
        </Text>
        <Text className="wdt-banker__meta">
          {banker.title} · {banker.branch}
        </Text>
        <Text className="wdt-banker__phone" id="banker-phone">
          {maskMobile(banker.phone)}
        </Text>
      </View>
      <Button size="small" type="primary" fill="outline" id="banker-call" onClick={call}>
        打电话
      </Button>
    </View>
  )
}
