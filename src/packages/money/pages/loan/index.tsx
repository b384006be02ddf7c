import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { LoanDetailView } from '@/features/loans/components/loan-detail'
import { readParam, routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/** 借据详情: schedule and records, loaded again whenever the page is shown. */
export default function LoanPage() {
  const { params } = useRouter()
  const loanId = readParam(params, 'loanId') ?? ''
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))
  return (
    <PageShell>
      <LoanDetailView loanId={loanId} refreshKey={shown} onRepay={() => Taro.navigateTo({ url: routeTo('repay', { loanId }) })} />
    </PageShell>
  )
}
