import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatDateCn, formatYuan } from '@/domain'
import { useAsync } from '@/hooks/use-async'
import { loansApi } from '../api'
import { usePendingOperations } from '../pending.store'
import { DuesList } from './dues-list'
import './loans.css'

export interface DrawResultProps {
  /** The key of the draw's operation. */
  operationKey: string
  onLoan: (loanId: string) => void
  onLoans: () => void
  onHome: () => void
}

/** 用款结果: the money is on the card; the line is smaller by the amount; the dues ahead. */
export function DrawResult({ operationKey, onLoan, onLoans, onHome }: DrawResultProps) {
  const done = usePendingOperations((s) => s.completed.find((c) => c.key === operationKey && c.kind === 'draw'))
  const after = useAsync(() => Promise.all([loansApi.lines(), loansApi.dues()]), [])
  if (!done || done.kind !== 'draw') {
    return (
      <View className="wdt-step" id="draw-result-missing">
        <Text className="wdt-step__lead">未找到这笔用款的结果</Text>
        <Text className="wdt-step__note">请在“我的借款”中查看借据。</Text>
        <Button type="primary" block id="result-loans" onClick={onLoans}>
          我的借款
        </Button>
      </View>
    )
  }
  const draw = done.result
  const line = after.data?.[0].find((l) => l.status === 'ACTIVE')
  const dues = (after.data?.[1] ?? []).filter((d) => d.loanId === draw.loanId)
  return (
    <View className="wdt-money" id="draw-result">
      <View className="wdt-step wdt-center">
        <Text className="wdt-money__success" id="result-title">
          用款成功
        </Text>
        <Text className="wdt-money__big" id="result-amount">
          {formatYuan(draw.amountFen)}
        </Text>
        <Text className="wdt-step__note" id="result-card">
          已实时发放至尾号{draw.cardLast4}的银行卡
        </Text>
        <Text className="wdt-money__muted">{formatDateCn(draw.createdAt.slice(0, 10))}</Text>
      </View>
      {line ? (
        <View className="wdt-step">
          <View className="wdt-money__row">
            <Text className="wdt-money__label">剩余可用额度</Text>
            <Text className="wdt-money__strong" id="result-available">
              {formatYuan(line.availableFen)}元
            </Text>
          </View>
        </View>
      ) : null}
      {dues.length ? (
        <View className="wdt-step">
          <Text className="wdt-money__section-title">还款提醒</Text>
          <DuesList dues={dues} />
        </View>
      ) : null}
      <Button type="primary" block id="result-loan" onClick={() => onLoan(draw.loanId)}>
        查看借据
      </Button>
      <Button fill="outline" type="primary" block id="result-loans" onClick={onLoans}>
        我的借款
      </Button>
      <Button fill="none" block id="result-home" onClick={onHome}>
        返回首页
      </Button>
    </View>
  )
}
