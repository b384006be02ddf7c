/**
 * `@tarojs/components` as plain DOM for screen tests: View→div, Text→span, Button→button,
 * Input→input (firing Taro's `onInput` with `detail.value`), Image→img, ScrollView→div.
 * Taro-only props are dropped so React does not warn about them.
 */
import { createElement, forwardRef, type ReactNode } from 'react'

type AnyProps = { children?: ReactNode; [prop: string]: unknown }

const TARO_ONLY = new Set([
  'catchMove', 'hoverClass', 'hoverStayTime', 'hoverStartTime', 'scrollY', 'scrollX', 'userSelect', 'openType',
  'formType', 'mode', 'lazyLoad', 'onGetPhoneNumber', 'confirmType', 'cursorSpacing', 'adjustPosition',
  'placeholderClass', 'placeholderStyle', 'alwaysEmbed', 'holdKeyboard', 'selectionStart', 'selectionEnd',
  'password', 'maxlength', 'scrollTop', 'scrollIntoView', 'enhanced', 'showScrollbar', 'onScroll', 'onTap',
  'decode', 'space', 'selectable', 'onConfirm', 'onKeyboardHeightChange', 'nativeProps', 'showMenuByLongpress',
  'webp', 'cursor', 'focus', 'onInput', 'onBlur', 'onFocus',
])

function domProps(props: AnyProps, rename: Record<string, string> = {}): AnyProps {
  const out: AnyProps = {}
  for (const [k, v] of Object.entries(props)) {
    if (TARO_ONLY.has(k)) continue
    out[rename[k] ?? k] = v
  }
  return out
}

function simple(tag: string) {
  // eslint-disable-next-line react/display-name
  return forwardRef<HTMLElement, AnyProps>((props, ref) => createElement(tag, { ...domProps(props), ref }, props.children as ReactNode))
}

export const View = simple('div')
export const Text = simple('span')
export const ScrollView = simple('div')
export const Label = simple('label')
export const Form = simple('form')
export const Block = simple('div')

export const Button = forwardRef<HTMLButtonElement, AnyProps>((props, ref) =>
  createElement(
    'button',
    {
      ...domProps(props),
      ref,
      type: props.formType === 'submit' ? 'submit' : 'button',
      'data-open-type': props.openType,
      onClick: (e: unknown) => {
        if (typeof props.onClick === 'function') props.onClick(e)
        if (props.openType === 'getPhoneNumber' && typeof props.onGetPhoneNumber === 'function') {
          props.onGetPhoneNumber({ detail: { code: 'test-phone-code' } })
        }
      },
    },
    props.children as ReactNode,
  ),
)

export const Input = forwardRef<HTMLInputElement, AnyProps>((props, ref) =>
  createElement('input', {
    ...domProps(props, { maxlength: 'maxLength' }),
    ref,
    maxLength: (props.maxlength as number | undefined) ?? (props.maxLength as number | undefined),
    value: (props.value as string | undefined) ?? '',
    onChange: (e: { target: { value: string } }) => {
      if (typeof props.onInput === 'function') props.onInput({ detail: { value: e.target.value } })
    },
    onBlur: (e: { target: { value: string } }) => {
      if (typeof props.onBlur === 'function') props.onBlur({ detail: { value: e.target.value } })
    },
    onFocus: (e: { target: { value: string } }) => {
      if (typeof props.onFocus === 'function') props.onFocus({ detail: { value: e.target.value } })
    },
  }),
)

export const Image = forwardRef<HTMLImageElement, AnyProps>((props, ref) =>
  createElement('img', { ...domProps(props), ref, alt: '' }),
)

export type ITouchEvent = unknown
export type BaseEventOrig<T = unknown> = { detail: T }
export type ButtonProps = Record<string, unknown>
export type InputProps = Record<string, unknown>
