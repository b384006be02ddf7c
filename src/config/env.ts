/**
 * The app's environment, read once. Only `TARO_APP_*` keys reach the bundle (Taro inlines them at
 * build time). The H5 build is always served by the sandbox bank, so it calls its own origin.
 */
function readApiBase(): string {
  if (process.env.TARO_ENV === 'h5') return ''
  const base = process.env.TARO_APP_API_BASE
  if (!base || !/^https?:\/\/[^/]+/.test(base)) {
    throw new Error(
      'TARO_APP_API_BASE is missing or not an http(s) URL: set it in .env.development / .env.production',
    )
  }
  return base.replace(/\/+$/, '')
}

export const env = {
  apiBase: readApiBase(),
  /** The build talks to the sandbox bank: demo helpers (sandbox liveness, SMS code shown) are on. */
  sandbox: process.env.TARO_APP_SANDBOX === '1',
  target: process.env.TARO_ENV,
} as const
