/**
 * WeChat-only capabilities behind one interface each. `platform/index.ts` is the H5 choice (also
 * what tests and type checks see); `platform/index.weapp.ts` is picked by Taro for the weapp build.
 */
export interface LoginCode {
  channel: 'weapp' | 'h5'
  code: string
}

export interface AuthCapability {
  /** weapp: a fresh wx.login code; H5: a random device id kept in local storage. */
  getLoginCode(): Promise<LoginCode>
}

export interface PhoneCapability {
  /** weapp: the getPhoneNumber button; H5: a mobile number confirmed by an SMS code. */
  mode: 'wechat-button' | 'sms'
}

export type FaceOutcome = 'completed' | 'cancelled'

export interface FaceCapability {
  /**
   * Runs the liveness check for a server-issued verifyId. It only says that the check ran: whether
   * the face passed is always read back from the server.
   */
  verify(verifyId: string): Promise<FaceOutcome>
}

export interface MediaCapability {
  /** Camera or album; resolves to a local file path, or null when the borrower cancels. */
  chooseIdCardImage(): Promise<string | null>
}

/** Small secrets (the session token): encrypted storage on weapp, the tab's session on H5. */
export interface SecureStorage {
  get(key: string): Promise<string | null>
  set(key: string, value: string): Promise<void>
  remove(key: string): Promise<void>
}

export interface ScreenCapability {
  /** Hide the page in screenshots and recordings (weapp) while sensitive data is shown. */
  protectCapture(on: boolean): void
  /** The user's system font scale, 1 = standard. */
  fontScale(): number
}

export interface PrivacyCapability {
  /** Asks for WeChat's privacy authorization when needed; false when the borrower declines. */
  ensureAuthorized(): Promise<boolean>
}

export type SubscriptionTopic = 'decision' | 'due'

export interface NotificationCapability {
  /**
   * Asks to send one message about `topic` (WeChat subscription messages; must run inside a tap).
   * Resolves whether the borrower accepted; false where the platform has none.
   */
  requestSubscribe(topic: SubscriptionTopic): Promise<boolean>
}

export interface SupportCapability {
  /** weapp: WeChat's customer-service button; H5: none (the banker's phone instead). */
  mode: 'wechat-contact' | 'none'
}

export interface Platform {
  kind: 'weapp' | 'h5'
  auth: AuthCapability
  phone: PhoneCapability
  face: FaceCapability
  media: MediaCapability
  secureStorage: SecureStorage
  screen: ScreenCapability
  privacy: PrivacyCapability
  notifications: NotificationCapability
  support: SupportCapability
}
