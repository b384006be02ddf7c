import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../../test/mocks/taro'
import { TaxAuthorization } from './tax-authorization'

const businesses = [
  { uscc: '92320106MA1P8LQ206', name: '张丽华百货店', kind: 'INDIVIDUAL', role: 'OPERATOR', status: 'DEREGISTERED', registeredOn: '2019-01-01' },
]
const OTHER = '91320102MA1W6HT832'

function bank(authorize: () => { statusCode: number; data: unknown }) {
  taroMock.requestHandler = ({ url, method }) => {
    if (url.endsWith('/tax/businesses')) return { statusCode: 200, data: { businesses } }
    if (url.endsWith('/consents/documents/TAX_AUTH')) {
      return { statusCode: 200, data: { kind: 'TAX_AUTH', version: '1.0', title: '纳税信息查询授权书', body: '授权全文', required: true, effectiveDate: '2026-01-01' } }
    }
    if (url.endsWith('/tax/authorizations') && method === 'POST') return authorize()
    throw new Error(`unexpected ${method} ${url}`)
  }
}

async function typeCodeAndAuthorize(container: HTMLElement, uscc: string) {
  await screen.findByText('授权并查询')
  fireEvent.change(container.querySelector('#uscc')!, { target: { value: uscc } })
  fireEvent.click(container.querySelector('#tax-consent input, #tax-consent')!)
  fireEvent.click(container.querySelector('#tax-submit')!)
}

describe('TaxAuthorization', () => {
  it('checks the credit code at the field before asking the bank', async () => {
    bank(() => ({ statusCode: 201, data: {} }))
    const { container } = render(<TaxAuthorization onNext={jest.fn()} />)
    await typeCodeAndAuthorize(container, '91320102MA1W6HT83X')
    expect(await screen.findByText(/统一社会信用代码/, { selector: '#uscc-error' })).toBeTruthy()
    expect(taroMock.requests.some((r) => r.url.endsWith('/tax/authorizations'))).toBe(false)
  })

  it('puts "not linked to you" under the field', async () => {
    bank(() => ({ statusCode: 403, data: { code: 'BUSINESS_NOT_LINKED', message: '该企业与您的身份信息不关联，需由经营者或法定代表人本人授权' } }))
    const { container } = render(<TaxAuthorization onNext={jest.fn()} />)
    await typeCodeAndAuthorize(container, OTHER)
    const error = await screen.findByText('该企业与您的身份信息不关联，需由经营者或法定代表人本人授权')
    expect(error.id).toBe('uscc-error')
  })

  it('keeps what was typed when the tax service is down, and says to retry later', async () => {
    bank(() => ({ statusCode: 503, data: { code: 'TAX_SERVICE_UNAVAILABLE', message: '税务数据服务暂时不可用，请稍后重试' } }))
    const { container } = render(<TaxAuthorization onNext={jest.fn()} />)
    await typeCodeAndAuthorize(container, OTHER)
    await waitFor(() => expect(taroMock.toasts).toContain('税务数据服务暂时不可用，请稍后重试'), { timeout: 8000 })
    expect((container.querySelector('#uscc') as HTMLInputElement).value).toBe(OTHER)
  }, 15000)
})
