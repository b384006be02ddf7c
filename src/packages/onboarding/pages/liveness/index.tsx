import { useRouter } from '@tarojs/taro'
import { readParam } from '@/routes'
import { SandboxLiveness } from '@/features/identity/components/sandbox-liveness'
import { PageShell } from '@/components/page-shell'

/** The sandbox bank's face-service stand-in (see platform/sandbox-liveness). */
export default function LivenessPage() {
  const { params } = useRouter()
  return (
    <PageShell>
      <SandboxLiveness verifyId={readParam(params, 'verifyId') ?? ''} />
    </PageShell>
  )
}
