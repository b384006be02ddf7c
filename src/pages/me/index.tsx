import { useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PageContainer } from '@/components/page-container'
import { DocumentText } from '@/components/document-text'
import { useAsync } from '@/hooks/use-async'
import { identityApi } from '@/features/identity/api'
import { accountApi, type ConsentDocument } from '@/features/account/api'
import { MeView } from '@/features/account/components/me-view'
import { useEntryStore } from '@/features/entry/store'
import { useApplicationDraft } from '@/features/credit/store'
import { pendingOf, reconcilePending, usePendingOperations } from '@/features/loans/pending.store'
import { logout } from '@/stores/session'
import { useLargeText, usePreferences } from '@/stores/preferences'
import { routeTo } from '@/routes'

/** Clears everything this phone keeps for the borrower, once no money operation is unconfirmed. */
async function logOutAndClear(): Promise<void> {
  await reconcilePending().catch(() => undefined)
  if (pendingOf().length) {
    await Taro.showModal({ title: '暂不能退出', content: '有一笔交易正在确认结果，请稍后再退出登录。', showCancel: false })
    return
  }
  const { confirm } = await Taro.showModal({ title: '退出登录', content: '退出后将清除本机保存的办理进度和设置。', confirmText: '退出' })
  if (!confirm) return
  await accountApi.logout().catch(() => undefined)
  await logout()
  useEntryStore.getState().clear()
  useApplicationDraft.getState().reset()
  usePendingOperations.getState().reset()
  usePreferences.setState({ largeText: null })
  Taro.clearStorageSync()
  await Taro.reLaunch({ url: routeTo('home') })
}

/** 我的. */
export default function MePage() {
  const identity = useAsync(identityApi.status, [])
  const largeText = useLargeText()
  const setLargeText = usePreferences((s) => s.setLargeText)
  const [privacy, setPrivacy] = useState<ConsentDocument | null>(null)
  useDidShow(() => {
    if (identity.status === 'success') identity.reload()
  })

  const showPrivacy = async () => {
    if (privacy) return setPrivacy(null)
    setPrivacy(await accountApi.document('PRIVACY').catch(() => null))
  }

  return (
    <PageContainer status={identity.status} error={identity.errorMessage} onRetry={identity.reload}>
      {identity.data ? (
        <MeView
          identity={identity.data}
          largeText={largeText}
          onLargeText={setLargeText}
          onVerify={() => Taro.navigateTo({ url: routeTo('verify') })}
          onLimits={() => Taro.navigateTo({ url: routeTo('limits') })}
          onCards={() => Taro.navigateTo({ url: routeTo('cards') })}
          onPrivacy={showPrivacy}
          onLogout={() => void logOutAndClear()}
        />
      ) : null}
      {privacy ? (
        <View className="wdt-step" id="me-privacy-text">
          <Text className="wdt-step__lead">
            {privacy.title}（版本 {privacy.version}）
          </Text>
          <DocumentText body={privacy.body} />
          <Button block fill="outline" onClick={() => setPrivacy(null)}>
            收起
          </Button>
        </View>
      ) : null}
    </PageContainer>
  )
}
