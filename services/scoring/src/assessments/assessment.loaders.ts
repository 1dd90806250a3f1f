import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '@points/auth';
import type { Assessment } from './assessment.entity';
import { AssessmentsService } from './assessments.service';

/** The loaders of one GraphQL request: the caller's visible assessments and their corrected totals. */
export interface AssessmentLoaders {
  visible: DataLoader<string, Assessment>;
  correctedTotals: DataLoader<string, number | null>;
}

/**
 * Batches the per-item reads of one request into one query each: the gateway resolves the officer's
 * queue page (20 items, each with its assessment) as one `_entities` call with 20 references, which
 * would otherwise be 20 visibility-scoped reads and 20 corrected-total reads.
 *
 * A loader set belongs to one request (keyed by its GraphQL context object, dropped with it) and is
 * built for that request's caller: its cache never answers another user or a later request, so a
 * district's scoping and a fresh correction are seen exactly as without batching.
 */
@Injectable()
export class AssessmentLoaderFactory {
  private readonly perRequest = new WeakMap<object, AssessmentLoaders>();

  constructor(private readonly assessments: AssessmentsService) {}

  of(context: object, user: AuthUser): AssessmentLoaders {
    let loaders = this.perRequest.get(context);
    if (!loaders) {
      loaders = {
        visible: new DataLoader<string, Assessment>((ids) => this.assessments.findManyVisible(user, ids)),
        correctedTotals: new DataLoader<string, number | null>((ids) =>
          this.assessments.correctedTotalsOf(ids),
        ),
      };
      this.perRequest.set(context, loaders);
    }
    return loaders;
  }
}
