import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../../test/mocks/taro'
import { useApplicationDraft } from '../store'
import { ApplyWizard } from './apply-wizard'

const products = [{ id: 'CREDIT01', name: '商e贷', kind: 'CREDIT', maxAmountFen: 30_000_000, minRateBps: 365, maxTermMonths: 12, summary: '' }]
const profile = { uscc: '92320106MA1XXXXXX0', businessName: '张丽华蔬菜摊', monthsInBusiness: 38, yearlySalesFen: 96_000_000, taxPaidFen: 2_880_000, taxRating: 'A', fetchedAt: '2026-11-23T08:00:00.000Z', consentVersion: '1.0' }
const doc = (kind: string) => ({ kind, version: '1.0', title: kind, body: '全文', required: true, effectiveDate: '2026-01-01' })

/** The bank, as seen by the wizard; `submit` decides what each submission gets. */
function bank(submit: (key: string | undefined) => { statusCode: number; data: unknown } | 'drop') {
  const keys: (string | undefined)[] = []
  taroMock.requestHandler = ({ url, method, header }) => {
    if (url.endsWith('/products')) return { statusCode: 200, data: { products } }
    if (url.endsWith('/tax/profile')) return { statusCode: 200, data: profile }
    if (url.includes('/consents/documents/')) return { statusCode: 200, data: doc(url.split('/').pop()!) }
    if (url.endsWith('/applications') && method === 'POST') {
      keys.push(header?.['Idempotency-Key'])
      const answer = submit(header?.['Idempotency-Key'])
      if (answer === 'drop') throw { errMsg: 'request:fail timeout' }
      return answer
    }
    throw new Error(`unexpected ${method} ${url}`)
  }
  return keys
}

async function atStepThree() {
  useApplicationDraft.setState({
    draft: { ...useApplicationDraft.getState().draft, productId: 'CREDIT01', amountText: '200000', purpose: 'STOCK', step: 3, factsConfirmed: true },
  })
  const view = render(<ApplyWizard origin={{ marketId: 'MK01' }} onValueProperty={jest.fn()} onNeedTax={jest.fn()} />)
  await screen.findByText('签署并提交申请')
  fireEvent.click(view.container.querySelector('#apply-consent-credit input, #apply-consent-credit')!)
  fireEvent.click(view.container.querySelector('#apply-consent-data input, #apply-consent-data')!)
  return view
}

describe('submitting the application', () => {
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] })
    useApplicationDraft.getState().reset()
  })
  afterEach(() => jest.useRealTimers())

  it('asks for both authorizations before anything is sent', async () => {
    bank(() => ({ statusCode: 201, data: { id: 'A1', status: 'PENDING' } }))
    useApplicationDraft.setState({ draft: { ...useApplicationDraft.getState().draft, productId: 'CREDIT01', amountText: '200000', purpose: 'STOCK', step: 3 } })
    const { container } = render(<ApplyWizard origin={{}} onValueProperty={jest.fn()} onNeedTax={jest.fn()} />)
    await screen.findByText('签署并提交申请')
    fireEvent.click(container.querySelector('#apply-submit')!)
    expect(await screen.findByText('请阅读并同意征信查询授权书和数据使用授权书')).toBeTruthy()
    expect(taroMock.requests.filter((r) => r.url.endsWith('/applications'))).toHaveLength(0)
  })

  it('retries a lost answer with the same idempotency key, and keeps the application id', async () => {
    let calls = 0
    const keys = bank(() => (++calls < 3 ? 'drop' : { statusCode: 201, data: { id: 'A1', status: 'PENDING' } }))
    const { container } = await atStepThree()
    fireEvent.click(container.querySelector('#apply-submit')!)
    await act(async () => {
      for (let i = 0; i < 10; i++) await jest.advanceTimersByTimeAsync(5000)
    })
    await waitFor(() => expect(useApplicationDraft.getState().draft.applicationId).toBe('A1'))
    expect(keys).toHaveLength(3)
    expect(new Set(keys).size).toBe(1)
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('a second tap after a failed submission reuses the key kept in the draft', async () => {
    const keys = bank(() => 'drop')
    const { container } = await atStepThree()
    fireEvent.click(container.querySelector('#apply-submit')!)
    await act(async () => {
      for (let i = 0; i < 10; i++) await jest.advanceTimersByTimeAsync(5000)
    })
    await waitFor(() => expect(taroMock.toasts).toContain('请求超时，请稍后重试'))
    const kept = useApplicationDraft.getState().draft.submitKey
    expect(kept).toBe(keys[0])
    fireEvent.click(container.querySelector('#apply-submit')!)
    await act(async () => {
      for (let i = 0; i < 10; i++) await jest.advanceTimersByTimeAsync(5000)
    })
    expect(new Set(keys)).toEqual(new Set([kept]))
  })
})
