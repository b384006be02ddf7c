import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../../test/mocks/taro'
import { IdStep } from './id-step'

function typeInto(container: HTMLElement, id: string, value: string) {
  const input = container.querySelector(`#${id}`) as HTMLInputElement
  fireEvent.change(input, { target: { value } })
}

function tapSubmit(container: HTMLElement) {
  fireEvent.click(container.querySelector('#id-submit') as HTMLElement)
}

function answer(statusCode: number, data: unknown) {
  taroMock.requestHandler = () => ({ statusCode, data })
}

describe('IdStep', () => {
  it('shows the check-digit message under the ID field and sends nothing', async () => {
    const { container } = render(<IdStep onDone={jest.fn()} />)
    typeInto(container, 'id-name', '李秀英')
    typeInto(container, 'id-number', '320104199007210121')
    tapSubmit(container)
    expect(await screen.findByText('身份证号码校验位不正确，请核对')).toBeTruthy()
    expect(taroMock.requests.filter((r) => r.url.includes('/identity/id'))).toHaveLength(0)
  })

  it('refuses a minor at the field', async () => {
    const { container } = render(<IdStep onDone={jest.fn()} />)
    typeInto(container, 'id-name', '陈小雨')
    typeInto(container, 'id-number', '320115201006150129')
    tapSubmit(container)
    expect(await screen.findByText('未满18周岁，暂不能办理')).toBeTruthy()
  })

  it('puts the registry’s name mismatch under the name field and keeps what was typed', async () => {
    answer(422, { code: 'NAME_MISMATCH', message: '姓名与身份证号码不一致' })
    const onDone = jest.fn()
    const { container } = render(<IdStep onDone={onDone} />)
    typeInto(container, 'id-name', '王小明')
    typeInto(container, 'id-number', '320104199007210120')
    tapSubmit(container)
    const error = await screen.findByText('姓名与身份证号码不一致')
    expect(error.id).toBe('id-name-error')
    expect((container.querySelector('#id-number') as HTMLInputElement).value).toBe('320104199007210120')
    expect(onDone).not.toHaveBeenCalled()
  })

  it('hands the new status on when the registry agrees', async () => {
    const status = { step: 'FACE', privacyConsented: true, faceConsented: true, faceVerified: false, verified: false }
    answer(200, status)
    const onDone = jest.fn()
    const { container } = render(<IdStep onDone={onDone} />)
    typeInto(container, 'id-name', '李秀英')
    typeInto(container, 'id-number', '320104199007210120')
    tapSubmit(container)
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(status))
    const sent = taroMock.requests.find((r) => r.url.endsWith('/identity/id'))
    expect(sent?.data).toEqual({ name: '李秀英', idNumber: '320104199007210120' })
  })
})
