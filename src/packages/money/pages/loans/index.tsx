import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { LoanList } from '@/features/loans/components/loan-list'
import { PendingGate } from '@/features/loans/components/pending-gate'
import { routeTo } from '@/routes'

/** 我的借款 (借据), loaded again whenever the page is shown. */
export default function LoansPage() {
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))
  return (
    <View className="wdt-page">
      <PendingGate>
        <LoanList
          refreshKey={shown}
          onOpen={(loanId) => Taro.navigateTo({ url: routeTo('loan', { loanId }) })}
          onRepay={(loanId) => Taro.navigateTo({ url: routeTo('repay', { loanId }) })}
          onDraw={() => Taro.navigateTo({ url: routeTo('draw') })}
        />
      </PendingGate>
    </View>
  )
}
