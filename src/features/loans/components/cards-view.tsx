import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { PageContainer } from '@/components/page-container'
import { useAsync } from '@/hooks/use-async'
import { messageOf } from '@/services/api/errors'
import { loansApi, type BoundCard } from '../api'
import { cardLabel } from './card-picker'
import { CardForm } from './card-form'
import './loans.css'

/** 我的银行卡: the bound cards (last four digits only), add one, remove one not in use. */
export function CardsView() {
  const data = useAsync(loansApi.cards, [])
  const [cards, setCards] = useState<BoundCard[]>([])
  const [adding, setAdding] = useState(false)
  useEffect(() => {
    if (data.data) setCards(data.data)
  }, [data.data])

  const remove = async (card: BoundCard) => {
    const answer = await Taro.showModal({ title: '解绑银行卡', content: `确定解绑${cardLabel(card)}？` })
    if (!answer.confirm) return
    try {
      await loansApi.unbindCard(card.id)
      setCards((list) => list.filter((c) => c.id !== card.id))
      Taro.showToast({ title: '已解绑', icon: 'success', duration: 1500 })
    } catch (err) {
      Taro.showToast({ title: messageOf(err), icon: 'none', duration: 3000 })
    }
  }

  return (
    <PageContainer status={data.status} error={data.errorMessage} onRetry={data.reload} className="wdt-embedded">
      <View className="wdt-money" id="cards">
        {cards.map((card) => (
          <View className="wdt-step" key={card.id} id={`card-${card.id}`}>
            <Text className="wdt-money__option-title">{cardLabel(card)}</Text>
            <Text className="wdt-money__option-meta">{card.maskedNumber}</Text>
            <Button size="small" fill="outline" id={`card-${card.id}-remove`} onClick={() => void remove(card)}>
              解绑
            </Button>
          </View>
        ))}
        {!cards.length && !adding ? (
          <Text className="wdt-step__note" id="cards-empty">
            您还没有绑定银行卡。
          </Text>
        ) : null}
        <View className="wdt-step">
          {adding ? (
            <CardForm
              onAdded={(card) => {
                setCards((list) => [...list, card])
                setAdding(false)
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <Button type="primary" block id="cards-add" onClick={() => setAdding(true)}>
              添加银行卡
            </Button>
          )}
        </View>
      </View>
    </PageContainer>
  )
}
