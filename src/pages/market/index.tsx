import Taro, { useRouter } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { loadOrLandHome } from '@/features/entry/load-or-land-home'
import { fetchMarket } from '@/features/entry/api'
import { identityApi } from '@/features/identity/api'
import { MarketView } from '@/features/entry/components/market-view'
import { readParam, routeTo } from '@/routes'

/** A market's landing page, opened by its code. */
export default function MarketPage() {
  const { params } = useRouter()
  const marketId = readParam(params, 'marketId') ?? ''
  const bankerId = readParam(params, 'bankerId')
  const market = useAsync(() => loadOrLandHome(() => fetchMarket(marketId, bankerId)), [marketId, bankerId])

  // A verified borrower goes straight to the application; anyone else verifies first.
  const apply = async () => {
    const identity = await identityApi.status().catch(() => null)
    Taro.navigateTo({ url: identity?.verified ? routeTo('apply') : routeTo('verify', { next: 'apply' }) })
  }

  return (
    <PageContainer status={market.status} error={market.errorMessage} onRetry={market.reload}>
      {market.data ? <MarketView market={market.data} onApply={apply} /> : null}
    </PageContainer>
  )
}
