import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { AuthUser } from '@points/auth';
import type { Employer } from './employer.entity';
import { EmployersService } from './employers.service';

/**
 * Batches the gateway's Employer references of one request into one query: the officer's queue
 * page (each item's employer name) arrives as one `_entities` call with every item's reference,
 * which would otherwise be one visibility-scoped SELECT per item.
 *
 * A loader belongs to one request (keyed by its GraphQL context object, dropped with it) and is
 * built for that request's caller: its cache never answers another user or a later request, so
 * a district's scoping reads exactly as without batching.
 */
@Injectable()
export class EmployerLoaderFactory {
  private readonly perRequest = new WeakMap<object, DataLoader<string, Employer>>();

  constructor(private readonly employers: EmployersService) {}

  visible(context: object, user: AuthUser): DataLoader<string, Employer> {
    let loader = this.perRequest.get(context);
    if (!loader) {
      loader = new DataLoader<string, Employer>((ids) => this.employers.findManyVisible(user, ids));
      this.perRequest.set(context, loader);
    }
    return loader;
  }
}
