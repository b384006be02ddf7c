import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { routeTo } from '@/routes'
import { PageShell } from '@/components/page-shell'

/**
 * A banker's remote-authorization ticket. Signing it online comes with the remote authorization
 * journey; until then the page says so and points to the banker.
 */
export default function TicketPage() {
  return (
    <PageShell id="ticket-page">
      <View className="wdt-step">
        <Text className="wdt-step__lead">您收到一份征信查询授权邀请</Text>
        <Text className="wdt-step__note" id="ticket-message">
          线上远程授权暂未开通，请联系邀请您的客户经理，在网点或上门当面办理授权。
        </Text>
        <Button type="primary" block id="ticket-home" onClick={() => Taro.reLaunch({ url: routeTo('home') })}>
          返回首页
        </Button>
      </View>
    </PageShell>
  )
}
