import Taro from '@tarojs/taro'
import { VerifyFlow } from '@/features/identity/components/verify-flow'
import { routeTo } from '@/routes'

/** 实名认证: phone, consent, ID card, face; resumes at the server's step. */
export default function VerifyPage() {
  return <VerifyFlow finishLabel="返回首页" onFinished={() => Taro.reLaunch({ url: routeTo('home') })} />
}
