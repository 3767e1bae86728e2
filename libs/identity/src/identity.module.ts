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
import { RefreshCookie } from './auth/refresh-cookie';
import { SessionTokens } from './auth/session-tokens';
import { SessionCache } from './auth/session-cache';
import { MemberInvitationService } from './members/member-invitation.service';
import { MemberResolver } from './members/member.resolver';
import { MemberService } from './members/member.service';
import { Membership } from './memberships/membership.entity';
import { AccountToken } from './passwords/account-token.entity';
import { AccountTokenService } from './passwords/account-token.service';
import { PasswordResetThrottle } from './passwords/password-reset-throttle';
import { PasswordResolver } from './passwords/password.resolver';
import { PasswordService } from './passwords/password.service';
import { Session } from './sessions/session.entity';
import { User } from './users/user.entity';

@Module({
  imports: [
    MikroOrmModule.forFeature([User, Membership, Session, AccountToken]),
    PassportModule,
    JwtModule.register({}),
    PartnersModule,
  ],
  providers: [
    AuthService,
    SessionCache,
    AuthResolver,
    JwtStrategy,
    LoginThrottle,
    PasswordHasher,
    RefreshCookie,
    SessionTokens,
    MemberService,
    MemberResolver,
    // Invitations and password resets; their mails go through the AccountMailOutbox the notifications library provides.
    AccountTokenService,
    MemberInvitationService,
    PasswordResetThrottle,
    PasswordService,
    PasswordResolver,
  ],
  exports: [AuthService, PasswordHasher],
})
export class IdentityModule {}
