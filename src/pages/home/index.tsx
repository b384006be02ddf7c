import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { identityApi } from '@/features/identity/api'
import { useEntryStore } from '@/features/entry/store'
import { useApplicationDraft } from '@/features/credit/store'
import { HomeView } from '@/features/home/components/home-view'
import { HomeMoney } from '@/features/loans/components/home-money'
import { readParam, routeTo } from '@/routes'

export default function HomePage() {
  const { params } = useRouter()
  const identity = useAsync(identityApi.status, [])
  const origin = useEntryStore((s) => s.origin)
  const pendingApplication = useApplicationDraft((s) => s.draft.applicationId)
  const [shown, setShown] = useState(0)
  useDidShow(() => {
    if (identity.status === 'success') identity.reload()
    setShown((n) => n + 1)
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
        onLimits={() => Taro.navigateTo({ url: routeTo('limits') })}
        pendingApplication={Boolean(pendingApplication)}
        onPendingApplication={() => Taro.navigateTo({ url: routeTo('decision', { applicationId: pendingApplication ?? undefined }) })}
        origin={origin}
        onOpenOrigin={openOrigin}
        onMe={() => Taro.navigateTo({ url: routeTo('me') })}
        money={
          <HomeMoney
            refreshKey={shown}
            onDraw={() => Taro.navigateTo({ url: routeTo('draw') })}
            onLoans={() => Taro.navigateTo({ url: routeTo('loans') })}
            onDrawResult={(key) => Taro.navigateTo({ url: routeTo('drawResult', { key }) })}
          />
        }
      />
    </PageContainer>
  )
}
