import { render } from '@testing-library/react'
import { DocumentText, LegalDocument, inlineRuns } from '.'

describe('DocumentText', () => {
  it('splits bold runs out of a paragraph', () => {
    expect(inlineRuns('前**重点**后')).toEqual([
      { text: '前', bold: false },
      { text: '重点', bold: true },
      { text: '后', bold: false },
    ])
  })

  it('shows every paragraph and heading without markup characters', () => {
    const body = '第一段。\n\n## 一、收集哪些信息\n\n我们**只收集**必要的信息。'
    const { container } = render(<DocumentText body={body} />)
    expect(container.textContent).toBe('第一段。一、收集哪些信息我们只收集必要的信息。')
    expect(container.querySelector('.wdt-doctext__heading')?.textContent).toBe('一、收集哪些信息')
    expect(container.querySelector('.wdt-doctext__bold')?.textContent).toBe('只收集')
  })

  it('a legal document states its title and version above the full text', () => {
    const { container } = render(<LegalDocument id="doc-x" title="借款合同" version="1.0" body="第一条。" titleId="doc-x-title" />)
    expect(container.querySelector('#doc-x-title')?.textContent).toBe('借款合同（版本 1.0）')
    expect(container.querySelector('#doc-x')?.textContent).toContain('第一条。')
  })
})
