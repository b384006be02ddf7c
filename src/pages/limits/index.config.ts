export default definePageConfig({ navigationBarTitleText: '我的额度' })
