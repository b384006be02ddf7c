export default definePageConfig({ navigationBarTitleText: '房产评估' })
