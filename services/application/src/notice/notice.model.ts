import { Field, ObjectType } from '@nestjs/graphql';

/** A generated file; the gateway speaks GraphQL only, so the bytes travel base64-encoded. */
@ObjectType()
export class GeneratedFile {
  @Field() fileName!: string;
  @Field() contentType!: string;
  @Field() base64!: string;
}

/** What anyone holding a notice can check with its verification code (no score, masked name). */
@ObjectType()
export class PointsNoticeVerification {
  @Field() valid!: boolean;
  @Field(() => String, { nullable: true }) holderName!: string | null;
  @Field(() => String, { nullable: true }) validUntil!: string | null;
  @Field(() => String, { nullable: true }) district!: string | null;
}
