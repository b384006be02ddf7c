import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { identityApi } from '@/features/identity/api'
import { TicketView } from '@/features/village/components/ticket-view'
import { readParam, routeTo } from '@/routes'

/** A banker's remote-authorization ticket (征信查询授权), opened by its code. */
export default function TicketPage() {
  const { params } = useRouter()
  const ticket = readParam(params, 'ticket') ?? ''
  const identity = useAsync(identityApi.status, [])
  useDidShow(() => {
    if (identity.status === 'success') identity.reload()
  })
  return (
    <PageContainer status={identity.status} error={identity.errorMessage} onRetry={identity.reload} largeText>
      <TicketView
        ticket={ticket}
        verified={Boolean(identity.data?.verified)}
        onVerify={() => Taro.navigateTo({ url: routeTo('verify', { next: 'ticket', ticket }) })}
        onHome={() => Taro.reLaunch({ url: routeTo('home') })}
      />
    </PageContainer>
  )
}
