import Taro, { useRouter } from '@tarojs/taro'
import { DrawForm } from '@/features/loans/components/draw-form'
import { PendingGate } from '@/features/loans/components/pending-gate'
import { platform } from '@/platform'
import { readParam, routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/** 用款. A draw left pending (the app closed mid-request) is confirmed first, and its result shown. */
export default function DrawPage() {
  const { params } = useRouter()
  const showResult = (key: string) => Taro.redirectTo({ url: routeTo('drawResult', { key }) })
  return (
    <PageShell>
      <PendingGate
        onOutcomes={(outcomes) => {
          const drawn = outcomes.find((o) => o.status === 'done' && o.op.kind === 'draw')
          if (drawn) showResult(drawn.op.key)
        }}
      >
        <DrawForm
          lineId={readParam(params, 'lineId')}
          // Asked right in the confirm tap: WeChat offers subscriptions only on a gesture.
          onConfirmTap={() => void platform.notifications.requestSubscribe('due')}
          onDrawn={showResult}
        />
      </PendingGate>
    </PageShell>
  )
}
