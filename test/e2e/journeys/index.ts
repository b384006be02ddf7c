import type { Journey } from '../journey'
import { onboardingJourneys } from './onboarding'
import { accountJourneys } from './account'
import { creditLineJourneys } from './credit-line'
import { moneyJourneys } from './money'
import { villageJourneys } from './village'

/** Every journey, in the order they run. */
export const journeys: Journey[] = [...onboardingJourneys, ...accountJourneys, ...creditLineJourneys, ...moneyJourneys, ...villageJourneys]
