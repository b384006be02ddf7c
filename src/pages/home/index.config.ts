export default definePageConfig({ navigationBarTitleText: '微贷通' })
