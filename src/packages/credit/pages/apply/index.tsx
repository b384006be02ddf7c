import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { ApplyWizard } from '@/features/credit/components/apply-wizard'
import { useApplicationDraft } from '@/features/credit/store'
import { useEntryStore } from '@/features/entry/store'
import { platform } from '@/platform'
import { routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/**
 * 申请额度: three steps. Once the bank accepted the application the draft holds its id, and the
 * page moves on to the decision (also when reopened later).
 */
export default function ApplyPage() {
  const applicationId = useApplicationDraft((s) => s.draft.applicationId)
  const origin = useEntryStore((s) => s.origin)

  useEffect(() => {
    if (applicationId) Taro.redirectTo({ url: routeTo('decision', { applicationId }) })
  }, [applicationId])

  if (applicationId) return null
  return (
    <PageShell>
      <ApplyWizard
        origin={origin?.kind === 'market' ? { marketId: origin.id, bankerId: origin.bankerId } : {}}
        onValueProperty={() => Taro.navigateTo({ url: routeTo('property') })}
        onNeedTax={() => Taro.redirectTo({ url: routeTo('tax') })}
        // Asked right in the borrower's submit tap: WeChat offers subscriptions only on a gesture.
        onConfirmTap={() => void platform.notifications.requestSubscribe('decision')}
      />
    </PageShell>
  )
}
