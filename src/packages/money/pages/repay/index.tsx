import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PendingGate } from '@/features/loans/components/pending-gate'
import { RepayForm } from '@/features/loans/components/repay-form'
import { readParam, routeTo } from '@/routes'

/** 还款. A repayment left pending is confirmed first; if it was this loan's, its result is shown. */
export default function RepayPage() {
  const { params } = useRouter()
  const loanId = readParam(params, 'loanId') ?? ''
  const [resultKey, setResultKey] = useState<string | null>(null)
  return (
    <View className="wdt-page">
      <PendingGate
        onOutcomes={(outcomes) => {
          const repaid = outcomes.find((o) => o.status === 'done' && o.op.kind === 'repayment' && o.op.body.loanId === loanId)
          if (repaid) setResultKey(repaid.op.key)
        }}
      >
        <RepayForm
          loanId={loanId}
          resultKey={resultKey}
          onLoans={() => Taro.redirectTo({ url: routeTo('loans') })}
          onLimits={() => Taro.reLaunch({ url: routeTo('limits') })}
        />
      </PendingGate>
    </View>
  )
}
