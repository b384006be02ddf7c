import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatDateCn, formatYuan, REPAYMENT_METHOD_LABELS } from '@/domain'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { loansApi, type LoanSummary } from '../api'
import { DuesList } from './dues-list'
import './loans.css'

export interface LoanListProps {
  onOpen: (loanId: string) => void
  onRepay: (loanId: string) => void
  onDraw: () => void
  /** Bumped by the page to load again (e.g. when it is shown again). */
  refreshKey?: number
}

export const LOAN_STATUS_LABELS: Readonly<Record<LoanSummary['status'], string>> = {
  ACTIVE: '还款中',
  OVERDUE: '已逾期',
  SETTLED: '已结清',
}

/** Overdue said plainly: days, what is overdue and the penalty interest. */
export function OverdueAlert({ loan, idPrefix }: { loan: LoanSummary; idPrefix: string }) {
  if (!loan.overdue) return null
  const o = loan.overdue
  return (
    <View className="wdt-money__alert" id={`${idPrefix}-overdue`}>
      <Text>已逾期{o.days}天，请尽快还款，以免影响您的征信。</Text>
      <Text>
        逾期本金{formatYuan(o.principalFen)}元，逾期利息{formatYuan(o.interestFen)}元，罚息
        <Text id={`${idPrefix}-overdue-penalty`}>{formatYuan(o.penaltyFen)}</Text>元
      </Text>
    </View>
  )
}

/** One loan (借据) as a card: outstanding principal, interest to date, next instalment. */
export function LoanCard({ loan, onOpen, onRepay }: { loan: LoanSummary; onOpen: () => void; onRepay: () => void }) {
  const id = `loan-${loan.id}`
  return (
    <View className="wdt-step wdt-money__loan" id={id} data-status={loan.status}>
      <View className="wdt-money__row">
        <Text className="wdt-money__section-title">
          {formatYuan(loan.principalFen)}元 · {REPAYMENT_METHOD_LABELS[loan.method]}
        </Text>
        <Text className={`wdt-money__status--${loan.status}`} id={`${id}-status`}>
          {LOAN_STATUS_LABELS[loan.status]}
        </Text>
      </View>
      <Text className="wdt-money__muted">
        {formatDateCn(loan.startDate)}借 · {loan.termMonths}个月 · {formatDateCn(loan.maturityDate)}到期
      </Text>
      <View className="wdt-money__facts">
        <View className="wdt-money__row">
          <Text className="wdt-money__label">剩余本金</Text>
          <Text className="wdt-money__strong" id={`${id}-outstanding`}>
            {formatYuan(loan.outstandingPrincipalFen)}元
          </Text>
        </View>
        {loan.status !== 'SETTLED' ? (
          <View className="wdt-money__row">
            <Text className="wdt-money__label">截至今日利息</Text>
            <Text id={`${id}-interest`}>{formatYuan(loan.interestToDateFen)}元</Text>
          </View>
        ) : null}
        {loan.nextDue ? (
          <View className="wdt-money__row">
            <Text className="wdt-money__label">下期还款</Text>
            <Text id={`${id}-next`}>
              {formatDateCn(loan.nextDue.dueDate)} {formatYuan(loan.nextDue.amountFen)}元
            </Text>
          </View>
        ) : null}
      </View>
      <OverdueAlert loan={loan} idPrefix={id} />
      <View className="wdt-step__inline">
        <Button size="small" fill="outline" id={`${id}-open`} onClick={onOpen}>
          详情
        </Button>
        {loan.status !== 'SETTLED' ? (
          <Button size="small" type="primary" id={`${id}-repay`} onClick={onRepay}>
            还款
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** 我的借款: every loan, outstanding first, and the dues ahead. */
export function LoanList({ onOpen, onRepay, onDraw, refreshKey = 0 }: LoanListProps) {
  const data = useAsync(() => Promise.all([loansApi.loans(), loansApi.dues()]), [refreshKey])
  const loans = data.data?.[0] ?? []
  const dues = data.data?.[1] ?? []
  const open = loans.filter((l) => l.status !== 'SETTLED')
  const settled = loans.filter((l) => l.status === 'SETTLED')
  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      <View className="wdt-money" id="loans" data-count={loans.length}>
        <Text className="wdt-money__muted" id="loans-count">
          共{loans.length}笔借据，{open.length}笔未结清
        </Text>
        {!loans.length ? (
          <View className="wdt-step wdt-center" id="loans-empty">
            <Text className="wdt-step__lead">暂无借款</Text>
            <Button type="primary" block id="loans-draw" onClick={onDraw}>
              去用款
            </Button>
          </View>
        ) : null}
        {dues.length ? (
          <View className="wdt-step">
            <Text className="wdt-money__section-title">近期应还</Text>
            <DuesList dues={dues} />
          </View>
        ) : null}
        {[...open, ...settled].map((loan) => (
          <LoanCard key={loan.id} loan={loan} onOpen={() => onOpen(loan.id)} onRepay={() => onRepay(loan.id)} />
        ))}
      </View>
    </PageContainer>
  )
}
