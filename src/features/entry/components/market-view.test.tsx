import { fireEvent, render } from '@testing-library/react'
import { taroMock } from '../../../../test/mocks/taro'
import type { Market } from '../api'
import { MarketView } from './market-view'

const market: Market = {
  id: 'MK01',
  name: '南门农贸市场',
  grid: '南门街道第3网格',
  district: '城南区',
  address: '城南区南门大街188号',
  products: [
    { id: 'CREDIT01', name: '商e贷', kind: 'CREDIT', maxAmountFen: 30_000_000, minRateBps: 365, maxTermMonths: 12, summary: '纯信用' },
  ],
  banker: { id: 'BK02', name: '陈浩', title: '普惠金融专员', branch: '城南支行', phone: '13962035518', photoUrl: '/assets/bankers/BK02.png' },
}

describe('MarketView', () => {
  it('states the annualized rate, the limit and the term of each product', () => {
    const { container } = render(<MarketView market={market} onApply={jest.fn()} />)
    const product = container.querySelector('#product-CREDIT01')!
    expect(product.textContent).toContain('3.65%起')
    expect(product.textContent).toContain('年化利率（单利）')
    expect(product.textContent).toContain('30万')
    expect(product.textContent).toContain('12个月')
  })

  it('masks the banker’s phone on screen but calls the full number', () => {
    const { container } = render(<MarketView market={market} onApply={jest.fn()} />)
    expect(container.querySelector('#banker-phone')!.textContent).toBe('139****5518')
    expect(container.textContent).not.toContain('13962035518')
    fireEvent.click(container.querySelector('#banker-call')!)
    expect(taroMock.navigations).toContainEqual({ kind: 'call', url: '13962035518' })
  })

  it('applies on tap', () => {
    const onApply = jest.fn()
    const { container } = render(<MarketView market={market} onApply={onApply} />)
    fireEvent.click(container.querySelector('#market-apply')!)
    expect(onApply).toHaveBeenCalledTimes(1)
  })
})
