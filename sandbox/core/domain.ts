/**
 * The shared domain rules the sandbox applies (the same code the mini-program runs), imported in
 * one place. Only pure functions: src/domain imports neither Taro nor React.
 */
export { isIsoDate, maskIdNumber, maskMobile, maskName, todayInChina, validateIdNumber, validateMobile, type IsoDate } from '../../src/domain'
