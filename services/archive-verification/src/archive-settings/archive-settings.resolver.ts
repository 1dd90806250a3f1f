import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CurrentUser, districtScopeOf, isDistrict, Role, Roles, type AuthUser } from '@points/auth';
import { AppException, GraphQLErrorCode } from '@points/errors';
import { updateReturning } from '@points/db';
import { ArchiveRetrievalMode } from '../verification-tasks/verification-task.enums';
import { DistrictArchiveSetting } from './district-archive-setting.entity';

export enum ArchiveSettingExceptionCode {
  UNKNOWN_DISTRICT = 'UNKNOWN_DISTRICT',
}

export class ArchiveSettingException extends AppException<ArchiveSettingExceptionCode> {
  constructor(code: ArchiveSettingExceptionCode, message: string, field: string) {
    super(message, code, GraphQLErrorCode.BAD_USER_INPUT, { field, rule: 'DISTRICT' });
  }
}

@Resolver(() => DistrictArchiveSetting)
export class ArchiveSettingsResolver {
  constructor(
    @InjectRepository(DistrictArchiveSetting) private readonly settings: Repository<DistrictArchiveSetting>,
  ) {}

  @Roles(Role.CENTRE_OFFICER, Role.CENTRE_SUPERVISOR, Role.HRSS_ADMIN)
  @Query(() => [DistrictArchiveSetting], {
    nullable: true,
    description: 'Archive retrieval mode per district (staff: their own)',
  })
  districtArchiveSettings(@CurrentUser() user: AuthUser): Promise<DistrictArchiveSetting[]> {
    const district = districtScopeOf(user);
    const query = this.settings.createQueryBuilder('s').orderBy('s.district');
    if (district) query.where('s.district = :district', { district });
    return query.getMany();
  }

  /** Applies to cases opened from now on; open cases keep the mode they were opened with. */
  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => DistrictArchiveSetting)
  async setDistrictArchiveMode(
    @CurrentUser() user: AuthUser,
    @Args('district') district: string,
    @Args('mode', { type: () => ArchiveRetrievalMode }) mode: ArchiveRetrievalMode,
  ): Promise<DistrictArchiveSetting> {
    if (!isDistrict(district)) {
      throw new ArchiveSettingException(
        ArchiveSettingExceptionCode.UNKNOWN_DISTRICT,
        `${district} is not one of the 16 district codes`,
        'district',
      );
    }
    await updateReturning(
      this.settings,
      `INSERT INTO archive_verification.district_archive_setting (district, archive_mode, updated_by, updated_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (district) DO UPDATE SET archive_mode = $2, updated_by = $3, updated_at = now()`,
      [district, mode, user.sub],
    );
    return this.settings.findOneByOrFail({ district });
  }
}
