import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatDateCn, formatRate, formatYuan, REPAYMENT_METHOD_LABELS } from '@/domain'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { loansApi, type LoanRecord } from '../api'
import { LOAN_STATUS_LABELS, OverdueAlert } from './loan-list'
import { ScheduleTable } from './schedule-table'
import './loans.css'

export interface LoanDetailViewProps {
  loanId: string
  onRepay: () => void
  refreshKey?: number
}

function recordText(r: LoanRecord): string {
  if (r.kind === 'DRAW') return `放款至尾号${r.cardLast4}`
  const parts = [`本金${formatYuan(r.principalFen)}`, `利息${formatYuan(r.interestFen)}`]
  if (r.penaltyFen) parts.push(`罚息${formatYuan(r.penaltyFen)}`)
  return `尾号${r.cardLast4}扣款：${parts.join('，')}`
}

/** 借据详情: the loan, its schedule (paid, due, overdue) and its records of draws and repayments. */
export function LoanDetailView({ loanId, onRepay, refreshKey = 0 }: LoanDetailViewProps) {
  const data = useAsync(() => loansApi.loan(loanId), [loanId, refreshKey])
  const loan = data.data
  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      {loan ? (
        <View className="wdt-money" id="loan-detail" data-status={loan.status}>
          <View className="wdt-step">
            <View className="wdt-money__row">
              <Text className="wdt-money__muted">剩余本金（元）</Text>
              <Text className={`wdt-money__status--${loan.status}`} id="loan-status">
                {LOAN_STATUS_LABELS[loan.status]}
              </Text>
            </View>
            <Text className="wdt-money__big" id="loan-outstanding">
              {formatYuan(loan.outstandingPrincipalFen)}
            </Text>
            <View className="wdt-money__facts">
              <View className="wdt-money__row">
                <Text className="wdt-money__label">借款金额</Text>
                <Text id="loan-principal">{formatYuan(loan.principalFen)}元</Text>
              </View>
              <View className="wdt-money__row">
                <Text className="wdt-money__label">还款方式</Text>
                <Text>
                  {REPAYMENT_METHOD_LABELS[loan.method]} · {loan.termMonths}个月
                </Text>
              </View>
              <View className="wdt-money__row">
                <Text className="wdt-money__label">年化利率（单利）</Text>
                <Text id="loan-rate">{formatRate(loan.annualRateBps)}</Text>
              </View>
              <View className="wdt-money__row">
                <Text className="wdt-money__label">借款期间</Text>
                <Text>
                  {formatDateCn(loan.startDate)}至{formatDateCn(loan.maturityDate)}
                </Text>
              </View>
              {loan.status !== 'SETTLED' ? (
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">截至今日利息</Text>
                  <Text id="loan-interest">{formatYuan(loan.interestToDateFen)}元</Text>
                </View>
              ) : null}
              {loan.nextDue ? (
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">下期还款</Text>
                  <Text id="loan-next">
                    {formatDateCn(loan.nextDue.dueDate)} {formatYuan(loan.nextDue.amountFen)}元
                  </Text>
                </View>
              ) : null}
            </View>
            <OverdueAlert loan={loan} idPrefix="loan" />
            {loan.status !== 'SETTLED' ? (
              <Button type="primary" block id="loan-repay" onClick={onRepay}>
                还款
              </Button>
            ) : null}
          </View>
          <View className="wdt-step">
            <Text className="wdt-money__section-title">还款计划</Text>
            <ScheduleTable rows={loan.schedule} idPrefix="loan" />
          </View>
          <View className="wdt-step" id="loan-records">
            <Text className="wdt-money__section-title">交易记录</Text>
            {loan.records.map((r) => (
              <View className="wdt-money__row" key={r.id} id={`record-${r.id}`} data-kind={r.kind}>
                <View className="wdt-money">
                  <Text>{r.kind === 'DRAW' ? '放款' : '还款'}</Text>
                  <Text className="wdt-money__muted">
                    {formatDateCn(r.at.slice(0, 10))} · {recordText(r)}
                  </Text>
                </View>
                <Text className="wdt-money__strong" id={`record-${r.id}-amount`}>
                  {r.kind === 'DRAW' ? '+' : '-'}
                  {formatYuan(r.amountFen)}
                </Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </PageContainer>
  )
}
