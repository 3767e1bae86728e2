import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PassportModule } from '@nestjs/passport';
import { PartnersModule } from '@leadrelay/partners';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { LoginThrottle } from './auth/login-throttle';
import { PasswordHasher } from './auth/password-hasher';
import { SessionTokens } from './auth/session-tokens';
import { MemberResolver } from './members/member.resolver';
import { MemberService } from './members/member.service';
import { Membership } from './memberships/membership.entity';
import { Session } from './sessions/session.entity';
import { User } from './users/user.entity';

@Module({
  imports: [MikroOrmModule.forFeature([User, Membership, Session]), PassportModule, JwtModule.register({}), PartnersModule],
  providers: [
    AuthService,
    AuthResolver,
    JwtStrategy,
    LoginThrottle,
    PasswordHasher,
    SessionTokens,
    MemberService,
    MemberResolver,
  ],
  exports: [AuthService, PasswordHasher],
})
export class IdentityModule {}
