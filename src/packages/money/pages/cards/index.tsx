import { CardsView } from '@/features/loans/components/cards-view'
import { PageShell } from '@/components/page-shell'

/** 我的银行卡. */
export default function CardsPage() {
  return (
    <PageShell>
      <CardsView />
    </PageShell>
  )
}
