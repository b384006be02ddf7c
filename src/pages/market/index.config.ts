export default definePageConfig({ navigationBarTitleText: '市场服务' })
