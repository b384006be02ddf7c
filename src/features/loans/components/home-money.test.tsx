import { render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../../test/mocks/taro'
import { pendingOf, resetPendingOperations, startOperation } from '../pending.store'
import { HomeMoney } from './home-money'

const line = {
  id: 'L1', productId: 'CREDIT01', productName: '商e贷', kind: 'CREDIT', totalFen: 28_800_000, availableFen: 27_800_000, usedFen: 1_000_000,
  annualRateBps: 365, validFrom: '2026-12-01', validUntil: '2027-12-01', status: 'ACTIVE',
}
const overdueLoan = {
  id: 'LN1', lineId: 'L1', principalFen: 1_000_000, outstandingPrincipalFen: 1_000_000, method: 'DAILY', termMonths: 1, annualRateBps: 365,
  startDate: '2026-12-01', maturityDate: '2027-01-01', status: 'OVERDUE', interestToDateFen: 0,
  overdue: { days: 10, principalFen: 1_000_000, interestFen: 3_143, penaltyFen: 1_521 },
}
const draw = { id: 'D1', loanId: 'LN1', status: 'SUCCEEDED', amountFen: 1_000_000, cardLast4: '6788', createdAt: '2026-12-01T08:00:00.000Z' }

describe('HomeMoney', () => {
  beforeEach(() => resetPendingOperations())

  it('confirms a draw left pending with its own key before offering anything, then shows the line, dues and overdue', async () => {
    const op = startOperation('draw', { lineId: 'L1', amountFen: 1_000_000, termMonths: 1, method: 'DAILY', cardId: 'C1', contractVersion: '1', smsCode: '123456' })
    const order: string[] = []
    const keys: (string | undefined)[] = []
    taroMock.requestHandler = ({ url, method, header }) => {
      order.push(`${method} ${url.replace(/^.*\/api\/v1/, '')}`)
      if (url.endsWith('/draws')) {
        keys.push(header?.['Idempotency-Key'])
        return { statusCode: 201, data: draw }
      }
      if (url.endsWith('/credit-lines')) return { statusCode: 200, data: { lines: [line] } }
      if (url.endsWith('/loans')) return { statusCode: 200, data: { loans: [overdueLoan] } }
      if (url.endsWith('/dues')) return { statusCode: 200, data: { dues: [{ loanId: 'LN1', period: 1, dueDate: '2027-01-01', amountFen: 1_004_664, status: 'OVERDUE' }] } }
      throw new Error(`unexpected ${method} ${url}`)
    }
    const { container } = render(<HomeMoney refreshKey={0} onDraw={jest.fn()} onLoans={jest.fn()} onDrawResult={jest.fn()} />)
    await screen.findByText('278,000.00')
    expect(order[0]).toBe('POST /draws')
    expect(keys).toEqual([op.key])
    expect(pendingOf()).toHaveLength(0)
    expect(container.querySelector('#home-reconciled')).not.toBeNull()
    expect(container.querySelector('#home-overdue')?.textContent).toBe('您有1笔借款已逾期10天，罚息15.21元，请尽快还款。')
  })

  it('shows nothing for a borrower without a line', async () => {
    taroMock.requestHandler = ({ url }) => {
      if (url.endsWith('/credit-lines')) return { statusCode: 200, data: { lines: [] } }
      if (url.endsWith('/loans')) return { statusCode: 200, data: { loans: [] } }
      return { statusCode: 200, data: { dues: [] } }
    }
    const { container } = render(<HomeMoney refreshKey={0} onDraw={jest.fn()} onLoans={jest.fn()} onDrawResult={jest.fn()} />)
    await waitFor(() => expect(taroMock.requests).toHaveLength(3))
    expect(container.querySelector('#home-money')).toBeNull()
  })
})
