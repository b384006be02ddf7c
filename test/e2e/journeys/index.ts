import type { Journey } from '../journey'
import { onboardingJourneys } from './onboarding'

/** Every journey, in the order they run. */
export const journeys: Journey[] = [...onboardingJourneys]
