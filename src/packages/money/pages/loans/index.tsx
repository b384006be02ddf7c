import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { LoanList } from '@/features/loans/components/loan-list'
import { PendingGate } from '@/features/loans/components/pending-gate'
import { routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/** 我的借款 (借据), loaded again whenever the page is shown. */
export default function LoansPage() {
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))
  return (
    <PageShell>
      <PendingGate>
        <LoanList
          refreshKey={shown}
          onOpen={(loanId) => Taro.navigateTo({ url: routeTo('loan', { loanId }) })}
          onRepay={(loanId) => Taro.navigateTo({ url: routeTo('repay', { loanId }) })}
          onDraw={() => Taro.navigateTo({ url: routeTo('draw') })}
        />
      </PendingGate>
    </PageShell>
  )
}
