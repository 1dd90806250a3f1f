import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AnyRole, ClientAddress, CurrentUser, Public, type AuthUser } from '@points/auth';
import { LoginResult } from './login-result.model';
import { LoginService } from './login.service';

@Resolver()
export class LoginResolver {
  constructor(private readonly login: LoginService) {}

  /**
   * Public: every role logs in here. Unknown user and wrong password get the same answer. Failures
   * are counted per client, so a stranger cannot lock someone else out (LoginThrottle).
   */
  @Public()
  @Mutation(() => LoginResult, { name: 'login' })
  logIn(
    @Args('username') username: string,
    @Args('password') password: string,
    @ClientAddress() client: string,
  ): Promise<LoginResult> {
    return this.login.login(username, password, client);
  }

  @AnyRole()
  @Mutation(() => Boolean, { description: 'Change your own password (6–18 characters, letters and digits)' })
  changePassword(
    @CurrentUser() user: AuthUser,
    @Args('oldPassword') oldPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.login.changePassword(user, oldPassword, newPassword);
  }
}
