import Taro, { useRouter } from '@tarojs/taro'
import { VerifyFlow } from '@/features/identity/components/verify-flow'
import { readParam, routeTo } from '@/routes'

/** 实名认证: consent, phone, ID card, face; resumes at the server's step. */
export default function VerifyPage() {
  const { params } = useRouter()
  const next = readParam(params, 'next')
  if (next === 'apply') {
    return <VerifyFlow finishLabel="继续申请额度" onFinished={() => Taro.redirectTo({ url: routeTo('apply') })} />
  }
  if (next === 'ticket' || next === 'back') {
    // Opened from a page that waits for the borrower to be verified (a ticket, a station's line).
    return <VerifyFlow finishLabel="返回继续办理" onFinished={() => Taro.navigateBack()} />
  }
  return <VerifyFlow finishLabel="返回首页" onFinished={() => Taro.reLaunch({ url: routeTo('home') })} />
}
