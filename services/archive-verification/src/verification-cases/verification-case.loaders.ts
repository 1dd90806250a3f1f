import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '@points/auth';
import type { VerificationCase } from './verification-case.entity';
import { VerificationCasesService } from './verification-cases.service';

/**
 * Batches the gateway's VerificationCase references of one request into one query: a page of
 * items, each with its case, arrives as one `_entities` call with every item's reference, which
 * would otherwise be one district-scoped SELECT per item.
 *
 * A loader belongs to one request (keyed by its GraphQL context object, dropped with it) and is
 * built for that request's caller: its cache never answers another user or a later request, so
 * a district's scoping reads exactly as without batching.
 */
@Injectable()
export class VerificationCaseLoaderFactory {
  private readonly perRequest = new WeakMap<object, DataLoader<string, VerificationCase>>();

  constructor(private readonly cases: VerificationCasesService) {}

  visible(context: object, user: AuthUser): DataLoader<string, VerificationCase> {
    let loader = this.perRequest.get(context);
    if (!loader) {
      loader = new DataLoader<string, VerificationCase>((ids) => this.cases.findManyVisible(user, ids));
      this.perRequest.set(context, loader);
    }
    return loader;
  }
}
