export default definePageConfig({ navigationBarTitleText: '纳税授权' })
