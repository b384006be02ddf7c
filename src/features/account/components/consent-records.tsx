import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { formatDateCn } from '@/domain'
import { DocumentText } from '@/components/document-text'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { messageOf } from '@/services/api/errors'
import { accountApi, latestPerKind, type ConsentDocument } from '../api'

/**
 * The consents and authorizations on record, each with the text version and date the borrower
 * agreed to; the optional ones (e.g. face data) can be withdrawn here, the text read again.
 */
export function ConsentRecords() {
  const data = useAsync(async () => {
    const records = latestPerKind(await accountApi.consents())
    const docs = await Promise.all(records.map((r) => accountApi.document(r.kind)))
    return records.map((record, i) => ({ record, doc: docs[i] }))
  }, [])
  const [reading, setReading] = useState<ConsentDocument | null>(null)

  const withdraw = async (doc: ConsentDocument) => {
    const { confirm } = await Taro.showModal({
      title: `撤回${doc.title}`,
      content: '撤回后我们将停止相应处理，不影响撤回前已完成的处理。需要时可重新同意。',
      confirmText: '撤回',
    })
    if (!confirm) return
    try {
      await accountApi.withdraw(doc.kind, doc.version)
      data.reload()
    } catch (err) {
      Taro.showToast({ title: messageOf(err), icon: 'none' })
    }
  }

  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      <View className="wdt-step" id="consent-records">
        <Text className="wdt-step__lead">授权与同意记录</Text>
        {data.data?.length ? null : <Text className="wdt-step__note">暂无记录。</Text>}
        {data.data?.map(({ record, doc }) => (
          <View className="wdt-facts" key={record.kind} id={`consent-record-${record.kind}`}>
            <Text className="wdt-facts__title">{doc.title}</Text>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">状态</Text>
              <Text id={`consent-record-${record.kind}-state`}>{record.granted ? '已同意' : '已撤回/未同意'}</Text>
            </View>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">文本版本</Text>
              <Text>{record.version}</Text>
            </View>
            <View className="wdt-facts__row">
              <Text className="wdt-facts__label">时间</Text>
              <Text>{formatDateCn(record.recordedAt.slice(0, 10))}</Text>
            </View>
            <View className="wdt-step__inline">
              <Button size="small" fill="outline" id={`consent-read-${record.kind}`} onClick={() => setReading(reading?.kind === doc.kind ? null : doc)}>
                {reading?.kind === doc.kind ? '收起全文' : '查看全文'}
              </Button>
              {record.granted && !doc.required ? (
                <Button size="small" fill="outline" type="danger" id={`consent-withdraw-${record.kind}`} onClick={() => withdraw(doc)}>
                  撤回
                </Button>
              ) : null}
            </View>
            {reading?.kind === doc.kind ? <DocumentText body={doc.body} /> : null}
          </View>
        ))}
      </View>
    </PageContainer>
  )
}
