import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import './index.css'

export interface FormFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  placeholder?: string
  /** The field's own message, shown right under it. */
  error?: string | null
  type?: 'text' | 'number' | 'idcard' | 'digit' | 'tel'
  maxLength?: number
  disabled?: boolean
}

/** A labelled input with its validation message beneath (never a toast for a field's error). */
export function FormField(props: FormFieldProps) {
  const { id, label, value, onChange, onBlur, placeholder, error, type = 'text', maxLength = 140, disabled = false } = props
  return (
    <View className={`wdt-field ${error ? 'wdt-field--error' : ''}`} id={`${id}-field`}>
      <Text className="wdt-field__label">{label}</Text>
      <Input
        id={id}
        className="wdt-field__input"
        value={value}
        type={type}
        maxLength={maxLength}
        placeholder={placeholder}
        disabled={disabled}
        clearable={false}
        onChange={onChange}
        onBlur={() => onBlur?.()}
      />
      {error ? (
        <Text className="wdt-field__error" id={`${id}-error`}>
          {error}
        </Text>
      ) : null}
    </View>
  )
}
