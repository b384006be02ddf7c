import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatRate, formatYuanShort } from '@/domain'
import { BankerCard } from '@/components/banker-card'
import type { Market } from '../api'
import './market-view.css'

export interface MarketViewProps {
  market: Market
  onApply: () => void
}

const KIND_LABEL: Record<Market['products'][number]['kind'], string> = {
  CREDIT: '信用贷款',
  PROPERTY: '信用+房产',
}

/** A market's landing: who serves it, what it offers, and the way to apply. */
export function MarketView({ market, onApply }: MarketViewProps) {
  return (
    <View className="wdt-market" id="market-view">
      <View className="wdt-market__head">
        <Text className="wdt-market__name" id="market-name">
          {market.name}
        </Text>
        <Text className="wdt-market__address">
          {market.district} · {market.address}
        </Text>
      </View>

      <Text className="wdt-section-title">可申请的产品</Text>
      {market.products.map((p) => (
        <View className="wdt-product" key={p.id} id={`product-${p.id}`}>
          <View className="wdt-product__row">
            <Text className="wdt-product__name">{p.name}</Text>
            <Text className="wdt-product__kind">{KIND_LABEL[p.kind]}</Text>
          </View>
          <View className="wdt-product__figures">
            <View className="wdt-product__figure">
              <Text className="wdt-product__value wdt-product__rate">{formatRate(p.minRateBps)}起</Text>
              <Text className="wdt-product__caption">年化利率（单利）</Text>
            </View>
            <View className="wdt-product__figure">
              <Text className="wdt-product__value">{formatYuanShort(p.maxAmountFen)}</Text>
              <Text className="wdt-product__caption">最高额度（元）</Text>
            </View>
            <View className="wdt-product__figure">
              <Text className="wdt-product__value">{p.maxTermMonths}个月</Text>
              <Text className="wdt-product__caption">最长期限</Text>
            </View>
          </View>
          <Text className="wdt-product__summary">{p.summary}</Text>
        </View>
      ))}

      <Text className="wdt-section-title">您的专属客户经理</Text>
      <BankerCard banker={market.banker} />

      <View className="wdt-market__cta">
        <Button type="primary" block size="large" id="market-apply" onClick={onApply}>
          立即申请
        </Button>
        <Text className="wdt-market__hint">最快1分钟出额度，随借随还，按日计息</Text>
      </View>
    </View>
  )
}
