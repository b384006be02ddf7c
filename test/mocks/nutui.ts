/**
 * NutUI for screen tests: the same per-component ES modules the app's on-demand import pulls in
 * (babel-plugin-import in the build), without the package's all-in-one entry. Add a line when a
 * screen starts using another component.
 */
export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button'
export { default as Checkbox } from '@nutui/nutui-react-taro/dist/es/packages/checkbox'
export { default as Input } from '@nutui/nutui-react-taro/dist/es/packages/input'
export { default as Loading } from '@nutui/nutui-react-taro/dist/es/packages/loading'
export { default as Progress } from '@nutui/nutui-react-taro/dist/es/packages/progress'
export { default as Step } from '@nutui/nutui-react-taro/dist/es/packages/step'
export { default as Steps } from '@nutui/nutui-react-taro/dist/es/packages/steps'
export { default as Switch } from '@nutui/nutui-react-taro/dist/es/packages/switch'
