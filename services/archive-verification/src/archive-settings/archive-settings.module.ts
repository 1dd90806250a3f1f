import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArchiveSettingsResolver } from './archive-settings.resolver';
import { DistrictArchiveSetting } from './district-archive-setting.entity';

@Module({
  imports: [TypeOrmModule.forFeature([DistrictArchiveSetting])],
  providers: [ArchiveSettingsResolver],
})
export class ArchiveSettingsModule {}
