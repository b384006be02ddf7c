/**
 * The journeys' view of a running mini-program, shaped like miniprogram-automator's API
 * (MiniProgram.reLaunch / currentPage / screenshot, Page.$ / waitFor, Element.tap / input / text),
 * so the same journeys can drive the H5 build in Chromium or the weapp build through automator.
 */
export interface ElementHandle {
  tap(): Promise<void>
  /** Replaces the value of an input (or the input inside this element). */
  input(value: string): Promise<void>
  text(): Promise<string>
  /** The current value of an input (or the input inside this element). */
  value(): Promise<string>
  attribute(name: string): Promise<string | null>
}

export interface PageHandle {
  /** Route without the leading slash, e.g. 'pages/home/index'. */
  path: string
  query: Record<string, string>
  $(selector: string): Promise<ElementHandle | null>
  /** Waits until the selector is visible (a number waits that many ms). */
  waitFor(selectorOrMs: string | number, timeoutMs?: number): Promise<void>
}

export interface MiniProgramDriver {
  /** Opens a page as a fresh launch would (cold start): `url` like '/pages/entry/index?scene=…'. */
  reLaunch(url: string): Promise<PageHandle>
  /** Opens a page inside the running app, as when a code is scanned while it is open. */
  navigateTo(url: string): Promise<PageHandle>
  currentPage(): Promise<PageHandle>
  /** Reloads the running app where it is (a restart that resumes). */
  restart(): Promise<PageHandle>
  /** Another phone: the app's storage and session are gone (another person may use it). */
  freshPhone(): Promise<void>
  /** Confirms the modal dialog on screen (wx.showModal), as the borrower tapping its confirm button. */
  confirmModal(): Promise<void>
  screenshot(name: string): Promise<string>
  close(): Promise<void>
}

export class JourneyError extends Error {}

/**
 * What the borrower did, counted by the helpers below: taps and typed fields (each `input` of a
 * different field counts once), so a journey can report the effort a flow asks for.
 */
export const effort = {
  taps: 0,
  fields: new Set<string>(),
  reset() {
    this.taps = 0
    this.fields.clear()
  },
  snapshot() {
    return { taps: this.taps, typedFields: this.fields.size }
  },
}

/** Waits for a selector, then returns its element (never null). */
export async function el(page: PageHandle, selector: string, timeoutMs?: number): Promise<ElementHandle> {
  await page.waitFor(selector, timeoutMs)
  const handle = await page.$(selector)
  if (!handle) throw new JourneyError(`element ${selector} vanished`)
  return handle
}

export async function tap(page: PageHandle, selector: string): Promise<void> {
  await (await el(page, selector)).tap()
  effort.taps++
}

export async function input(page: PageHandle, selector: string, value: string): Promise<void> {
  await (await el(page, selector)).input(value)
  effort.fields.add(selector)
}

export async function textOf(page: PageHandle, selector: string): Promise<string> {
  return (await el(page, selector)).text()
}
