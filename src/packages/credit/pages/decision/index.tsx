import Taro, { useRouter } from '@tarojs/taro'
import { DecisionView } from '@/features/credit/components/decision-view'
import { useApplicationDraft } from '@/features/credit/store'
import { readParam, routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/** 审批结果: waits for the decision, then shows it. */
export default function DecisionPage() {
  const { params } = useRouter()
  const draftId = useApplicationDraft((s) => s.draft.applicationId)
  const applicationId = readParam(params, 'applicationId') ?? draftId ?? ''
  return (
    <PageShell>
      <DecisionView
        applicationId={applicationId}
        onDecided={() => useApplicationDraft.getState().reset()}
        onShowLimits={() => Taro.reLaunch({ url: routeTo('limits') })}
        onHome={() => Taro.reLaunch({ url: routeTo('home') })}
      />
    </PageShell>
  )
}
