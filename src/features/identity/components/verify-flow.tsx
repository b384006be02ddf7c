import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Step, Steps } from '@nutui/nutui-react-taro'
import { platform } from '@/platform'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { identityApi, type IdentityStatus, type IdentityStep } from '../api'
import { PhoneStep } from './phone-step'
import { ConsentStep } from './consent-step'
import { IdStep } from './id-step'
import { FaceStep } from './face-step'
import './verify-flow.css'

const STEPS: { step: IdentityStep; title: string }[] = [
  { step: 'CONSENT', title: '授权' },
  { step: 'PHONE', title: '手机号' },
  { step: 'ID', title: '身份证' },
  { step: 'FACE', title: '人脸' },
  { step: 'DONE', title: '完成' },
]

export interface VerifyFlowProps {
  /** What the borrower can do once verified (e.g. go on to apply). */
  onFinished: () => void
  finishLabel: string
}

function Verified({ status, onFinished, finishLabel }: { status: IdentityStatus } & VerifyFlowProps) {
  return (
    <View className="wdt-step wdt-verified" id="verified">
      <Text className="wdt-verified__title">实名认证已完成</Text>
      <View className="wdt-verified__row">
        <Text className="wdt-verified__label">姓名</Text>
        <Text id="verified-name">{status.nameMasked}</Text>
      </View>
      <View className="wdt-verified__row">
        <Text className="wdt-verified__label">身份证号</Text>
        <Text id="verified-id">{status.idNumberMasked}</Text>
      </View>
      <View className="wdt-verified__row">
        <Text className="wdt-verified__label">手机号</Text>
        <Text id="verified-mobile">{status.mobileMasked}</Text>
      </View>
      <Button type="primary" block id="verified-next" onClick={onFinished}>
        {finishLabel}
      </Button>
    </View>
  )
}

/**
 * Identity verification as one flow whose step is the server's: reopening the app, or reloading
 * the page, resumes where the borrower left off. Consent comes first: no personal information,
 * not even the mobile number, is collected before it (PIPL).
 */
export function VerifyFlow(props: VerifyFlowProps) {
  const initial = useAsync(identityApi.status, [])
  const [status, setStatus] = useState<IdentityStatus | null>(null)
  const current = status ?? initial.data

  // Personal data is on screen from the ID step on: keep it out of screenshots and recordings.
  useEffect(() => {
    platform.screen.protectCapture(true)
    return () => platform.screen.protectCapture(false)
  }, [])

  const index = current ? STEPS.findIndex((s) => s.step === current.step) : 0
  return (
    <PageContainer status={initial.status} error={initial.errorMessage} onRetry={initial.reload}>
      {current ? (
        <View className="wdt-verify" id="verify-flow" data-step={current.step}>
          <Steps value={index + 1} className="wdt-verify__steps">
            {STEPS.map((s, i) => (
              <Step key={s.step} value={i + 1} title={s.title} />
            ))}
          </Steps>
          {current.step === 'CONSENT' && <ConsentStep onDone={setStatus} />}
          {current.step === 'PHONE' && <PhoneStep onDone={setStatus} />}
          {current.step === 'ID' && <IdStep onDone={setStatus} />}
          {current.step === 'FACE' && <FaceStep status={current} onDone={setStatus} />}
          {current.step === 'DONE' && <Verified status={current} {...props} />}
        </View>
      ) : null}
    </PageContainer>
  )
}
