import Taro, { useRouter } from '@tarojs/taro'
import { VerifyFlow } from '@/features/identity/components/verify-flow'
import { readParam, routeTo } from '@/routes'

/** 实名认证: consent, phone, ID card, face; resumes at the server's step. */
export default function VerifyPage() {
  const { params } = useRouter()
  const applying = readParam(params, 'next') === 'apply'
  return applying ? (
    <VerifyFlow finishLabel="继续申请额度" onFinished={() => Taro.redirectTo({ url: routeTo('apply') })} />
  ) : (
    <VerifyFlow finishLabel="返回首页" onFinished={() => Taro.reLaunch({ url: routeTo('home') })} />
  )
}
