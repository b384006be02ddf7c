/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The build target, replaced at build time by Taro. */
    TARO_ENV: 'weapp' | 'h5'
    /** Mini-program appid (weapp only). */
    TARO_APP_ID?: string
    /** Base URL of the bank API for the weapp build; the H5 build always calls its own origin. */
    TARO_APP_API_BASE?: string
    /** '1' when the build talks to the sandbox bank (demo helpers such as the sandbox liveness step). */
    TARO_APP_SANDBOX?: string
    /** Subscription-message template ids (comma-separated) for decision results and due dates. */
    TARO_APP_TMPL_DECISION?: string
    TARO_APP_TMPL_DUE?: string
  }
}
