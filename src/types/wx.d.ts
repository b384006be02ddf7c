/**
 * The few WeChat APIs the weapp platform layer calls directly (Taro has no wrapper for them yet).
 * Only the weapp build reaches these; they are typed here rather than pulling in all of
 * miniprogram-api-typings.
 */
interface WxCallbacks<T = unknown> {
  success?: (res: T) => void
  fail?: (err: { errMsg?: string; errCode?: number }) => void
  complete?: () => void
}

declare const wx: {
  requestFacialVerify(options: { verifyId: string } & WxCallbacks): void
  setVisualEffectOnCapture?: (options: { visualEffect: 'hidden' | 'none' } & WxCallbacks) => void
  requirePrivacyAuthorize?: (options: WxCallbacks) => void
}
