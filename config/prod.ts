import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: true, stats: false },
  mini: {
    // Keep modules only a subpackage uses inside that subpackage (Taro's default, stated here on
    // purpose: the main package budget depends on it).
    optimizeMainPackage: { enable: true },
  },
  h5: {},
} satisfies UserConfigExport<'webpack5'>
