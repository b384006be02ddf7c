/**
 * The sandbox stand-in for WeChat's face service: a page of the onboarding subpackage that plays a
 * liveness check and reports to the sandbox bank, which then answers the server-side result query.
 * Both platforms open it the same way and wait for its event.
 */
import Taro from '@tarojs/taro'
import { routeTo } from '@/routes'
import type { FaceOutcome } from './types'

export const LIVENESS_EVENT = 'sandbox-liveness:finished'

export function runSandboxLiveness(verifyId: string): Promise<FaceOutcome> {
  return new Promise((resolve) => {
    const onFinished = (id: string, outcome: FaceOutcome) => {
      if (id !== verifyId) return
      Taro.eventCenter.off(LIVENESS_EVENT, onFinished)
      resolve(outcome)
    }
    Taro.eventCenter.on(LIVENESS_EVENT, onFinished)
    Taro.navigateTo({ url: routeTo('liveness', { verifyId }) }).catch(() => {
      Taro.eventCenter.off(LIVENESS_EVENT, onFinished)
      resolve('cancelled')
    })
  })
}
