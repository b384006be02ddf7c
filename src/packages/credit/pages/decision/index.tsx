import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { DecisionView } from '@/features/credit/components/decision-view'
import { useApplicationDraft } from '@/features/credit/store'
import { readParam, routeTo } from '@/routes'

/** 审批结果: waits for the decision, then shows it. */
export default function DecisionPage() {
  const { params } = useRouter()
  const draftId = useApplicationDraft((s) => s.draft.applicationId)
  const applicationId = readParam(params, 'applicationId') ?? draftId ?? ''
  return (
    <View className="wdt-page">
      <DecisionView
        applicationId={applicationId}
        onDecided={() => useApplicationDraft.getState().reset()}
        onShowLimits={() => Taro.reLaunch({ url: routeTo('limits') })}
        onHome={() => Taro.reLaunch({ url: routeTo('home') })}
      />
    </View>
  )
}
