import Taro from '@tarojs/taro'
import { isApiError } from '@/services/api/errors'
import { routeTo } from '@/routes'

/**
 * Loads what a code points at; a code for something the bank no longer knows (404) lands on home
 * with the server's reason instead of leaving the borrower on an error page.
 */
export async function loadOrLandHome<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (e) {
    if (isApiError(e) && e.status === 404) await Taro.reLaunch({ url: routeTo('home', { notice: e.message }) })
    throw e
  }
}
