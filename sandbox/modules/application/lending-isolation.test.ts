/**
 * Cross-user isolation for the lending journeys: borrower B never reads or uses borrower A's tax
 * profile, valuation, application or credit line.
 */
import { startTestSandbox, type TestClient, type TestSandbox } from '../../testing/harness'
import { applicationConsents, applyAndDecide, authorizeTax, BORROWERS, CERTIFICATES, submit, USCC, valueProperty, verifiedBorrower } from './journey'

let t: TestSandbox
let a: TestClient
let b: TestClient
let aValuation: string
let aApplication: string

beforeAll(async () => {
  t = await startTestSandbox()
  a = await verifiedBorrower(t, BORROWERS.zhang, 'lender-A')
  b = await verifiedBorrower(t, BORROWERS.wang, 'lender-B')
  await authorizeTax(a, USCC.zhang)
  aValuation = await valueProperty(a, CERTIFICATES.zhang)
  aApplication = (await applyAndDecide(t, a, { productId: 'PROP01', amountFen: 50_000_000, valuationId: aValuation })).id
})
afterAll(() => t.close())

it("B sees none of A's tax profile, applications or lines", async () => {
  expect((await b.get('/tax/profile')).body.code).toBe('TAX_PROFILE_NOT_FOUND')
  expect((await b.get('/applications')).body).toEqual({ applications: [] })
  expect((await b.get('/credit-lines')).body).toEqual({ lines: [] })
  expect((await b.get('/tax/businesses')).body.businesses.map((x: { uscc: string }) => x.uscc)).toEqual([USCC.wang])
})

it("B cannot read A's application (404, as if it did not exist)", async () => {
  const res = await b.get(`/applications/${aApplication}`)
  expect([res.status, res.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND'])
  expect((await a.get(`/applications/${aApplication}`)).body.status).toBe('APPROVED')
})

it("B cannot use A's business or A's valuation", async () => {
  expect((await b.post('/tax/authorizations', { uscc: USCC.zhang, consentVersion: '1.0' })).body.code).toBe('BUSINESS_NOT_LINKED')
  expect((await b.post('/property/valuations', { certificateNumber: CERTIFICATES.zhang })).body.code).toBe('PROPERTY_NOT_OWNED')
  await authorizeTax(b, USCC.wang)
  const res = await submit(b, { productId: 'PROP01', amountFen: 50_000_000, valuationId: aValuation }, await applicationConsents(b))
  expect([res.status, res.body.code]).toEqual([422, 'VALUATION_REQUIRED'])
})

it("an Idempotency-Key of A's never replays A's application to B", async () => {
  const key = 'shared-apply-key-01'
  const body = { productId: 'CREDIT01', amountFen: 5_000_000 }
  t.advance(5)
  const first = await submit(a, body, await applicationConsents(a), key)
  const other = await submit(b, body, await applicationConsents(b), key)
  expect([first.status, other.status]).toEqual([201, 201])
  expect(other.headers.get('idempotent-replayed')).toBeNull()
  expect(other.body.id).not.toBe(first.body.id)
})
