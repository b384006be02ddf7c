import Taro, { useRouter } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { isApiError } from '@/services/api/errors'
import { fetchMarket } from '@/features/entry/api'
import { MarketView } from '@/features/entry/components/market-view'
import { readParam, routeTo } from '@/routes'

/** A market's landing page, opened by its code. */
export default function MarketPage() {
  const { params } = useRouter()
  const marketId = readParam(params, 'marketId') ?? ''
  const bankerId = readParam(params, 'bankerId')
  const market = useAsync(async () => {
    try {
      return await fetchMarket(marketId, bankerId)
    } catch (e) {
      // A code for a market the bank no longer serves lands on home with the reason.
      if (isApiError(e) && e.status === 404) {
        await Taro.reLaunch({ url: routeTo('home', { notice: e.message }) })
      }
      throw e
    }
  }, [marketId, bankerId])

  const apply = () => Taro.navigateTo({ url: routeTo('verify', { next: 'apply' }) })

  return (
    <PageContainer status={market.status} error={market.errorMessage} onRetry={market.reload}>
      {market.data ? <MarketView market={market.data} onApply={apply} /> : null}
    </PageContainer>
  )
}
