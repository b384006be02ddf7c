import { ScrollView, Text, View } from '@tarojs/components'
import './index.css'

export interface DocumentTextProps {
  /** A consent or contract text: paragraphs split by blank lines, `## ` headings, `**bold**`. */
  body: string
}

/** Splits `**bold**` runs out of a paragraph. */
export function inlineRuns(paragraph: string): { text: string; bold: boolean }[] {
  return paragraph
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('**') && part.endsWith('**') ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false }))
}

/**
 * Shows a legal text in full, as the bank versioned it. Only the little markup the texts use is
 * understood (a full Markdown renderer would cost the main package for nothing).
 */
export function DocumentText({ body }: DocumentTextProps) {
  const blocks = body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)
  return (
    <View className="wdt-doctext">
      {blocks.map((block, i) =>
        block.startsWith('#') ? (
          <Text key={i} className="wdt-doctext__heading">
            {block.replace(/^#+\s*/, '')}
          </Text>
        ) : (
          <Text key={i} className="wdt-doctext__para" userSelect>
            {inlineRuns(block).map((run, j) =>
              run.bold ? (
                <Text key={j} className="wdt-doctext__bold">
                  {run.text}
                </Text>
              ) : (
                run.text
              ),
            )}
          </Text>
        ),
      )}
    </View>
  )
}

export interface LegalDocumentProps {
  id: string
  title: string
  version: string
  body: string
  /** An id for the title line (journeys read it). */
  titleId?: string
  /** In a scroll box of fixed height (default), or at its full length. */
  scroll?: boolean
}

/** A versioned legal text shown in full before the borrower agrees: title, version, the text. */
export function LegalDocument({ id, title, version, body, titleId, scroll = true }: LegalDocumentProps) {
  return (
    <View className="wdt-doc" id={id}>
      <Text className="wdt-doc__title" id={titleId}>
        {title}（版本 {version}）
      </Text>
      {scroll ? (
        <ScrollView scrollY className="wdt-doc__body">
          <DocumentText body={body} />
        </ScrollView>
      ) : (
        <DocumentText body={body} />
      )}
    </View>
  )
}
