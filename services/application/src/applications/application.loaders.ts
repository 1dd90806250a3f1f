import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '@points/auth';
import type { Application } from './application.entity';
import { ApplicationsService } from './applications.service';

/**
 * Batches the gateway's Application references of one request into one query: a page of items
 * that name their application arrives as one `_entities` call with every item's reference, which
 * would otherwise be one visibility-scoped SELECT per item.
 *
 * A loader belongs to one request (keyed by its GraphQL context object, dropped with it) and is
 * built for that request's caller: its cache never answers another user or a later request, so
 * a district's, an employer's or an applicant's scoping reads exactly as without batching.
 */
@Injectable()
export class ApplicationLoaderFactory {
  private readonly perRequest = new WeakMap<object, DataLoader<string, Application>>();

  constructor(private readonly applications: ApplicationsService) {}

  visible(context: object, user: AuthUser): DataLoader<string, Application> {
    let loader = this.perRequest.get(context);
    if (!loader) {
      loader = new DataLoader<string, Application>((ids) => this.applications.findManyVisible(user, ids));
      this.perRequest.set(context, loader);
    }
    return loader;
  }
}
