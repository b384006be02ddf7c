import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { readParam } from '@/routes'
import { SandboxLiveness } from '@/features/identity/components/sandbox-liveness'

/** The sandbox bank's face-service stand-in (see platform/sandbox-liveness). */
export default function LivenessPage() {
  const { params } = useRouter()
  return (
    <View className="wdt-page">
      <SandboxLiveness verifyId={readParam(params, 'verifyId') ?? ''} />
    </View>
  )
}
