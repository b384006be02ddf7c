import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { platform } from '@/platform'
import { messageOf } from '@/services/api/errors'
import { LegalDocument } from '@/components/document-text'
import { identityApi, type ConsentDocument, type FaceResult, type IdentityStatus } from '../api'

export interface FaceStepProps {
  status: IdentityStatus
  onDone: (status: IdentityStatus) => void
}

const POLL_INTERVAL_MS = 1000
const POLL_ATTEMPTS = 15

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Reads the face result the bank's server holds; the client never decides it by itself. */
async function awaitServerResult(verifyId: string): Promise<FaceResult['status']> {
  for (let i = 0; i < POLL_ATTEMPTS; i++) {
    const { status } = await identityApi.faceResult(verifyId)
    if (status !== 'PENDING') return status
    await sleep(POLL_INTERVAL_MS)
  }
  return 'PENDING'
}

const FAILURE_TEXT: Record<Exclude<FaceResult['status'], 'PASSED'>, string> = {
  FAILED: '人脸核验未通过，请在光线充足处正对屏幕重试',
  EXPIRED: '核验已超时，请重新开始',
  PENDING: '暂未收到核验结果，请稍后重试',
}

/** Face liveness: with the separate face consent, or the way to a branch without it. */
export function FaceStep({ status, onDone }: FaceStepProps) {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const [faceDoc, setFaceDoc] = useState<ConsentDocument | null>(null)

  const readConsent = async () => {
    setBusy(true)
    try {
      setFaceDoc(await identityApi.consentDocument('FACE'))
    } catch (err) {
      Taro.showToast({ title: messageOf(err), icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  const grantConsent = async (doc: ConsentDocument) => {
    setBusy(true)
    try {
      await identityApi.recordConsent('FACE', doc.version, true)
      onDone(await identityApi.status())
    } catch (err) {
      Taro.showToast({ title: messageOf(err), icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  const start = async () => {
    setBusy(true)
    setFailure(null)
    try {
      const session = await identityApi.startFace()
      const outcome = await platform.face.verify(session.verifyId)
      if (outcome === 'cancelled') return
      const result = await awaitServerResult(session.verifyId)
      if (result === 'PASSED') onDone(await identityApi.status())
      else setFailure(FAILURE_TEXT[result])
    } catch (err) {
      setFailure(messageOf(err))
    } finally {
      setBusy(false)
    }
  }

  if (!status.faceConsented) {
    return (
      <View className="wdt-step" id="face-step">
        <Text className="wdt-step__lead">您尚未同意人脸信息处理。</Text>
        <Text className="wdt-step__note" id="face-alternative">
          线上办理需要人脸核验以确认是您本人。如不同意，您可携带身份证到就近网点，由客户经理当面核验后办理。
        </Text>
        {faceDoc ? (
          <LegalDocument id="doc-face" title={faceDoc.title} version={faceDoc.version} body={faceDoc.body} scroll={false} />
        ) : null}
        {faceDoc ? (
          <Button type="primary" block id="face-consent-grant" loading={busy} onClick={() => grantConsent(faceDoc)}>
            我已阅读，单独同意人脸信息处理
          </Button>
        ) : (
          <Button type="primary" block id="face-consent" loading={busy} onClick={readConsent}>
            阅读人脸识别同意书
          </Button>
        )}
      </View>
    )
  }

  return (
    <View className="wdt-step" id="face-step">
      <Text className="wdt-step__lead">请本人进行人脸识别，确认是您本人在办理。</Text>
      <Text className="wdt-step__note">请在光线充足处，正对屏幕，按提示完成动作。</Text>
      {failure ? (
        <Text className="wdt-field__error" id="face-error">
          {failure}
        </Text>
      ) : null}
      <Button type="primary" block id="face-start" loading={busy} onClick={start}>
        {failure ? '重新识别' : '开始人脸识别'}
      </Button>
    </View>
  )
}
