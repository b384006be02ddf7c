import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { DrawResult } from '@/features/loans/components/draw-result'
import { readParam, routeTo } from '@/routes'

/** 用款结果. */
export default function DrawResultPage() {
  const { params } = useRouter()
  return (
    <View className="wdt-page">
      <DrawResult
        operationKey={readParam(params, 'key') ?? ''}
        onLoan={(loanId) => Taro.redirectTo({ url: routeTo('loan', { loanId }) })}
        onLoans={() => Taro.redirectTo({ url: routeTo('loans') })}
        onHome={() => Taro.reLaunch({ url: routeTo('home') })}
      />
    </View>
  )
}
