import { Query, Resolver } from '@nestjs/graphql';
import { DISTRICT_CODES, DISTRICTS, Public } from '@points/auth';
import { District } from './district.model';

@Resolver(() => District)
export class DistrictsResolver {
  /** Public: the registration form needs it before anyone logs in. */
  @Public()
  @Query(() => [District], { nullable: true })
  districts(): District[] {
    return DISTRICT_CODES.map((code) => ({ code, name: DISTRICTS[code] }));
  }
}
