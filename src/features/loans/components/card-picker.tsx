import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { BoundCard } from '../api'
import { CardForm } from './card-form'
import './loans.css'

export interface CardPickerProps {
  /** Prefix of the ids: `${idPrefix}-card-${cardId}`, `${idPrefix}-add-card`. */
  idPrefix: string
  label: string
  cards: BoundCard[]
  selectedId: string | null
  onSelect: (cardId: string) => void
  onAdded: (card: BoundCard) => void
  error?: string | null
}

export function cardLabel(card: Pick<BoundCard, 'bankName' | 'last4'>): string {
  return `${card.bankName}（尾号${card.last4}）`
}

/** The borrower's bound cards, by last four digits only, and adding one in place. */
export function CardPicker({ idPrefix, label, cards, selectedId, onSelect, onAdded, error }: CardPickerProps) {
  const [adding, setAdding] = useState(cards.length === 0)
  return (
    <View className="wdt-money" id={`${idPrefix}-cards`}>
      <Text className="wdt-field__label">{label}</Text>
      {cards.map((card) => (
        <View
          key={card.id}
          id={`${idPrefix}-card-${card.id}`}
          className={`wdt-money__option ${selectedId === card.id ? 'wdt-money__option--selected' : ''}`}
          onClick={() => onSelect(card.id)}
        >
          <Text className="wdt-money__option-title">{cardLabel(card)}</Text>
          <Text className="wdt-money__option-meta">{card.maskedNumber}</Text>
        </View>
      ))}
      {error ? (
        <Text className="wdt-field__error" id={`${idPrefix}-card-error`}>
          {error}
        </Text>
      ) : null}
      {adding ? (
        <CardForm
          onAdded={(card) => {
            setAdding(false)
            onAdded(card)
          }}
          onCancel={cards.length ? () => setAdding(false) : undefined}
        />
      ) : (
        <Button fill="outline" type="primary" size="small" id={`${idPrefix}-add-card`} onClick={() => setAdding(true)}>
          添加银行卡
        </Button>
      )}
    </View>
  )
}
