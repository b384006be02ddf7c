import { useEffect, useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { formatYuan, parseAmountToFen } from '@/domain'
import { FormField } from '@/components/form-field'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { isApiError, messageOf } from '@/services/api/errors'
import { loansApi, type BoundCard, type RepaymentKind, type RepaymentQuote } from '../api'
import { useMoneyOperation } from '../hooks/use-money-operation'
import { usePendingOperations } from '../pending.store'
import { CardPicker } from './card-picker'
import { OverdueAlert } from './loan-list'
import { ConfirmingNotice } from './pending-gate'
import './loans.css'

export interface RepayFormProps {
  loanId: string
  /** A repayment of this loan already booked (e.g. confirmed on reopening): its result is shown. */
  resultKey?: string | null
  onLoans: () => void
  onLimits: () => void
}

export const REPAYMENT_KIND_LABELS: Readonly<Record<RepaymentKind, string>> = {
  INSTALMENT: '归还本期',
  PARTIAL: '部分还款',
  FULL: '全部结清',
}

const KINDS: RepaymentKind[] = ['INSTALMENT', 'PARTIAL', 'FULL']

interface Asked {
  kind: RepaymentKind
  amountFen?: number
}

const sameAsk = (a: Asked | null, b: Asked | null) => !!a && !!b && a.kind === b.kind && a.amountFen === b.amountFen

/** The split of a repayment in the statutory order: penalty, overdue interest, interest, principal. */
export function RepaymentSplit({ quote, idPrefix }: { quote: RepaymentQuote; idPrefix: string }) {
  const rows: [string, string, number][] = [
    ['罚息', 'penalty', quote.penaltyFen],
    ['逾期利息', 'overdue-interest', quote.overdueInterestFen],
    ['利息', 'interest', quote.interestFen],
    ['本金', 'principal', quote.principalFen],
  ]
  return (
    <View className="wdt-money__facts" id={`${idPrefix}-split`}>
      {rows.map(([label, key, fen]) => (
        <View className="wdt-money__row" key={key}>
          <Text className="wdt-money__label">{label}</Text>
          <Text id={`${idPrefix}-split-${key}`}>{formatYuan(fen)}元</Text>
        </View>
      ))}
      <View className="wdt-money__row">
        <Text className="wdt-money__label">合计</Text>
        <Text className="wdt-money__strong" id={`${idPrefix}-split-total`}>
          {formatYuan(quote.amountFen)}元
        </Text>
      </View>
      <View className="wdt-money__row">
        <Text className="wdt-money__label">还款后剩余本金</Text>
        <Text id={`${idPrefix}-split-remaining`}>{formatYuan(quote.remainingPrincipalFen)}元</Text>
      </View>
    </View>
  )
}

/**
 * 还款: the current instalment, a partial amount or everything; a trial shows the split before
 * confirming; debited from a bound card. Confirming writes a pending operation with its key first.
 */
export function RepayForm({ loanId, resultKey, onLoans, onLimits }: RepayFormProps) {
  const data = useAsync(() => Promise.all([loansApi.loan(loanId), loansApi.cards()]), [loanId])
  const [kind, setKind] = useState<RepaymentKind>('INSTALMENT')
  const [amountText, setAmountText] = useState('')
  const [addedCards, setAddedCards] = useState<BoundCard[]>([])
  const [chosenCardId, setCardId] = useState<string | null>(null)
  const [quote, setQuote] = useState<{ asked: Asked; quote: RepaymentQuote } | null>(null)
  const [quoting, setQuoting] = useState(false)
  const [doneKey, setDoneKey] = useState<string | null>(resultKey ?? null)
  const [errors, setErrors] = useState<{ amount?: string | null; card?: string | null; pay?: string | null; quote?: string | null }>({})
  const done = usePendingOperations((s) => (doneKey ? s.completed.find((c) => c.key === doneKey) : undefined))

  useEffect(() => {
    if (resultKey) setDoneKey(resultKey)
  }, [resultKey])

  const cards = useMemo(() => [...(data.data?.[1] ?? []), ...addedCards], [data.data, addedCards])
  const cardId = chosenCardId ?? cards[0]?.id ?? null

  const operation = useMoneyOperation('repayment', {
    onDone: (outcome) => setDoneKey(outcome.op.key),
    onRefused: (err) => {
      if (err.code === 'INSUFFICIENT_BALANCE') setErrors((e) => ({ ...e, pay: err.message }))
      else if (err.code === 'REPAYMENT_AMOUNT_INVALID') setErrors((e) => ({ ...e, amount: err.message }))
      else if (err.code.startsWith('CARD_')) setErrors((e) => ({ ...e, card: err.message }))
      else {
        // Anything else may have changed what is owed: a new trial before confirming again.
        setQuote(null)
        Taro.showToast({ title: err.message, icon: 'none', duration: 3000 })
      }
      if (err.code === 'REPAYMENT_AMOUNT_INVALID') setQuote(null)
    },
  })

  const asked = (): Asked | null => {
    if (kind !== 'PARTIAL') return { kind }
    const parsed = parseAmountToFen(amountText)
    const message = !parsed.ok ? parsed.message : parsed.fen <= 0 ? '请输入还款金额' : null
    setErrors((e) => ({ ...e, amount: message }))
    return parsed.ok && !message ? { kind, amountFen: parsed.fen } : null
  }

  const typedAmount = parseAmountToFen(amountText)
  const current: Asked = kind === 'PARTIAL' ? { kind, amountFen: typedAmount.ok ? typedAmount.fen : -1 } : { kind }
  const freshQuote = quote && sameAsk(quote.asked, current) ? quote.quote : null

  const runQuote = async () => {
    const ask = asked()
    if (!ask || quoting) return
    setQuoting(true)
    try {
      setQuote({ asked: ask, quote: await loansApi.quoteRepayment({ loanId, ...ask }) })
      setErrors((e) => ({ ...e, quote: null, pay: null }))
    } catch (err) {
      if (isApiError(err) && err.code === 'REPAYMENT_AMOUNT_INVALID') setErrors((e) => ({ ...e, amount: err.message }))
      else Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setQuoting(false)
    }
  }

  const confirm = () => {
    if (operation.busy) return
    const ask = asked()
    if (!ask) return
    if (!freshQuote) {
      setErrors((e) => ({ ...e, quote: '请先试算，确认本次还款金额' }))
      return
    }
    if (!cardId) {
      setErrors((e) => ({ ...e, card: '请选择还款银行卡' }))
      return
    }
    setErrors((e) => ({ ...e, pay: null }))
    operation.submit({ loanId, ...ask, cardId })
  }

  if (done && done.kind === 'repayment') {
    const r = done.result
    return (
      <View className="wdt-money" id="repay-result">
        <View className="wdt-step wdt-center">
          <Text className="wdt-money__success" id="repay-result-title">
            {r.loanStatus === 'SETTLED' ? '已全部结清' : '还款成功'}
          </Text>
          <Text className="wdt-money__big" id="repay-result-amount">
            {formatYuan(r.amountFen)}
          </Text>
          <Text className="wdt-step__note">额度已恢复{formatYuan(r.principalFen)}元</Text>
        </View>
        <View className="wdt-step">
          <RepaymentSplit quote={r} idPrefix="repay-result" />
        </View>
        <Button type="primary" block id="repay-to-loans" onClick={onLoans}>
          我的借款
        </Button>
        <Button fill="outline" type="primary" block id="repay-to-limits" onClick={onLimits}>
          查看额度
        </Button>
      </View>
    )
  }

  const loan = data.data?.[0]
  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      {loan ? (
        <View className="wdt-money" id="repay-form">
          <View className="wdt-step">
            <Text className="wdt-money__muted">剩余本金（元）</Text>
            <Text className="wdt-money__big" id="repay-outstanding">
              {formatYuan(loan.outstandingPrincipalFen)}
            </Text>
            <Text className="wdt-money__muted">截至今日利息{formatYuan(loan.interestToDateFen)}元；提前还款不收违约金，利息算至今日。</Text>
            <OverdueAlert loan={loan} idPrefix="repay" />
            <View className="wdt-money__chips" id="repay-kinds">
              {KINDS.map((k) => (
                <Text
                  key={k}
                  id={`repay-kind-${k}`}
                  className={`wdt-money__chip ${kind === k ? 'wdt-money__chip--selected' : ''}`}
                  onClick={() => {
                    setKind(k)
                    setErrors({})
                  }}
                >
                  {REPAYMENT_KIND_LABELS[k]}
                </Text>
              ))}
            </View>
            {kind === 'PARTIAL' ? (
              <FormField
                id="repay-amount"
                label="还款金额（元）"
                type="digit"
                maxLength={12}
                placeholder="请输入还款金额"
                value={amountText}
                error={errors.amount}
                onChange={(v) => {
                  setAmountText(v)
                  setErrors((e) => ({ ...e, amount: null }))
                }}
              />
            ) : errors.amount ? (
              <Text className="wdt-field__error" id="repay-amount-error">
                {errors.amount}
              </Text>
            ) : null}
            <Button type="primary" fill="outline" block id="repay-quote" loading={quoting} onClick={runQuote}>
              试算
            </Button>
            {errors.quote ? (
              <Text className="wdt-field__error" id="repay-quote-error">
                {errors.quote}
              </Text>
            ) : null}
            {freshQuote ? <RepaymentSplit quote={freshQuote} idPrefix="repay" /> : null}
          </View>
          <View className="wdt-step">
            <CardPicker
              idPrefix="repay"
              label="还款银行卡"
              cards={cards}
              selectedId={cardId}
              error={errors.card}
              onSelect={(id) => {
                setCardId(id)
                setErrors((e) => ({ ...e, card: null, pay: null }))
              }}
              onAdded={(card) => {
                setAddedCards((list) => [...list, card])
                setCardId(card.id)
              }}
            />
            {errors.pay ? (
              <Text className="wdt-field__error" id="repay-error">
                {errors.pay}
              </Text>
            ) : null}
            {operation.phase === 'confirming' || operation.phase === 'stalled' ? (
              <ConfirmingNotice stalled={operation.phase === 'stalled'} onRetry={operation.phase === 'stalled' ? operation.retry : undefined} />
            ) : null}
            <Button type="primary" block id="repay-confirm" loading={operation.busy && operation.phase !== 'stalled'} onClick={confirm}>
              {freshQuote ? `确认还款 ${formatYuan(freshQuote.amountFen)}元` : '确认还款'}
            </Button>
          </View>
        </View>
      ) : null}
    </PageContainer>
  )
}
