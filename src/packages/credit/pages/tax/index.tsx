import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { TaxAuthorization } from '@/features/credit/components/tax-authorization'
import { routeTo } from '@/routes'

/** 纳税授权 (银税互动). */
export default function TaxPage() {
  return (
    <View className="wdt-page">
      <TaxAuthorization onNext={() => Taro.redirectTo({ url: routeTo('apply') })} />
    </View>
  )
}
