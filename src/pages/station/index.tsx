import Taro, { useRouter } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { loadOrLandHome } from '@/features/entry/load-or-land-home'
import { fetchStation } from '@/features/entry/api'
import { StationView } from '@/features/entry/components/station-view'
import { readParam, routeTo } from '@/routes'

/** A village service station's page, opened by its 惠农通 code plate. */
export default function StationPage() {
  const { params } = useRouter()
  const stationId = readParam(params, 'stationId') ?? ''
  const station = useAsync(() => loadOrLandHome(() => fetchStation(stationId)), [stationId])

  return (
    <PageContainer status={station.status} error={station.errorMessage} onRetry={station.reload} largeText>
      {station.data ? (
        <StationView station={station.data} onVerify={() => Taro.navigateTo({ url: routeTo('verify') })} />
      ) : null}
    </PageContainer>
  )
}
