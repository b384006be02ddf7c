import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useLargeText } from '@/stores/preferences'

export interface PageShellProps {
  children?: ReactNode
  className?: string
  id?: string
  /** Pages for villagers (the station plate) start in large text whatever the setting. */
  largeText?: boolean
}

/** The root of every page: background, padding, and the large-text mode (适老化). */
export function PageShell({ children, className, id, largeText = false }: PageShellProps) {
  const large = useLargeText(largeText)
  return (
    <View className={`wdt-page ${large ? 'wdt-large' : ''} ${className ?? ''}`} id={id} data-large-text={large ? '1' : '0'}>
      {children}
    </View>
  )
}
