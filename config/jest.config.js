/**
 * Two projects: pure logic and the sandbox bank run in node; screens run in jsdom with
 * `@tarojs/taro` and `@tarojs/components` mapped to small hand-written stand-ins (test/mocks).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
]

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
  },
}

const path = require('node:path')

module.exports = {
  rootDir: path.resolve(__dirname, '..'),
  projects: [
    {
      ...common,
      displayName: 'node',
      rootDir: path.resolve(__dirname, '..'),
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/src/domain/**/*.test.ts',
        '<rootDir>/src/features/**/*.test.ts',
        '<rootDir>/sandbox/**/*.test.ts',
        '<rootDir>/test/unit/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'ui',
      rootDir: path.resolve(__dirname, '..'),
      testEnvironment: 'jsdom',
      // Screens, and the code that runs on Taro (API client, stores, hooks, platform).
      testMatch: [
        '<rootDir>/src/**/*.test.tsx',
        '<rootDir>/src/{services,stores,hooks,platform}/**/*.test.ts',
      ],
      setupFiles: ['<rootDir>/test/mocks/env-ui.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/mocks/setup-ui.ts'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/mocks/components.tsx',
        // Per-component ES modules, as the app's on-demand import bundles them.
        '^@nutui/nutui-react-taro$': '<rootDir>/test/mocks/nutui.ts',
        '\\.(css|scss)$': '<rootDir>/test/mocks/style.ts',
        ...common.moduleNameMapper,
      },
      transformIgnorePatterns: ['/node_modules/(?!(@nutui|@tarojs/components-advanced)/)'],
    },
  ],
}
