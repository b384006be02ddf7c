import Taro, { useRouter } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { loadOrLandHome } from '@/features/entry/load-or-land-home'
import { fetchMarket } from '@/features/entry/api'
import { MarketView } from '@/features/entry/components/market-view'
import { readParam, routeTo } from '@/routes'

/** A market's landing page, opened by its code. */
export default function MarketPage() {
  const { params } = useRouter()
  const marketId = readParam(params, 'marketId') ?? ''
  const bankerId = readParam(params, 'bankerId')
  const market = useAsync(() => loadOrLandHome(() => fetchMarket(marketId, bankerId)), [marketId, bankerId])

  const apply = () => Taro.navigateTo({ url: routeTo('verify', { next: 'apply' }) })

  return (
    <PageContainer status={market.status} error={market.errorMessage} onRetry={market.reload}>
      {market.data ? <MarketView market={market.data} onApply={apply} /> : null}
    </PageContainer>
  )
}
