/**
 * Test helpers for the lending journeys (tax authorization, property valuation, applications):
 * the seeded codes and certificates, and the steps a borrower takes. Used by *.test.ts only.
 */
import { PEOPLE, verifyFully, type TestClient, type TestSandbox } from '../../testing/harness'

/** The date the lending tests pin (the seed's months in business hold on it). */
export const LENDING_TODAY = '2026-12-01'

export const BORROWERS = {
  ...PEOPLE,
  zhao: { name: '赵明', idNumber: '320111199501300117' },
} as const

export const USCC = {
  /** P01's vegetable stall (A, 960,000 yuan, 38 months). */
  zhang: '92320106MA1XK3R57E',
  /** P01's deregistered fruit shop. */
  zhangClosed: '92320106MA1P8LQ206',
  /** P02's company (B, 1,500,000 yuan). */
  wang: '91320102MA1W6HT832',
  li: '92320104MA27C5N91P',
  zhao: '92320111MA25UJD460',
  liu: '92321322MA1MB7QY5J',
  zhouYoung: '92320113MAC1E4WT00',
  zhouTea: '92320113MAC3H9KL6R',
  wu: '92320105MA1TRE8H2J',
  zheng: '92320116MA22G3KP8T',
  /** Valid check character, in nobody's registry. */
  nobody: '91320115MA1Y2QF749',
} as const

export const CERTIFICATES = {
  zhang: '苏(2021)南京市不动产权第0012345号',
  wangSpouse: '苏(2019)南京市不动产权第0034567号',
  liPledged: '苏(2020)南京市不动产权第0087654号',
  liTiny: '苏(2012)南京市不动产权第0005678号',
} as const

let keys = 0
export function newKey(prefix = 'apply'): string {
  return `${prefix}-${process.pid}-${++keys}-${Date.now()}`.slice(0, 64)
}

export async function currentVersion(c: TestClient, kind: string): Promise<string> {
  const doc = await c.get(`/consents/documents/${kind}`)
  if (doc.status !== 200) throw new Error(`document ${kind}: ${doc.status}`)
  return doc.body.version
}

/** Pins today, logs a borrower in and verifies them fully. */
export async function verifiedBorrower(t: TestSandbox, person: { name: string; idNumber: string }, code?: string): Promise<TestClient & { userId: string }> {
  await t.anon.post('/test/clock', { today: LENDING_TODAY })
  const c = await t.login(code)
  await verifyFully(c, person)
  return c
}

export async function authorizeTax(c: TestClient, uscc: string): Promise<void> {
  const res = await c.post('/tax/authorizations', { uscc, consentVersion: await currentVersion(c, 'TAX_AUTH') })
  if (res.status !== 201) throw new Error(`tax: ${res.status} ${JSON.stringify(res.body)}`)
}

export async function applicationConsents(c: TestClient): Promise<{ kind: string; version: string }[]> {
  return [
    { kind: 'CREDIT_REPORT', version: await currentVersion(c, 'CREDIT_REPORT') },
    { kind: 'DATA_USE', version: await currentVersion(c, 'DATA_USE') },
  ]
}

export async function valueProperty(c: TestClient, certificateNumber: string): Promise<string> {
  const res = await c.post('/property/valuations', { certificateNumber })
  if (res.status !== 201) throw new Error(`valuation: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.id
}

/** Submits an application with both letters (and a fresh key unless given). */
export function submit(c: TestClient, body: Record<string, unknown>, consents: { kind: string; version: string }[], key = newKey()) {
  return c.post('/applications', { purpose: 'STOCK', consents, ...body }, { 'Idempotency-Key': key })
}

/** Submits, lets the 2 seconds pass, and returns the decided application. */
export async function applyAndDecide(t: TestSandbox, c: TestClient, body: Record<string, unknown>) {
  const res = await submit(c, body, await applicationConsents(c))
  if (res.status !== 201) throw new Error(`apply: ${res.status} ${JSON.stringify(res.body)}`)
  t.advance(2)
  return (await c.get(`/applications/${res.body.id}`)).body
}
