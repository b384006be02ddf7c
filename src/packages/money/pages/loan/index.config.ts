export default definePageConfig({ navigationBarTitleText: '借据详情' })
