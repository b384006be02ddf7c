/**
 * The shared domain rules the sandbox applies (the same code the mini-program runs), imported in
 * one place. Only pure functions: src/domain imports neither Taro nor React.
 */
export { validateIdNumber, validateMobile } from '../../src/domain/validators'
export { maskIdNumber, maskMobile, maskName } from '../../src/domain/masking'
export { isIsoDate, todayInChina, type IsoDate } from '../../src/domain/dates'
