export default definePageConfig({ navigationBarTitleText: '用款' })
