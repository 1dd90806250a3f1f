import { Field, InputType } from '@nestjs/graphql';
import { DateScalar, RuleSetParametersScalar } from '../../scores/calendar.scalars';

@InputType({ description: 'A new version of the indicator system (动态调整, article 23)' })
export class AddRuleSetInput {
  @Field({ description: 'Unique id, e.g. SH-2026' })
  version!: string;

  @Field(() => DateScalar, { description: 'Must be after the effective date of every existing version' })
  effectiveFrom!: string;

  @Field()
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Copy every number from this version (default: the latest); ignored when parameters are given',
  })
  basedOn?: string | null;

  @Field(() => RuleSetParametersScalar, {
    nullable: true,
    description:
      "Every number of the new version (the RuleSet JSON); its version and effectiveFrom are replaced by the input's",
  })
  parameters?: Record<string, unknown> | null;
}
