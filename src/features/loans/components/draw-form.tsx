import { useEffect, useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { buildSchedule, formatDateCn, formatRate, formatYuan, REPAYMENT_METHOD_LABELS, scheduleTotals, type RepaymentMethod } from '@/domain'
import { LegalDocument } from '@/components/document-text'
import { FormField } from '@/components/form-field'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { isApiError, messageOf } from '@/services/api/errors'
import { loansApi, type BoundCard, type CreditLine, type DrawQuote } from '../api'
import { checkDrawAmount, METHOD_HINTS, methodsFor, termsFor, type LineKind } from '../draw-rules'
import { useMoneyOperation } from '../hooks/use-money-operation'
import { CardPicker } from './card-picker'
import { ConfirmingNotice } from './pending-gate'
import { ScheduleTable } from './schedule-table'
import './loans.css'

export interface DrawFormProps {
  /** The line to draw from (default: the first active line with money available). */
  lineId?: string
  /** Runs synchronously inside the confirm tap, before any request (WeChat subscriptions). */
  onConfirmTap?: () => void
  /** The draw was booked: its pending operation's key, to show the result. */
  onDrawn: (key: string) => void
}

interface Terms {
  lineId: string
  amountFen: number
  termMonths: number
  method: RepaymentMethod
}

type FieldErrors = Partial<Record<'amount' | 'card' | 'agree' | 'sms' | 'quote', string | null>>

/** The annualized rate line required by PBOC 〔2021〕No.3, with how it was computed. */
export function aprText(apr: DrawQuote['apr']): string {
  return apr.basis === 'SIMPLE' ? `年化利率（单利）${formatRate(apr.bps)}` : `年化利率 ${formatRate(apr.bps)}（按内部收益率法计算）`
}

function usableLines(lines: CreditLine[]): CreditLine[] {
  return lines.filter((l) => l.status === 'ACTIVE')
}

/**
 * The bank's trial checked with the domain library: the same schedule for the same terms (what
 * the contract binds must be what the borrower was shown to be computed).
 */
export function quoteAgrees(quote: DrawQuote): boolean {
  try {
    const local = buildSchedule({
      principalFen: quote.amountFen,
      annualRateBps: quote.annualRateBps,
      termMonths: quote.termMonths,
      method: quote.method,
      startDate: quote.startDate,
    })
    return JSON.stringify(local) === JSON.stringify(quote.schedule.map(({ period, dueDate, principalFen, interestFen, totalFen, remainingFen }) => ({ period, dueDate, principalFen, interestFen, totalFen, remainingFen })))
  } catch {
    return false
  }
}

const sameTerms = (a: Terms | null, b: Terms | null) =>
  !!a && !!b && a.lineId === b.lineId && a.amountFen === b.amountFen && a.termMonths === b.termMonths && a.method === b.method

/**
 * 用款: amount, term, method, receiving card; the trial calculation (full schedule, total interest,
 * the annualized rate in front); the contract in full; an SMS code; confirm. Confirming writes a
 * pending operation with its idempotency key before anything is sent (see pending.store.ts).
 */
export function DrawForm({ lineId: wantedLineId, onConfirmTap, onDrawn }: DrawFormProps) {
  const data = useAsync(() => Promise.all([loansApi.lines(), loansApi.cards()]), [])
  const [lineId, setLineId] = useState<string | null>(null)
  const [amountText, setAmountText] = useState('')
  const [termMonths, setTermMonths] = useState(6)
  const [method, setMethod] = useState<RepaymentMethod>('DAILY')
  const [addedCards, setAddedCards] = useState<BoundCard[]>([])
  const [chosenCardId, setCardId] = useState<string | null>(null)
  const [quote, setQuote] = useState<{ terms: Terms; quote: DrawQuote } | null>(null)
  const [quoting, setQuoting] = useState(false)
  const [agreed, setAgreed] = useState(false)
  const [smsCode, setSmsCode] = useState('')
  const [demoCode, setDemoCode] = useState<string | null>(null)
  const [countdown, setCountdown] = useState(0)
  const [sending, setSending] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})

  const lines = useMemo(() => usableLines(data.data?.[0] ?? []), [data.data])
  const line = lines.find((l) => l.id === lineId) ?? lines.find((l) => l.id === wantedLineId) ?? lines.find((l) => l.availableFen > 0) ?? lines[0] ?? null
  const kind: LineKind = line?.kind === 'PROPERTY' ? 'PROPERTY' : 'CREDIT'
  const cards = useMemo(() => [...(data.data?.[1] ?? []), ...addedCards], [data.data, addedCards])
  // One card is the receiving card without a tap; with several the borrower picks.
  const cardId = chosenCardId ?? (cards.length === 1 ? cards[0].id : null)

  useEffect(() => {
    if (countdown <= 0) return
    const t = setTimeout(() => setCountdown((c) => c - 1), 1000)
    return () => clearTimeout(t)
  }, [countdown])

  const operation = useMoneyOperation('draw', {
    onDone: (outcome) => onDrawn(outcome.op.key),
    onRefused: (err) => {
      if (err.code.startsWith('SMS_')) setErrors((e) => ({ ...e, sms: err.message }))
      else if (err.code === 'DRAW_AMOUNT_INVALID') setErrors((e) => ({ ...e, amount: err.message }))
      else if (err.code.startsWith('CARD_')) setErrors((e) => ({ ...e, card: err.message }))
      else {
        if (err.code === 'CONSENT_VERSION_STALE') {
          setQuote(null)
          setAgreed(false)
        }
        Taro.showToast({ title: err.message, icon: 'none', duration: 3000 })
      }
    },
  })

  /** The terms as typed, or null with the messages at their fields. */
  const currentTerms = (): Terms | null => {
    if (!line) return null
    const amount = checkDrawAmount(amountText, line.availableFen)
    setErrors((e) => ({ ...e, amount: amount.ok ? null : amount.message }))
    if (!amount.ok) return null
    return { lineId: line.id, amountFen: amount.fen, termMonths, method }
  }

  // The trial shown is the one for the terms on screen; any edit asks for a new trial.
  const typed = line ? checkDrawAmount(amountText, line.availableFen) : null
  const typedTerms: Terms | null = line && typed?.ok ? { lineId: line.id, amountFen: typed.fen, termMonths, method } : null
  const freshQuote = quote && sameTerms(quote.terms, typedTerms) ? quote.quote : null

  const runQuote = async () => {
    const terms = currentTerms()
    if (!terms || quoting) return
    setQuoting(true)
    try {
      const q = await loansApi.quoteDraw(terms)
      setQuote({ terms, quote: q })
      setErrors((e) => ({ ...e, quote: null }))
    } catch (err) {
      if (isApiError(err) && err.code === 'DRAW_AMOUNT_INVALID') setErrors((e) => ({ ...e, amount: err.message }))
      else Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setQuoting(false)
    }
  }

  const sendSms = async () => {
    if (sending || countdown > 0) return
    setSending(true)
    try {
      const res = await loansApi.sendDrawCode()
      setCountdown(res.resendAfterSeconds)
      setDemoCode(res.demoCode ?? null)
      Taro.showToast({ title: '验证码已发送', icon: 'none', duration: 2000 })
    } catch (err) {
      // Sent less than a minute ago (another draw, say): count down to when a new one may go.
      const wait = isApiError(err) ? err.details?.retryAfterSeconds : undefined
      if (typeof wait === 'number') setCountdown(wait)
      Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    } finally {
      setSending(false)
    }
  }

  const confirm = () => {
    if (operation.busy) return
    const terms = currentTerms()
    if (!terms) return
    const next: FieldErrors = {
      quote: freshQuote ? null : '请先试算，查看还款计划和利息',
      card: cardId ? null : '请选择收款银行卡',
      agree: agreed ? null : '请阅读并同意借款合同',
      sms: /^\d{6}$/.test(smsCode.trim()) ? null : '请输入6位短信验证码',
    }
    setErrors((e) => ({ ...e, ...next }))
    if (!freshQuote || !cardId || next.agree || next.sms || !quoteAgrees(freshQuote)) return
    onConfirmTap?.()
    operation.submit({ ...terms, cardId, contractVersion: freshQuote.contract.version, smsCode: smsCode.trim() })
  }

  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    set(v)
    setErrors((e) => ({ ...e, amount: null, quote: null }))
  }

  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      {data.data && !line ? (
        <View className="wdt-step" id="draw-no-line">
          <Text className="wdt-step__lead">暂无可用额度</Text>
          <Text className="wdt-step__note">您的额度未生效或已到期，请先申请额度或联系客户经理。</Text>
        </View>
      ) : null}
      {line ? (
        <View className="wdt-money" id="draw-form">
          <View className="wdt-step">
            {lines.length > 1 ? (
              <View className="wdt-money__chips" id="draw-lines">
                {lines.map((l) => (
                  <Text
                    key={l.id}
                    id={`draw-line-${l.id}`}
                    className={`wdt-money__chip ${l.id === line.id ? 'wdt-money__chip--selected' : ''}`}
                    onClick={() => {
                      edit(setLineId)(l.id)
                      if (!methodsFor(l.kind === 'PROPERTY' ? 'PROPERTY' : 'CREDIT').includes(method)) setMethod('DAILY')
                    }}
                  >
                    {l.productName}
                  </Text>
                ))}
              </View>
            ) : (
              <Text className="wdt-money__section-title">{line.productName}</Text>
            )}
            <Text className="wdt-money__muted">可用额度（元）</Text>
            <Text className="wdt-money__big" id="draw-available">
              {formatYuan(line.availableFen)}
            </Text>
            <Text className="wdt-money__apr" id="draw-line-rate">
              年化利率（单利）{formatRate(line.annualRateBps)}
            </Text>
            <FormField
              id="draw-amount"
              label="用款金额（元）"
              type="digit"
              maxLength={12}
              placeholder="1,000元起，100元的整数倍"
              value={amountText}
              error={errors.amount}
              onChange={edit(setAmountText)}
              onBlur={() => amountText && currentTerms()}
            />
            <Text className="wdt-field__label">借款期限</Text>
            <View className="wdt-money__chips" id="draw-terms">
              {termsFor(kind).map((t) => (
                <Text
                  key={t}
                  id={`draw-term-${t}`}
                  className={`wdt-money__chip ${termMonths === t ? 'wdt-money__chip--selected' : ''}`}
                  onClick={() => edit(setTermMonths)(t)}
                >
                  {t}个月
                </Text>
              ))}
            </View>
            <Text className="wdt-field__label">还款方式</Text>
            <View className="wdt-money" id="draw-methods">
              {methodsFor(kind).map((m) => (
                <View
                  key={m}
                  id={`draw-method-${m}`}
                  className={`wdt-money__option ${method === m ? 'wdt-money__option--selected' : ''}`}
                  onClick={() => edit(setMethod)(m)}
                >
                  <Text className="wdt-money__option-title">{REPAYMENT_METHOD_LABELS[m]}</Text>
                  <Text className="wdt-money__option-meta">{METHOD_HINTS[m]}</Text>
                </View>
              ))}
            </View>
            <Button type="primary" fill="outline" block id="draw-quote" loading={quoting} onClick={runQuote}>
              试算
            </Button>
            {errors.quote ? (
              <Text className="wdt-field__error" id="draw-quote-error">
                {errors.quote}
              </Text>
            ) : null}
          </View>

          {freshQuote ? (
            <View className="wdt-step" id="draw-trial">
              <Text className="wdt-money__section-title">试算结果</Text>
              <Text className="wdt-money__apr" id="draw-apr">
                {aprText(freshQuote.apr)}
              </Text>
              <View className="wdt-money__facts">
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">用款金额</Text>
                  <Text id="draw-trial-amount">{formatYuan(quote!.terms.amountFen)}元</Text>
                </View>
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">还款方式</Text>
                  <Text id="draw-trial-method">{REPAYMENT_METHOD_LABELS[quote!.terms.method]}</Text>
                </View>
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">总利息</Text>
                  <Text className="wdt-money__strong" id="draw-total-interest">
                    {formatYuan(freshQuote.totalInterestFen)}元
                  </Text>
                </View>
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">还款总额</Text>
                  <Text id="draw-total-repay">{formatYuan(scheduleTotals(freshQuote.schedule).totalFen)}元</Text>
                </View>
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">起息日</Text>
                  <Text id="draw-start-date">{formatDateCn(freshQuote.startDate)}</Text>
                </View>
                <View className="wdt-money__row">
                  <Text className="wdt-money__label">首期还款日</Text>
                  <Text id="draw-first-due">{formatDateCn(freshQuote.firstDueDate)}</Text>
                </View>
              </View>
              <Text className="wdt-money__muted">
                合同年利率{formatRate(freshQuote.annualRateBps)}，按日计息（年利率÷360）；除利息外无其他费用。提前还款不收违约金，利息算至实际还款日。
              </Text>
              {quoteAgrees(freshQuote) ? null : (
                <Text className="wdt-field__error" id="draw-quote-mismatch">
                  试算结果核对未通过，请稍后重新试算
                </Text>
              )}
              <ScheduleTable rows={freshQuote.schedule} idPrefix="draw" />
            </View>
          ) : null}

          <View className="wdt-step">
            <CardPicker
              idPrefix="draw"
              label="收款银行卡"
              cards={cards}
              selectedId={cardId}
              error={errors.card}
              onSelect={(id) => {
                setCardId(id)
                setErrors((e) => ({ ...e, card: null }))
              }}
              onAdded={(card) => {
                setAddedCards((list) => [...list, card])
                setCardId(card.id)
                setErrors((e) => ({ ...e, card: null }))
              }}
            />
          </View>

          {freshQuote ? (
            <View className="wdt-step" id="draw-confirm-step">
              <LegalDocument id="draw-contract" title={freshQuote.contract.title} version={freshQuote.contract.version} body={freshQuote.contract.body} titleId="draw-contract-title" />
              <Checkbox
                id="draw-agree"
                checked={agreed}
                onChange={(v) => {
                  setAgreed(v)
                  setErrors((e) => ({ ...e, agree: null }))
                }}
                label={`我已阅读并同意《${freshQuote.contract.title}》`}
              />
              {errors.agree ? (
                <Text className="wdt-field__error" id="draw-agree-error">
                  {errors.agree}
                </Text>
              ) : null}
              <View className="wdt-step__inline">
                <FormField
                  id="draw-sms-code"
                  label="短信验证码"
                  type="number"
                  maxLength={6}
                  placeholder="6位验证码"
                  value={smsCode}
                  error={errors.sms}
                  onChange={(v) => {
                    setSmsCode(v)
                    setErrors((e) => ({ ...e, sms: null }))
                  }}
                />
                <Button size="small" id="draw-sms-send" disabled={countdown > 0} loading={sending} onClick={sendSms}>
                  {countdown > 0 ? `${countdown}秒后重发` : '获取验证码'}
                </Button>
              </View>
              {demoCode ? (
                <Text className="wdt-step__demo" id="draw-sms-demo">
                  演示环境验证码：{demoCode}
                </Text>
              ) : null}
              {operation.phase === 'confirming' || operation.phase === 'stalled' ? (
                <ConfirmingNotice stalled={operation.phase === 'stalled'} onRetry={operation.phase === 'stalled' ? operation.retry : undefined} />
              ) : null}
              <Button type="primary" block id="draw-confirm" loading={operation.busy && operation.phase !== 'stalled'} onClick={confirm}>
                确认用款 {formatYuan(quote!.terms.amountFen)}元
              </Button>
            </View>
          ) : null}
        </View>
      ) : null}
    </PageContainer>
  )
}
