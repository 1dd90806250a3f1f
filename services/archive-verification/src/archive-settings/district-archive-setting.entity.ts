import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ArchiveRetrievalMode } from '../verification-tasks/verification-task.enums';

/** How a district retrieves archives: 调档 (TRANSFER) or only a 核档函 (CHECK_LETTER). */
@ObjectType({ description: 'How a district retrieves personnel archives' })
@Entity({ name: 'district_archive_setting' })
export class DistrictArchiveSetting {
  @Field()
  @PrimaryColumn('text')
  district!: string;

  @Field(() => ArchiveRetrievalMode)
  @Column({ name: 'archive_mode', type: 'text' })
  archiveMode!: ArchiveRetrievalMode;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
