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
  @Field(() => String, { nullable: true, description: 'The district in Chinese, e.g. 徐汇区' })
  districtName!: string | null;
  @Field(() => String, { nullable: true, description: 'The document number (文号) printed on the notice' })
  documentNo!: string | null;
}

/** The notice's identity, for its holder and employer: what is printed on it and where it is checked. */
@ObjectType()
export class PointsNoticeReference {
  @Field({ description: '文号, e.g. 沪人社积〔2026〕000123号: unique, numbered per year of decision' })
  documentNo!: string;
  @Field({ description: 'The verification code (核验码) printed on the notice' })
  verificationCode!: string;
  @Field({ description: "The public check page the notice's QR code opens" })
  verifyUrl!: string;
}
