import { View } from '@tarojs/components'
import { CardsView } from '@/features/loans/components/cards-view'

/** 我的银行卡. */
export default function CardsPage() {
  return (
    <View className="wdt-page">
      <CardsView />
    </View>
  )
}
