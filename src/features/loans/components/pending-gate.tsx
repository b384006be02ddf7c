import { useEffect, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { useReconcile } from '../hooks/use-money-operation'
import type { SendOutcome } from '../pending.store'
import './loans.css'

export interface PendingGateProps {
  /** What the confirmed operations were (a draw booked before the app was closed, say). */
  onOutcomes?: (outcomes: SendOutcome[]) => void
  children: ReactNode
}

/** While unresolved, the bank is asked again this often. */
const RECHECK_MS = 3_000

export const CONFIRMING_TEXT = '网络异常，正在确认结果…'

/** A lost answer being confirmed: said plainly, with a way to ask again now. */
export function ConfirmingNotice({ onRetry, stalled }: { onRetry?: () => void; stalled?: boolean }) {
  return (
    <View className="wdt-money__notice" id="money-confirming">
      <Text>{CONFIRMING_TEXT}</Text>
      <Text className="wdt-money__muted">
        {stalled ? '暂未收到银行的结果。请检查网络后点“重新确认”，不会重复扣款或放款。' : '请勿重复操作，同一笔交易只会处理一次。'}
      </Text>
      {onRetry ? (
        <Button size="small" type="primary" fill="outline" id="money-confirm-retry" onClick={onRetry}>
          重新确认
        </Button>
      ) : null}
    </View>
  )
}

/**
 * Before a money screen offers a new draw or repayment, every operation left pending (the app
 * closed mid-request, a lost answer) is confirmed with its own key.
 */
export function PendingGate({ onOutcomes, children }: PendingGateProps) {
  const { state, retry } = useReconcile(onOutcomes)
  useEffect(() => {
    if (state !== 'unresolved') return
    const t = setTimeout(retry, RECHECK_MS)
    return () => clearTimeout(t)
  }, [state, retry])
  if (state === 'checking') {
    return (
      <View className="wdt-page__loading" id="money-checking">
        <Loading>正在确认上次的交易…</Loading>
      </View>
    )
  }
  if (state === 'unresolved') return <ConfirmingNotice onRetry={retry} stalled />
  return <>{children}</>
}
