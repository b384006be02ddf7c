import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { formatDateCn } from '@/domain'
import { useAsync } from '@/hooks/use-async'
import { isApiError, messageOf } from '@/services/api/errors'
import { villageApi, type Slot } from '../api'
import './village.css'

export interface VisitRequestProps {
  stationId: string
}

/** Ask the station's banker for a visit: pick a time slot; booked visits are listed (and can be cancelled). */
export function VisitRequest({ stationId }: VisitRequestProps) {
  const data = useAsync(() => Promise.all([villageApi.slots(stationId), villageApi.visits()]), [stationId])
  const [chosen, setChosen] = useState<Slot | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const book = async () => {
    if (!chosen) return setError('请选择一个时间段')
    setBusy(true)
    setError(null)
    try {
      await villageApi.book(stationId, chosen.id)
      setChosen(null)
      Taro.showToast({ title: '预约成功，客户经理会按时接待您', icon: 'none' })
      data.reload()
    } catch (err) {
      if (isApiError(err) && (err.code === 'SLOT_FULL' || err.code === 'VISIT_ALREADY_BOOKED')) setError(err.message)
      else Taro.showToast({ title: messageOf(err), icon: 'none' })
    } finally {
      setBusy(false)
    }
  }

  const cancel = async (visitId: string) => {
    try {
      await villageApi.cancelVisit(visitId)
      data.reload()
    } catch (err) {
      Taro.showToast({ title: messageOf(err), icon: 'none' })
    }
  }

  if (data.status === 'error') {
    return (
      <View className="wdt-step" id="visit-request">
        <Text className="wdt-step__note">{data.errorMessage}</Text>
        <Button size="small" onClick={data.reload}>
          重新加载
        </Button>
      </View>
    )
  }
  const [slots, visits] = data.data ?? [[], []]
  const booked = visits.filter((v) => v.stationId === stationId && v.status === 'BOOKED')
  return (
    <View className="wdt-step" id="visit-request">
      <Text className="wdt-step__lead">预约到站办理</Text>
      {booked.map((v) => (
        <View className="wdt-facts" key={v.id} id={`visit-${v.id}`}>
          <Text className="wdt-visit__booked">
            已预约：{formatDateCn(v.date)} {v.startTime}–{v.endTime}
          </Text>
          <Button size="small" fill="outline" id={`visit-cancel-${v.id}`} onClick={() => cancel(v.id)}>
            取消预约
          </Button>
        </View>
      ))}
      <View className="wdt-chips" id="visit-slots">
        {slots.map((s) => (
          <Text
            key={s.id}
            id={`slot-${s.id}`}
            className={`wdt-chip ${chosen?.id === s.id ? 'wdt-chip--selected' : ''} ${s.available ? '' : 'wdt-chip--disabled'}`}
            onClick={() => s.available && (setChosen(s), setError(null))}
          >
            {s.date.slice(5).replace('-', '月')}日 {s.startTime}
            {s.available ? '' : '（已满）'}
          </Text>
        ))}
      </View>
      {error ? (
        <Text className="wdt-field__error" id="visit-error">
          {error}
        </Text>
      ) : null}
      <Button type="primary" block id="visit-book" loading={busy} onClick={book}>
        预约
      </Button>
    </View>
  )
}
