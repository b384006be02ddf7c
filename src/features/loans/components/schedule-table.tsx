import { View, Text } from '@tarojs/components'
import { formatDateCn, formatYuan, type Installment } from '@/domain'
import type { LoanInstalment } from '../api'
import './loans.css'

export interface ScheduleTableProps {
  rows: readonly (Installment | LoanInstalment)[]
  /** Prefix of the ids: `${idPrefix}-row-${period}-due` etc. */
  idPrefix: string
}

export const INSTALMENT_STATUS_LABELS: Readonly<Record<LoanInstalment['status'], string>> = {
  PAID: '已还',
  DUE: '待还',
  OVERDUE: '已逾期',
  UPCOMING: '未到期',
}

function statusOf(row: Installment | LoanInstalment): LoanInstalment['status'] | null {
  return 'status' in row ? row.status : null
}

/** A repayment schedule: every period with its due date, principal, interest and total. */
export function ScheduleTable({ rows, idPrefix }: ScheduleTableProps) {
  const withStatus = rows.some((r) => statusOf(r) !== null)
  return (
    <View className="wdt-money__table" id={`${idPrefix}-schedule`}>
      <View className="wdt-money__tr wdt-money__tr--head">
        <Text className="wdt-money__td">期数</Text>
        <Text className="wdt-money__td wdt-money__td--date">还款日</Text>
        <Text className="wdt-money__td">本金</Text>
        <Text className="wdt-money__td">利息</Text>
        <Text className="wdt-money__td">应还</Text>
        {withStatus ? <Text className="wdt-money__td">状态</Text> : null}
      </View>
      {rows.map((row) => {
        const id = `${idPrefix}-row-${row.period}`
        const status = statusOf(row)
        return (
          <View className="wdt-money__tr" key={row.period} id={id} data-due={row.dueDate}>
            <Text className="wdt-money__td">{row.period}</Text>
            <Text className="wdt-money__td wdt-money__td--date" id={`${id}-due`}>
              {formatDateCn(row.dueDate)}
            </Text>
            <Text className="wdt-money__td" id={`${id}-principal`}>
              {formatYuan(row.principalFen)}
            </Text>
            <Text className="wdt-money__td" id={`${id}-interest`}>
              {formatYuan(row.interestFen)}
            </Text>
            <Text className="wdt-money__td" id={`${id}-total`}>
              {formatYuan(row.totalFen)}
            </Text>
            {withStatus ? (
              <Text className={`wdt-money__td wdt-money__status--${status ?? ''}`} id={`${id}-status`}>
                {status ? INSTALMENT_STATUS_LABELS[status] : ''}
              </Text>
            ) : null}
          </View>
        )
      })}
    </View>
  )
}
