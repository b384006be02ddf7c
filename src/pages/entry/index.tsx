import { useEffect } from 'react'
import { Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { contextFromParams, landingFor, launchSceneNumber } from '@/features/entry/resolve-entry'
import { useEntryStore } from '@/features/entry/store'
import { PageShell } from '@/components/page-shell'

/** Where every scanned code opens: decode it, remember the origin, land on the right page. */
function enterScene(): number | undefined {
  try {
    return launchSceneNumber(Taro.getEnterOptionsSync().scene)
  } catch {
    return undefined
  }
}

export default function EntryPage() {
  const { params } = useRouter()
  useEffect(() => {
    const ctx = contextFromParams(params, enterScene())
    const remember = useEntryStore.getState().remember
    if (ctx.kind === 'market') remember({ kind: 'market', id: ctx.marketId, bankerId: ctx.bankerId })
    if (ctx.kind === 'station') remember({ kind: 'station', id: ctx.stationId })
    Taro.reLaunch({ url: landingFor(ctx) })
    // Runs once: the page is opened anew for every code.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <PageShell id="entry-page">
      <Text>正在打开…</Text>
    </PageShell>
  )
}
