// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// NutUI is imported on demand (per component JS and CSS); its global stylesheet is never imported.
module.exports = {
  presets: [
    ['taro', { framework: 'react', ts: true, compiler: 'webpack5' }],
  ],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        // 3.x folders are lower-case (`dist/es/packages/button`), each with a plain-CSS entry.
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        style: (path) => `${path}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
}
