import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { BankerCard } from '@/components/banker-card'
import type { Station } from '../api'
import './market-view.css'

export interface StationViewProps {
  station: Station
  onVerify: () => void
}

/** A station's landing: where it is, when it is open, and its banker. */
export function StationView({ station, onVerify }: StationViewProps) {
  return (
    <View className="wdt-market" id="station-view">
      <View className="wdt-market__head">
        <Text className="wdt-market__name" id="station-name">
          {station.name}
        </Text>
        <Text className="wdt-market__address">
          {station.village} · {station.address}
        </Text>
        <Text className="wdt-market__address" id="station-hours">
          服务时间：{station.hours}
        </Text>
      </View>
      <Text className="wdt-section-title">本站客户经理</Text>
      <BankerCard banker={station.banker} />
      <View className="wdt-market__cta">
        <Button type="primary" block size="large" id="station-verify" onClick={onVerify}>
          实名认证，查看我的额度
        </Button>
      </View>
    </View>
  )
}
