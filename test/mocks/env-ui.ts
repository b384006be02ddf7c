// Screen tests run as the H5 build does: same-origin API, H5 platform implementations.
process.env.TARO_ENV = 'h5'
process.env.TARO_APP_SANDBOX = '1'
