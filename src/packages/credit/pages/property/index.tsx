import Taro from '@tarojs/taro'
import { PropertyValuationForm } from '@/features/credit/components/property-valuation'
import { useApplicationDraft } from '@/features/credit/store'
import { PageShell } from '@/components/page-shell'

/** 房产评估, opened from the application when the borrower wants a higher line. */
export default function PropertyPage() {
  const update = useApplicationDraft((s) => s.update)
  return (
    <PageShell>
      <PropertyValuationForm
        onUse={(valuation) => {
          update({ valuationId: valuation.id, valuationExtraFen: valuation.supportedExtraFen })
          Taro.navigateBack()
        }}
      />
    </PageShell>
  )
}
