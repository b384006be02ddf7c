import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { buildSchedule, formatDateCn, formatYuan, loanAnnualizedRate, scheduleTotals, type RepaymentMethod } from '@/domain'
import { taroMock } from '../../../../test/mocks/taro'
import { DRAW_AMOUNT_MESSAGES } from '../draw-rules'
import { pendingOf, resetPendingOperations } from '../pending.store'
import { DrawForm } from './draw-form'

const line = {
  id: 'L1', productId: 'CREDIT01', productName: '商e贷', kind: 'CREDIT', totalFen: 20_000_000, availableFen: 20_000_000, usedFen: 0,
  annualRateBps: 365, validFrom: '2026-11-23', validUntil: '2027-11-23', status: 'ACTIVE',
}
const card = { id: 'C1', bankName: '江苏银行', last4: '0123', maskedNumber: '***************0123', boundAt: '2026-11-23T08:00:00.000Z' }
const START = '2026-11-23'
const contract = { version: '2026.1', title: '个人借款合同', body: '## 第一条\n\n借款人同意按约还款。' }

function quoteFor(body: { amountFen: number; termMonths: number; method: RepaymentMethod; lineId: string }) {
  const input = { principalFen: body.amountFen, annualRateBps: line.annualRateBps, termMonths: body.termMonths, method: body.method, startDate: START }
  const schedule = buildSchedule(input)
  return {
    ...body, startDate: START, schedule, totalInterestFen: scheduleTotals(schedule).interestFen, annualRateBps: line.annualRateBps,
    apr: loanAnnualizedRate(input), firstDueDate: schedule[0].dueDate, contract,
  }
}

/** The bank as the draw form sees it. */
function bank(draws: () => { statusCode: number; data: unknown } = () => ({ statusCode: 201, data: { id: 'D1', loanId: 'LN1', status: 'SUCCEEDED', amountFen: 500_000, cardLast4: '0123', createdAt: '2026-11-23T08:00:00.000Z' } })) {
  const calls: { url: string; data?: unknown; key?: string }[] = []
  taroMock.requestHandler = ({ url, method, data, header }) => {
    calls.push({ url, data, key: header?.['Idempotency-Key'] })
    if (url.endsWith('/credit-lines')) return { statusCode: 200, data: { lines: [line] } }
    if (url.endsWith('/cards') && method === 'GET') return { statusCode: 200, data: { cards: [card] } }
    if (url.endsWith('/draws/quote')) return { statusCode: 200, data: quoteFor(data as never) }
    if (url.endsWith('/draws/sms')) return { statusCode: 200, data: { sentAt: '2026-11-23T08:00:00.000Z', resendAfterSeconds: 60, demoCode: '246810' } }
    if (url.endsWith('/draws') && method === 'POST') return draws()
    throw new Error(`unexpected ${method} ${url}`)
  }
  return calls
}

const q = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement
const type = (c: HTMLElement, id: string, value: string) => fireEvent.change(q(c, `#${id}`), { target: { value } })

async function ready() {
  const view = render(<DrawForm onDrawn={jest.fn()} />)
  await screen.findByText('试算')
  return view
}

describe('DrawForm', () => {
  beforeEach(() => resetPendingOperations())

  it.each([
    ['999', DRAW_AMOUNT_MESSAGES.belowMinimum],
    ['1050', DRAW_AMOUNT_MESSAGES.notStep],
    ['300000', DRAW_AMOUNT_MESSAGES.aboveAvailable(20_000_000)],
    ['', '请输入金额'],
  ])('puts the message for %p at the amount field and asks for no trial', async (amount, message) => {
    const calls = bank()
    const { container } = await ready()
    type(container, 'draw-amount', amount)
    fireEvent.click(screen.getByText('试算'))
    const error = await screen.findByText(message)
    expect(error.id).toBe('draw-amount-error')
    expect(calls.filter((c) => c.url.endsWith('/draws/quote'))).toHaveLength(0)
  })

  it.each<[RepaymentMethod, number]>([
    ['DAILY', 3],
    ['INTEREST_ONLY', 6],
  ])('shows the %s trial schedule exactly as the domain library computes it', async (method, term) => {
    bank()
    const { container } = await ready()
    type(container, 'draw-amount', '5000')
    fireEvent.click(q(container, `#draw-term-${term}`))
    fireEvent.click(q(container, `#draw-method-${method}`))
    fireEvent.click(screen.getByText('试算'))
    await screen.findByText('试算结果')
    const expected = buildSchedule({ principalFen: 500_000, annualRateBps: 365, termMonths: term, method, startDate: START })
    const rows = container.querySelectorAll('[id^="draw-row-"][data-due]')
    expect(rows).toHaveLength(expected.length)
    for (const row of expected) {
      const id = `#draw-row-${row.period}`
      expect(q(container, `${id}-due`).textContent).toBe(formatDateCn(row.dueDate))
      expect(q(container, `${id}-principal`).textContent).toBe(formatYuan(row.principalFen))
      expect(q(container, `${id}-interest`).textContent).toBe(formatYuan(row.interestFen))
      expect(q(container, `${id}-total`).textContent).toBe(formatYuan(row.totalFen))
    }
    expect(q(container, '#draw-total-interest').textContent).toBe(`${formatYuan(scheduleTotals(expected).interestFen)}元`)
    expect(q(container, '#draw-apr').textContent).toMatch(/^年化利率/)
    expect(container.querySelector('#draw-quote-mismatch')).toBeNull()
    // The contract is shown in full, with its version.
    expect(q(container, '#draw-contract-title').textContent).toBe('个人借款合同（版本 2026.1）')
    expect(q(container, '#draw-contract').textContent).toContain('借款人同意按约还款。')
  })

  it('asks for a new trial when the terms change after one', async () => {
    bank()
    const { container } = await ready()
    type(container, 'draw-amount', '5000')
    fireEvent.click(screen.getByText('试算'))
    await screen.findByText('试算结果')
    type(container, 'draw-amount', '6000')
    expect(screen.queryByText('试算结果')).toBeNull()
  })

  it('confirms with the contract version and SMS code, one key written before sending, demo code on screen', async () => {
    const calls = bank()
    const onDrawn = jest.fn()
    const { container } = render(<DrawForm onDrawn={onDrawn} onConfirmTap={jest.fn()} />)
    await screen.findByText('试算')
    type(container, 'draw-amount', '5000')
    fireEvent.click(screen.getByText('试算'))
    await screen.findByText('试算结果')
    fireEvent.click(q(container, '#draw-confirm'))
    expect(await screen.findByText('请阅读并同意借款合同')).toBeTruthy()
    expect(screen.getByText('请输入6位短信验证码').id).toBe('draw-sms-code-error')

    fireEvent.click(container.querySelector('#draw-agree input, #draw-agree')!)
    fireEvent.click(q(container, '#draw-sms-send'))
    expect((await screen.findByText('演示环境验证码：246810')).id).toBe('draw-sms-demo')
    type(container, 'draw-sms-code', '246810')
    await act(async () => {
      fireEvent.click(q(container, '#draw-confirm'))
      fireEvent.click(q(container, '#draw-confirm'))
    })
    await waitFor(() => expect(onDrawn).toHaveBeenCalledTimes(1))
    const draws = calls.filter((c) => c.url.endsWith('/draws'))
    expect(draws).toHaveLength(1)
    expect(draws[0].data).toEqual({ lineId: 'L1', amountFen: 500_000, termMonths: 6, method: 'DAILY', cardId: 'C1', contractVersion: '2026.1', smsCode: '246810' })
    expect(onDrawn).toHaveBeenCalledWith(draws[0].key)
    expect(pendingOf()).toHaveLength(0)
  })

  it('shows a wrong SMS code at its field, and the next confirmation gets a new key', async () => {
    let n = 0
    const calls = bank(() =>
      ++n === 1
        ? { statusCode: 422, data: { code: 'SMS_CODE_INVALID', message: '验证码不正确，还可尝试4次' } }
        : { statusCode: 201, data: { id: 'D1', loanId: 'LN1', status: 'SUCCEEDED', amountFen: 500_000, cardLast4: '0123', createdAt: '2026-11-23T08:00:00.000Z' } },
    )
    const { container } = await ready()
    type(container, 'draw-amount', '5000')
    fireEvent.click(screen.getByText('试算'))
    await screen.findByText('试算结果')
    fireEvent.click(container.querySelector('#draw-agree input, #draw-agree')!)
    type(container, 'draw-sms-code', '111111')
    fireEvent.click(q(container, '#draw-confirm'))
    expect((await screen.findByText('验证码不正确，还可尝试4次')).id).toBe('draw-sms-code-error')
    type(container, 'draw-sms-code', '246810')
    fireEvent.click(q(container, '#draw-confirm'))
    await waitFor(() => expect(calls.filter((c) => c.url.endsWith('/draws'))).toHaveLength(2))
    const [first, second] = calls.filter((c) => c.url.endsWith('/draws'))
    expect(second.key).not.toBe(first.key)
  })
})
