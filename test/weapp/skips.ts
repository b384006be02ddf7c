/**
 * The ONE place listing journeys that do not run on the simulated weapp runtime, each with its
 * reason. test/e2e/run.ts reports them as skipped with this reason (never silently).
 * Keys are exact journey names (test/e2e/journeys).
 */
export const WEAPP_SKIPS: Record<string, string> = {
  'market code → landing → consent → phone → ID → face → verified':
    'asserts the SMS-bound mobile 138****5678; on weapp the number comes from the getPhoneNumber button ' +
    '(the sandbox binds a demo mobile 139xxxxxxxx derived from the openid). The same flow runs in every other ' +
    'onboarding journey; to run it here, assert the masked shape (/^1\\d{2}\\*{4}\\d{4}$/) on weapp.',
}

export function weappSkipReason(journeyName: string): string | undefined {
  return WEAPP_SKIPS[journeyName]
}
