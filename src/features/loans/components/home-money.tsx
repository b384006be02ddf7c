import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { formatDateCn, formatYuan } from '@/domain'
import { useAsync } from '@/hooks/use-async'
import { loansApi } from '../api'
import { reconcilePending, type SendOutcome } from '../pending.store'
import './home-money.css'

export interface HomeMoneyProps {
  /** Bumped by the page when it is shown again. */
  refreshKey: number
  onDraw: () => void
  onLoans: () => void
  onDrawResult: (key: string) => void
}

async function load() {
  // Operations left pending (the app closed mid-request) are confirmed before anything is offered.
  const outcomes: SendOutcome[] = await reconcilePending().catch(() => [])
  const [lines, loans, dues] = await Promise.all([loansApi.lines(), loansApi.loans(), loansApi.dues()])
  return { outcomes, lines, loans, dues }
}

/**
 * Home for a borrower with a line (main package, so kept small): the available amount large and
 * clear, draw and repay, the next due date and amount, and overdue said plainly.
 */
export function HomeMoney({ refreshKey, onDraw, onLoans, onDrawResult }: HomeMoneyProps) {
  const data = useAsync(load, [refreshKey])
  if (!data.data) return null
  const { outcomes, lines, loans, dues } = data.data
  const active = lines.filter((l) => l.status === 'ACTIVE')
  if (!active.length && !loans.length) return null
  const availableFen = active.reduce((sum, l) => sum + l.availableFen, 0)
  const unresolved = outcomes.some((o) => o.status === 'unknown')
  const drawn = outcomes.find((o) => o.status === 'done' && o.op.kind === 'draw')
  const overdue = loans.filter((l) => l.overdue)
  const next = dues.find((d) => d.status !== 'OVERDUE')
  const owing = loans.some((l) => l.status !== 'SETTLED')
  return (
    <View className="wdt-home-money" id="home-money">
      {unresolved ? (
        <Text className="wdt-home-money__notice" id="home-confirming">
          网络异常，正在确认结果…
        </Text>
      ) : null}
      {drawn ? (
        <Text className="wdt-home-money__notice" id="home-reconciled" onClick={() => onDrawResult(drawn.op.key)}>
          您上次的用款已成功到账，点此查看
        </Text>
      ) : null}
      {overdue.length ? (
        <View className="wdt-home-money__overdue" id="home-overdue">
          <Text>
            您有{overdue.length}笔借款已逾期{Math.max(...overdue.map((l) => l.overdue?.days ?? 0))}天，罚息
            {formatYuan(overdue.reduce((s, l) => s + (l.overdue?.penaltyFen ?? 0), 0))}元，请尽快还款。
          </Text>
        </View>
      ) : null}
      <Text className="wdt-home-money__label">可用额度（元）</Text>
      <Text className="wdt-home-money__available" id="home-available">
        {formatYuan(availableFen)}
      </Text>
      {next ? (
        <View className="wdt-home-money__due" id="home-next-due">
          <Text>下期还款 {formatDateCn(next.dueDate)}</Text>
          <Text id="home-next-due-amount">{formatYuan(next.amountFen)}元</Text>
        </View>
      ) : null}
      <View className="wdt-home-money__actions">
        <Button type="primary" id="home-draw" disabled={unresolved || availableFen <= 0} onClick={onDraw}>
          用款
        </Button>
        <Button type="primary" fill="outline" id="home-repay" disabled={!owing} onClick={onLoans}>
          还款
        </Button>
      </View>
      {loans.length ? (
        <Button fill="none" block id="home-loans" onClick={onLoans}>
          我的借款（{loans.filter((l) => l.status !== 'SETTLED').length}笔未结清）
        </Button>
      ) : null}
    </View>
  )
}
