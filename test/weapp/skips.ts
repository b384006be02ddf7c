/**
 * The ONE place listing journeys that do not run on the simulated weapp runtime, each with its
 * reason. test/e2e/run.ts reports them as skipped with this reason (never silently).
 * Keys are exact journey names (test/e2e/journeys).
 */
export const WEAPP_SKIPS: Record<string, string> = {
  // None at present: every journey runs on the simulated weapp build.
}

export function weappSkipReason(journeyName: string): string | undefined {
  return WEAPP_SKIPS[journeyName]
}
