import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { identityApi } from '@/features/identity/api'
import { useEntryStore } from '@/features/entry/store'
import { HomeView } from '@/features/home/components/home-view'
import { readParam, routeTo } from '@/routes'

export default function HomePage() {
  const { params } = useRouter()
  const identity = useAsync(identityApi.status, [])
  const origin = useEntryStore((s) => s.origin)
  useDidShow(() => {
    if (identity.status === 'success') identity.reload()
  })

  const openOrigin = () => {
    if (!origin) return
    const url =
      origin.kind === 'market'
        ? routeTo('market', { marketId: origin.id, bankerId: origin.bankerId })
        : routeTo('station', { stationId: origin.id })
    Taro.navigateTo({ url })
  }

  return (
    <PageContainer status={identity.status} error={identity.errorMessage} onRetry={identity.reload}>
      <HomeView
        notice={readParam(params, 'notice')}
        identity={identity.data}
        onVerify={() => Taro.navigateTo({ url: routeTo('verify') })}
        origin={origin}
        onOpenOrigin={openOrigin}
      />
    </PageContainer>
  )
}
