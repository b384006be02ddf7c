import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../../test/mocks/taro'
import { pendingOf, resetPendingOperations } from '../pending.store'
import { RepayForm } from './repay-form'

const loan = {
  id: 'LN1', lineId: 'L1', principalFen: 500_000, outstandingPrincipalFen: 500_000, method: 'INTEREST_ONLY', termMonths: 3, annualRateBps: 365,
  startDate: '2026-11-23', maturityDate: '2027-02-23', status: 'OVERDUE', interestToDateFen: 1_521,
  overdue: { days: 5, principalFen: 0, interestFen: 1_521, penaltyFen: 4 }, schedule: [], records: [],
}
const card = { id: 'C1', bankName: '江苏银行', last4: '0123', maskedNumber: '***************0123', boundAt: '2026-11-23T08:00:00.000Z' }
const quote = { amountFen: 201_525, penaltyFen: 4, overdueInterestFen: 1_521, interestFen: 0, principalFen: 200_000, remainingPrincipalFen: 300_000 }

function bank(pay: () => { statusCode: number; data: unknown }) {
  const calls: { url: string; data?: unknown; key?: string }[] = []
  taroMock.requestHandler = ({ url, method, data, header }) => {
    calls.push({ url, data, key: header?.['Idempotency-Key'] })
    if (url.endsWith('/loans/LN1')) return { statusCode: 200, data: loan }
    if (url.endsWith('/cards')) return { statusCode: 200, data: { cards: [card] } }
    if (url.endsWith('/repayments/quote')) return { statusCode: 200, data: quote }
    if (url.endsWith('/repayments') && method === 'POST') return pay()
    throw new Error(`unexpected ${method} ${url}`)
  }
  return calls
}

const q = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement

async function quotedPartial() {
  const view = render(<RepayForm loanId="LN1" onLoans={jest.fn()} onLimits={jest.fn()} />)
  await screen.findByText('试算')
  fireEvent.click(q(view.container, '#repay-kind-PARTIAL'))
  fireEvent.change(q(view.container, '#repay-amount'), { target: { value: '2015.25' } })
  fireEvent.click(screen.getByText('试算'))
  await waitFor(() => expect(view.container.querySelector('#repay-split')).not.toBeNull())
  return view
}

describe('RepayForm', () => {
  beforeEach(() => resetPendingOperations())

  it('shows overdue plainly and the split in the statutory order before confirming', async () => {
    const calls = bank(() => ({ statusCode: 500, data: {} }))
    const { container } = await quotedPartial()
    expect(q(container, '#repay-overdue').textContent).toContain('已逾期5天')
    expect(q(container, '#repay-overdue-penalty').textContent).toBe('0.04')
    const labels = Array.from(container.querySelectorAll('#repay-split .wdt-money__label')).map((n) => n.textContent)
    expect(labels).toEqual(['罚息', '逾期利息', '利息', '本金', '合计', '还款后剩余本金'])
    expect(q(container, '#repay-split-penalty').textContent).toBe('0.04元')
    expect(q(container, '#repay-split-overdue-interest').textContent).toBe('15.21元')
    expect(q(container, '#repay-split-principal').textContent).toBe('2,000.00元')
    expect(q(container, '#repay-split-total').textContent).toBe('2,015.25元')
    expect(q(container, '#repay-split-remaining').textContent).toBe('3,000.00元')
    expect(calls.find((c) => c.url.endsWith('/repayments/quote'))?.data).toEqual({ loanId: 'LN1', kind: 'PARTIAL', amountFen: 201_525 })
  })

  it('says plainly when the card balance is insufficient, and moves nothing', async () => {
    bank(() => ({ statusCode: 422, data: { code: 'INSUFFICIENT_BALANCE', message: '银行卡余额不足，请存入资金后再试' } }))
    const { container } = await quotedPartial()
    fireEvent.click(q(container, '#repay-confirm'))
    expect((await screen.findByText('银行卡余额不足，请存入资金后再试')).id).toBe('repay-error')
    expect(pendingOf()).toHaveLength(0)
  })

  it('repays once with the key of its pending operation and shows the result', async () => {
    const calls = bank(() => ({ statusCode: 201, data: { id: 'R1', loanId: 'LN1', ...quote, loanStatus: 'ACTIVE', cardLast4: '0123', at: '2026-12-28T08:00:00.000Z' } }))
    const { container } = await quotedPartial()
    fireEvent.click(q(container, '#repay-confirm'))
    await screen.findByText('还款成功')
    const paid = calls.filter((c) => c.url.endsWith('/repayments'))
    expect(paid).toHaveLength(1)
    expect(paid[0].data).toEqual({ loanId: 'LN1', kind: 'PARTIAL', amountFen: 201_525, cardId: 'C1' })
    expect(paid[0].key).toMatch(/^[0-9a-f-]{36}$/)
    expect(q(container, '#repay-result-amount').textContent).toBe('2,015.25')
    expect(pendingOf()).toHaveLength(0)
  })
})
