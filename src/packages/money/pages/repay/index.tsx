import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { PendingGate } from '@/features/loans/components/pending-gate'
import { RepayForm } from '@/features/loans/components/repay-form'
import { readParam, routes, routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/** Back to the loans page when it is the one below, else open it in place of this one. */
function toLoans() {
  const stack = Taro.getCurrentPages()
  const below = stack[stack.length - 2]
  if (below && `/${below.route ?? ''}`.startsWith(routes.loans)) Taro.navigateBack()
  else Taro.redirectTo({ url: routeTo('loans') })
}

/** 还款. A repayment left pending is confirmed first; if it was this loan's, its result is shown. */
export default function RepayPage() {
  const { params } = useRouter()
  const loanId = readParam(params, 'loanId') ?? ''
  const [resultKey, setResultKey] = useState<string | null>(null)
  return (
    <PageShell>
      <PendingGate
        onOutcomes={(outcomes) => {
          const repaid = outcomes.find((o) => o.status === 'done' && o.op.kind === 'repayment' && o.op.body.loanId === loanId)
          if (repaid) setResultKey(repaid.op.key)
        }}
      >
        <RepayForm loanId={loanId} resultKey={resultKey} onLoans={toLoans} onLimits={() => Taro.reLaunch({ url: routeTo('limits') })} />
      </PendingGate>
    </PageShell>
  )
}
