import { useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { loadOrLandHome } from '@/features/entry/load-or-land-home'
import { fetchStation } from '@/features/entry/api'
import { StationView } from '@/features/entry/components/station-view'
import { PreCreditCard } from '@/features/village/components/pre-credit-card'
import { VisitRequest } from '@/features/village/components/visit-request'
import { readParam, routeTo } from '@/routes'

/** A village service station's page, opened by its 惠农通 code plate. */
export default function StationPage() {
  const { params } = useRouter()
  const stationId = readParam(params, 'stationId') ?? ''
  const station = useAsync(() => loadOrLandHome(() => fetchStation(stationId)), [stationId])
  const [shown, setShown] = useState(0)
  useDidShow(() => setShown((n) => n + 1))

  return (
    <PageContainer status={station.status} error={station.errorMessage} onRetry={station.reload} largeText>
      {station.data ? (
        <View className="wdt-station">
          <StationView station={station.data} />
          <PreCreditCard
            refreshKey={shown}
            onVerify={() => Taro.navigateTo({ url: routeTo('verify', { next: 'back' }) })}
            onApply={() => Taro.navigateTo({ url: routeTo('apply') })}
            onLimits={() => Taro.navigateTo({ url: routeTo('limits') })}
          />
          <VisitRequest stationId={station.data.id} />
        </View>
      ) : null}
    </PageContainer>
  )
}
