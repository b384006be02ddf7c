import { Text, View } from '@tarojs/components'
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
