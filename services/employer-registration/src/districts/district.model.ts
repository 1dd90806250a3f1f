import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One of the 16 districts, each with a talent service centre (区人才服务中心)' })
export class District {
  @Field({ description: 'Code used everywhere in the API, e.g. XUHUI' })
  code!: string;

  @Field({ description: 'Chinese name, e.g. 徐汇区' })
  name!: string;
}
