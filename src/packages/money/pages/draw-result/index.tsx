import Taro, { useRouter } from '@tarojs/taro'
import { DrawResult } from '@/features/loans/components/draw-result'
import { readParam, routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/** 用款结果. */
export default function DrawResultPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <DrawResult
        operationKey={readParam(params, 'key') ?? ''}
        onLoan={(loanId) => Taro.redirectTo({ url: routeTo('loan', { loanId }) })}
        onLoans={() => Taro.redirectTo({ url: routeTo('loans') })}
        onHome={() => Taro.reLaunch({ url: routeTo('home') })}
      />
    </PageShell>
  )
}
