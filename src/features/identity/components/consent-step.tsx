import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { LegalDocument } from '@/components/document-text'
import { useAsync } from '@/hooks/use-async'
import { messageOf } from '@/services/api/errors'
import { identityApi, type IdentityStatus } from '../api'

export interface ConsentStepProps {
  onDone: (status: IdentityStatus) => void
}

/**
 * Consent first: the rules for personal information (required), and face data's own separate
 * consent, which may be declined (the borrower can then verify at a branch instead).
 */
export function ConsentStep({ onDone }: ConsentStepProps) {
  const docs = useAsync(
    () => Promise.all([identityApi.consentDocument('PRIVACY'), identityApi.consentDocument('FACE')]),
    [],
  )
  const [privacy, setPrivacy] = useState(false)
  const [face, setFace] = useState(false)
  const [privacyError, setPrivacyError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (!docs.data) return
    if (!privacy) {
      setPrivacyError('请阅读并同意《个人信息处理规则》后继续')
      return
    }
    const [privacyDoc, faceDoc] = docs.data
    setBusy(true)
    try {
      await identityApi.recordConsent('PRIVACY', privacyDoc.version, true)
      await identityApi.recordConsent('FACE', faceDoc.version, face)
      onDone(await identityApi.status())
    } catch (err) {
      Taro.showToast({ title: messageOf(err), icon: 'none', duration: 2500 })
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageContainer status={docs.status} error={docs.errorMessage} onRetry={docs.reload} className="wdt-embedded">
      {docs.data ? (
        <View className="wdt-step" id="consent-step">
          <Text className="wdt-step__lead">办理前，请阅读我们如何收集和使用您的信息。</Text>
          <LegalDocument id="doc-privacy" title={docs.data[0].title} version={docs.data[0].version} body={docs.data[0].body} />
          <Checkbox
            id="consent-privacy"
            checked={privacy}
            onChange={(v) => {
              setPrivacy(v)
              if (v) setPrivacyError(null)
            }}
            label="我已阅读并同意《个人信息处理规则》"
          />
          {privacyError ? (
            <Text className="wdt-field__error" id="consent-privacy-error">
              {privacyError}
            </Text>
          ) : null}

          <LegalDocument id="doc-face" title={docs.data[1].title} version={docs.data[1].version} body={docs.data[1].body} />
          <Checkbox id="consent-face" checked={face} onChange={setFace} label="我单独同意人脸信息处理（可不同意）" />
          <Text className="wdt-step__note">
            不同意人脸识别不影响您浏览产品；线上办理需要人脸核验，您也可以携带身份证到网点由客户经理当面核验。
          </Text>

          <Button type="primary" block id="consent-submit" loading={busy} onClick={submit}>
            同意并继续
          </Button>
        </View>
      ) : null}
    </PageContainer>
  )
}
