export default definePageConfig({ navigationBarTitleText: '用款结果' })
