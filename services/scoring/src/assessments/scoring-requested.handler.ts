import type { EventHandlers } from '@points/db';
import type { AssessmentsService } from './assessments.service';

/** The events this service consumes (must match the catalogue; checked at boot). */
export function scoringEventHandlers(assessments: AssessmentsService): EventHandlers {
  return {
    'application.scoring-requested': async (event, manager) => {
      await assessments.assessRequest(event, manager);
    },
    'application.score-corrected': async (event, manager) => {
      await assessments.recordCorrection(event, manager);
    },
  };
}
