export default definePageConfig({ navigationBarTitleText: '远程授权' })
