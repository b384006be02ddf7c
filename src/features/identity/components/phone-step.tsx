import { useEffect, useState } from 'react'
import { View, Text, Button as NativeButton } from '@tarojs/components'
import type { BaseEventOrig, ButtonProps } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { validateMobile } from '@/domain'
import { platform } from '@/platform'
import { FormField } from '@/components/form-field'
import { useSecureDraft } from '@/hooks/use-secure-draft'
import { isApiError, messageOf } from '@/services/api/errors'
import { identityApi, type IdentityStatus } from '../api'

export interface PhoneStepProps {
  onDone: (status: IdentityStatus) => void
}

function toast(title: string) {
  Taro.showToast({ title, icon: 'none', duration: 2500 })
}

/** weapp: WeChat's phone-number button; the code is exchanged by the bank's server. */
function WechatPhone({ onDone }: PhoneStepProps) {
  const [busy, setBusy] = useState(false)
  const onGetPhoneNumber = async (e: BaseEventOrig<ButtonProps.onGetPhoneNumberEventDetail>) => {
    const code = (e.detail as { code?: string }).code
    if (!code) {
      toast('需要您的手机号才能继续办理')
      return
    }
    setBusy(true)
    try {
      onDone(await identityApi.bindPhoneByWechat(code))
    } catch (err) {
      toast(messageOf(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className="wdt-step" id="phone-step">
      <Text className="wdt-step__lead">授权微信绑定的手机号，用于接收借款通知和验证码。</Text>
      <NativeButton className="wdt-wechat-phone" id="phone-wechat" openType="getPhoneNumber" disabled={busy} onGetPhoneNumber={onGetPhoneNumber}>
        微信手机号快捷验证
      </NativeButton>
    </View>
  )
}

/** H5: a mobile number confirmed by an SMS code (the sandbox shows the code in demo mode). */
function SmsPhone({ onDone }: PhoneStepProps) {
  const { draft, update, clear } = useSecureDraft('phone', { mobile: '' })
  const [code, setCode] = useState('')
  const [mobileError, setMobileError] = useState<string | null>(null)
  const [codeError, setCodeError] = useState<string | null>(null)
  const [demoCode, setDemoCode] = useState<string | null>(null)
  const [countdown, setCountdown] = useState(0)
  const [sending, setSending] = useState(false)
  const [submitting, setSubmitting] = useState(false)

  useEffect(() => {
    if (countdown <= 0) return
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000)
    return () => clearTimeout(t)
  }, [countdown])

  const checkMobile = (): boolean => {
    const r = validateMobile(draft.mobile)
    setMobileError(r.ok ? null : r.message)
    return r.ok
  }

  const send = async () => {
    if (!checkMobile() || sending || countdown > 0) return
    setSending(true)
    try {
      const res = await identityApi.sendSms(draft.mobile.trim())
      setCountdown(res.resendAfterSeconds)
      setDemoCode(res.demoCode ?? null)
      toast('验证码已发送')
    } catch (err) {
      if (isApiError(err) && err.code === 'MOBILE_INVALID') setMobileError(err.message)
      else toast(messageOf(err))
    } finally {
      setSending(false)
    }
  }

  const submit = async () => {
    if (!checkMobile()) return
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeError('请输入6位短信验证码')
      return
    }
    setCodeError(null)
    setSubmitting(true)
    try {
      const status = await identityApi.bindPhoneBySms(draft.mobile.trim(), code.trim())
      clear()
      onDone(status)
    } catch (err) {
      if (isApiError(err) && err.code.startsWith('SMS_')) setCodeError(err.message)
      else toast(messageOf(err))
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <View className="wdt-step" id="phone-step">
      <Text className="wdt-step__lead">验证您的手机号，用于接收借款通知和验证码。</Text>
      <FormField
        id="mobile"
        label="手机号"
        type="tel"
        maxLength={11}
        placeholder="请输入11位手机号"
        value={draft.mobile}
        error={mobileError}
        onChange={(v) => update({ mobile: v })}
        onBlur={() => draft.mobile && checkMobile()}
      />
      <View className="wdt-step__inline">
        <FormField
          id="sms-code"
          label="短信验证码"
          type="number"
          maxLength={6}
          placeholder="6位验证码"
          value={code}
          error={codeError}
          onChange={setCode}
        />
        <Button size="small" id="sms-send" disabled={countdown > 0} loading={sending} onClick={send}>
          {countdown > 0 ? `${countdown}秒后重发` : '获取验证码'}
        </Button>
      </View>
      {demoCode ? (
        <Text className="wdt-step__demo" id="sms-demo-code">
          演示环境验证码：{demoCode}
        </Text>
      ) : null}
      <Button type="primary" block id="phone-submit" loading={submitting} onClick={submit}>
        下一步
      </Button>
    </View>
  )
}

export function PhoneStep(props: PhoneStepProps) {
  return platform.phone.mode === 'wechat-button' ? <WechatPhone {...props} /> : <SmsPhone {...props} />
}
