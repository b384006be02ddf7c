/** Every route of the app, in one place (pages and subpackage pages). */
export const routes = {
  home: '/pages/home/index',
  entry: '/pages/entry/index',
  market: '/pages/market/index',
  station: '/pages/station/index',
  ticket: '/pages/ticket/index',
  verify: '/packages/onboarding/pages/verify/index',
  liveness: '/packages/onboarding/pages/liveness/index',
  limits: '/pages/limits/index',
  me: '/pages/me/index',
  tax: '/packages/credit/pages/tax/index',
  property: '/packages/credit/pages/property/index',
  apply: '/packages/credit/pages/apply/index',
  decision: '/packages/credit/pages/decision/index',
  draw: '/packages/money/pages/draw/index',
  drawResult: '/packages/money/pages/draw-result/index',
  loans: '/packages/money/pages/loans/index',
  loan: '/packages/money/pages/loan/index',
  repay: '/packages/money/pages/repay/index',
  cards: '/packages/money/pages/cards/index',
} as const

export type RouteName = keyof typeof routes

/** A route with its query string, values URL-encoded. */
export function routeTo(name: RouteName, query: Record<string, string | undefined> = {}): string {
  const params = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
  return params.length ? `${routes[name]}?${params.join('&')}` : routes[name]
}

/**
 * A page parameter as the borrower meant it. Taro hands query values over as they stood in the
 * URL (still percent-encoded on H5, and on weapp for values we encoded ourselves), so decode once,
 * keeping a malformed value as it is.
 */
export function readParam(params: Record<string, string | undefined>, key: string): string | undefined {
  const raw = params[key]
  if (raw === undefined) return undefined
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
