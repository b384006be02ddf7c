import { useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Progress } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { LIVENESS_EVENT } from '@/platform/sandbox-liveness'
import { messageOf } from '@/services/api/errors'
import { identityApi } from '../api'
import './sandbox-liveness.css'

export interface SandboxLivenessProps {
  verifyId: string
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The sandbox bank's stand-in for WeChat's face service: it plays the liveness check and reports
 * the outcome to the sandbox (as WeChat would to the bank), then returns to the face step, which
 * reads the result from the server.
 */
export function SandboxLiveness({ verifyId }: SandboxLivenessProps) {
  const [progress, setProgress] = useState(0)
  const [busy, setBusy] = useState(false)
  const finished = useRef(false)

  // Leaving without finishing is a cancel, so the face step never waits forever.
  useEffect(
    () => () => {
      if (!finished.current) Taro.eventCenter.trigger(LIVENESS_EVENT, verifyId, 'cancelled')
    },
    [verifyId],
  )

  const run = async (outcome: 'PASS' | 'FAIL') => {
    setBusy(true)
    try {
      for (let p = 20; p <= 100; p += 20) {
        setProgress(p)
        await sleep(150)
      }
      await identityApi.completeSandboxFace(verifyId, outcome)
      finished.current = true
      Taro.eventCenter.trigger(LIVENESS_EVENT, verifyId, 'completed')
      await Taro.navigateBack()
    } catch (err) {
      setProgress(0)
      Taro.showToast({ title: messageOf(err), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="wdt-liveness" id="liveness">
      <Text className="wdt-liveness__badge">沙盒演示 · 模拟人脸识别</Text>
      <View className="wdt-liveness__frame">
        <View className="wdt-liveness__oval" />
      </View>
      <Text className="wdt-liveness__tip">请正对屏幕，缓慢眨眼</Text>
      <Progress percent={progress} />
      <Button type="primary" block id="liveness-start" loading={busy} onClick={() => run('PASS')}>
        开始检测
      </Button>
      <Button fill="none" block id="liveness-fail" disabled={busy} onClick={() => run('FAIL')}>
        模拟检测未通过
      </Button>
    </View>
  )
}
