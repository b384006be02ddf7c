import { View, Text } from '@tarojs/components'
import { BankerCard } from '@/components/banker-card'
import type { Station } from '../api'
import './market-view.css'

export interface StationViewProps {
  station: Station
}

/** A station's landing: where it is, when it is open, and its banker. */
export function StationView({ station }: StationViewProps) {
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
    </View>
  )
}
