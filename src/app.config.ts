export default defineAppConfig({
  // Main package: home and the landings a scanned code opens (they must open fast).
  pages: [
    'pages/home/index',
    'pages/entry/index',
    'pages/market/index',
    'pages/station/index',
    'pages/ticket/index',
    'pages/limits/index',
    'pages/me/index',
  ],
  // Heavy flows load on demand.
  subPackages: [
    {
      root: 'packages/onboarding',
      pages: ['pages/verify/index', 'pages/liveness/index'],
    },
    {
      root: 'packages/credit',
      pages: ['pages/tax/index', 'pages/property/index', 'pages/apply/index', 'pages/decision/index'],
    },
    {
      root: 'packages/money',
      pages: ['pages/draw/index', 'pages/draw-result/index', 'pages/loans/index', 'pages/loan/index', 'pages/repay/index', 'pages/cards/index'],
    },
  ],
  preloadRule: {
    'pages/market/index': { network: 'all', packages: ['packages/onboarding', 'packages/credit'] },
  },
  // Inject only the components a page uses (WeChat's code-quality check asks for it).
  lazyCodeLoading: 'requiredComponents',
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '微贷通',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f8',
  },
})
