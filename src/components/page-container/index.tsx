import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { PageShell } from '@/components/page-shell'
import './index.css'

export type AsyncStatus = 'idle' | 'loading' | 'success' | 'error'

export interface PageContainerProps {
  status: AsyncStatus
  /** Shown when the first load failed, with a retry button. */
  error?: string | null
  onRetry?: () => void
  children?: ReactNode
  className?: string
  largeText?: boolean
}

/**
 * The one loading / error policy of a page's first load: a spinner while loading, a full-page
 * error with retry when it failed, the content once it succeeded.
 */
export function PageContainer({ status, error, onRetry, children, className, largeText }: PageContainerProps) {
  const body = (() => {
    if (status === 'error') {
      return (
        <View className="wdt-page__error" id="page-error">
          <Text className="wdt-page__error-text">{error || '加载失败，请稍后重试'}</Text>
          {onRetry ? (
            <Button type="primary" id="page-retry" onClick={onRetry}>
              重新加载
            </Button>
          ) : null}
        </View>
      )
    }
    if (status !== 'success') {
      return (
        <View className="wdt-page__loading" id="page-loading">
          <Loading>加载中…</Loading>
        </View>
      )
    }
    return children
  })()
  // Embedded in another page (a step's own loading), it is a plain block; else the page's root.
  if (className?.includes('wdt-embedded')) return <View className={className}>{body}</View>
  return (
    <PageShell className={className} largeText={largeText}>
      {body}
    </PageShell>
  )
}
