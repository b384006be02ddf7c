export default definePageConfig({ navigationBarTitleText: '惠农通服务站' })
