import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as "Authorization: Bearer <token>"' })
  accessToken!: string;

  @Field()
  expiresAt!: Date;

  @Field()
  role!: string;
}
