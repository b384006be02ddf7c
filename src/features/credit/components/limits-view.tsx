import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatDateCn, formatRate, formatYuan } from '@/domain'
import type { CreditLine } from '../api'
import './credit.css'

export interface LimitsViewProps {
  lines: CreditLine[]
  onApply: () => void
}

/** The daily rate, shown smaller than the annualized one (PBOC 〔2021〕No.3). */
export function dailyRateText(annualRateBps: number): string {
  return `${(annualRateBps / 100 / 360).toFixed(4)}%`
}

/** 额度: every line with its total, available, used, validity and annualized rate. */
export function LimitsView({ lines, onApply }: LimitsViewProps) {
  if (!lines.length) {
    return (
      <View className="wdt-step wdt-center" id="limits-empty">
        <Text className="wdt-step__lead">您还没有额度</Text>
        <Text className="wdt-step__note">完成实名认证和纳税授权，最快1分钟获得额度。</Text>
        <Button type="primary" block id="limits-apply" onClick={onApply}>
          立即申请
        </Button>
      </View>
    )
  }
  return (
    <View className="wdt-limits" id="limits">
      {lines.map((line) => (
        <View className="wdt-step" key={line.id} id={`line-${line.id}`}>
          <Text className="wdt-option__title">
            {line.productName}
            {line.status === 'EXPIRED' ? '（已到期）' : ''}
          </Text>
          <Text className="wdt-muted">可用额度（元）</Text>
          <Text className="wdt-big-figure" id={`line-${line.id}-available`}>
            {formatYuan(line.availableFen)}
          </Text>
          <Text className="wdt-rate" id={`line-${line.id}-rate`}>
            年化利率（单利）{formatRate(line.annualRateBps)}
          </Text>
          <View className="wdt-facts">
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">总额度</Text>
              <Text id={`line-${line.id}-total`}>{formatYuan(line.totalFen)}元</Text>
            </View>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">已用额度</Text>
              <Text id={`line-${line.id}-used`}>{formatYuan(line.usedFen)}元</Text>
            </View>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">有效期</Text>
              <Text>
                {formatDateCn(line.validFrom)}至{formatDateCn(line.validUntil)}
              </Text>
            </View>
          </View>
          <Text className="wdt-muted">按日计息，日利率{dailyRateText(line.annualRateBps)}，年化利率按单利计算，无其他费用。</Text>
        </View>
      ))}
    </View>
  )
}
