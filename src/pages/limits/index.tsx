import Taro, { useDidShow } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { creditApi } from '@/features/credit/api'
import { LimitsView } from '@/features/credit/components/limits-view'
import { routeTo } from '@/routes'

/** 我的额度 (main package: it is where a borrower with a line starts). */
export default function LimitsPage() {
  const lines = useAsync(creditApi.lines, [])
  useDidShow(() => {
    if (lines.status === 'success') lines.reload()
  })
  return (
    <PageContainer status={lines.status} error={lines.errorMessage} onRetry={lines.reload}>
      {lines.data ? <LimitsView lines={lines.data} onApply={() => Taro.navigateTo({ url: routeTo('apply') })} /> : null}
    </PageContainer>
  )
}
