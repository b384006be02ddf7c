/**
 * Benchmark of the domain core: how long a 360-period schedule and a year of daily accrual take.
 *
 *   npm run bench            (= npx tsx test/bench/domain.bench.ts)
 *
 * Each case is warmed up, then timed call by call with process.hrtime.bigint(); the table shows
 * the median and the 95th percentile of one call (one whole schedule, one whole year). Figures
 * are for information only: nothing here asserts on timings.
 */
import {
  accruedInterestFen,
  addDays,
  buildSchedule,
  earlyRepayment,
  loanAnnualizedRate,
  loanStateAfter,
  REPAYMENT_METHODS,
  type ScheduleInput,
} from '@/domain'

interface Case {
  name: string
  run: () => unknown
  iterations: number
}

interface Result {
  name: string
  iterations: number
  medianUs: number
  p95Us: number
}

const WARM_UP = 50
let sink = 0 // keeps results alive so the work is not optimised away

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function measure({ name, run, iterations }: Case): Result {
  for (let i = 0; i < WARM_UP; i++) sink += Number(Boolean(run()))
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint()
    const out = run()
    samples.push(Number(process.hrtime.bigint() - start) / 1000)
    sink += Number(Boolean(out))
  }
  samples.sort((a, b) => a - b)
  return { name, iterations, medianUs: percentile(samples, 50), p95Us: percentile(samples, 95) }
}

// ---------------------------------------------------------------------------------------------

const P = 100_000_000 // 1,000,000 yuan
const BPS = 490
const START = '2026-01-31'
const YEAR: string[] = [START]
for (let d = 1; d <= 365; d++) YEAR.push(addDays(START, d))

const longLoan = (method: ScheduleInput['method']): ScheduleInput => ({ principalFen: P, annualRateBps: BPS, termMonths: 360, method, startDate: START })

const cases: Case[] = [
  ...REPAYMENT_METHODS.map((method) => ({
    name: `buildSchedule 360 months ${method}${method === 'DAILY' ? ' (1 period)' : ''}`,
    run: () => buildSchedule(longLoan(method)),
    iterations: 500,
  })),
  {
    name: 'a year of accrual: 365 × accruedInterestFen(start → day k)',
    run: () => {
      let total = 0
      for (let k = 1; k <= 365; k++) total += accruedInterestFen(P, BPS, START, YEAR[k])
      return total
    },
    iterations: 500,
  },
  {
    name: 'ledger day by day: 365 × (addDays + 1-day accrual)',
    run: () => {
      let total = 0
      let principal = P
      let day = START
      for (let k = 1; k <= 365; k++) {
        const next = addDays(day, 1)
        total += accruedInterestFen(principal, BPS, day, next)
        if (k % 30 === 0) principal -= 1_000_000 // a repayment now and then
        day = next
      }
      return total
    },
    iterations: 500,
  },
  {
    name: 'early repayment on a 360-month loan (recomputed schedule)',
    run: () => earlyRepayment(loanStateAfter(longLoan('EQUAL_INSTALLMENT'), 12), { date: '2027-02-10', amountFen: 20_000_000 }),
    iterations: 200,
  },
  {
    name: 'annualized rate (IRR) of a 360-month loan with a fee',
    run: () => loanAnnualizedRate(longLoan('EQUAL_INSTALLMENT'), { upfrontFeeFen: 500_000 }),
    iterations: 200,
  },
]

const results = cases.map(measure)
const width = Math.max(...results.map((r) => r.name.length))
const fmt = (us: number): string => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`).padStart(10)

console.log(`domain benchmark — node ${process.version}, ${WARM_UP} warm-up calls, then timed one by one\n`)
console.log(`${'case'.padEnd(width)}  ${'n'.padStart(4)}  ${'median'.padStart(10)}  ${'p95'.padStart(10)}`)
console.log(`${'-'.repeat(width)}  ${'-'.repeat(4)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}`)
for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.iterations).padStart(4)}  ${fmt(r.medianUs)}  ${fmt(r.p95Us)}`)
if (sink < 0) console.log(sink)
