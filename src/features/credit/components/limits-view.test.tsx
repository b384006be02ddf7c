import { fireEvent, render } from '@testing-library/react'
import type { CreditLine } from '../api'
import { LimitsView, dailyRateText } from './limits-view'

const line: CreditLine = {
  id: 'L1',
  productId: 'CREDIT01',
  productName: '商e贷',
  kind: 'CREDIT',
  totalFen: 28_800_000,
  availableFen: 20_000_000,
  usedFen: 8_800_000,
  annualRateBps: 365,
  validFrom: '2026-11-23',
  validUntil: '2027-11-23',
  status: 'ACTIVE',
}

describe('LimitsView', () => {
  it('shows total, available, used, validity and the annualized rate', () => {
    const { container } = render(<LimitsView lines={[line]} onApply={jest.fn()} />)
    expect(container.querySelector('#line-L1-available')!.textContent).toBe('200,000.00')
    expect(container.querySelector('#line-L1-total')!.textContent).toBe('288,000.00元')
    expect(container.querySelector('#line-L1-used')!.textContent).toBe('88,000.00元')
    expect(container.querySelector('#line-L1-rate')!.textContent).toBe('年化利率（单利）3.65%')
    expect(container.textContent).toContain('2026年11月23日至2027年11月23日')
  })

  it('states the annualized rate more prominently than the daily rate (PBOC 〔2021〕No.3)', () => {
    const { container } = render(<LimitsView lines={[line]} onApply={jest.fn()} />)
    const annual = container.querySelector('#line-L1-rate')!
    const daily = Array.from(container.querySelectorAll('.wdt-muted')).find((e) => e.textContent?.includes('日利率'))!
    expect(annual.className).toContain('wdt-rate')
    expect(daily.className).not.toContain('wdt-rate')
    expect(dailyRateText(365)).toBe('0.0101%')
  })

  it('leads to apply when there is no line', () => {
    const onApply = jest.fn()
    const { container } = render(<LimitsView lines={[]} onApply={onApply} />)
    fireEvent.click(container.querySelector('#limits-apply')!)
    expect(onApply).toHaveBeenCalled()
  })
})
