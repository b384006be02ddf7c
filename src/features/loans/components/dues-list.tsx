import { View, Text } from '@tarojs/components'
import { formatDateCn, formatYuan } from '@/domain'
import type { Due } from '../api'
import './loans.css'

export const DUE_STATUS_LABELS: Readonly<Record<Due['status'], string>> = {
  DUE: '即将到期',
  OVERDUE: '已逾期',
  UPCOMING: '待还',
}

/** Upcoming and overdue instalments, soonest first. */
export function DuesList({ dues }: { dues: Due[] }) {
  return (
    <View className="wdt-money__facts" id="dues">
      {dues.map((d, i) => (
        <View className="wdt-money__row" key={`${d.loanId}-${d.dueDate}-${i}`} id={`due-${i}`} data-loan={d.loanId}>
          <Text className={`wdt-money__label wdt-money__status--${d.status}`}>
            {formatDateCn(d.dueDate)} · {DUE_STATUS_LABELS[d.status]}
          </Text>
          <Text className="wdt-money__strong" id={`due-${i}-amount`}>
            {formatYuan(d.amountFen)}元
          </Text>
        </View>
      ))}
    </View>
  )
}
