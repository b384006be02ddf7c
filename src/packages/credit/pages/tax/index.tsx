import Taro from '@tarojs/taro'
import { TaxAuthorization } from '@/features/credit/components/tax-authorization'
import { routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/** 纳税授权 (银税互动). */
export default function TaxPage() {
  return (
    <PageShell>
      <TaxAuthorization onNext={() => Taro.redirectTo({ url: routeTo('apply') })} />
    </PageShell>
  )
}
