export * from './auth/auth.service';
export * from './auth/password-hasher';
export * from './identity.models';
export * from './identity.module';
export * from './memberships/membership.entity';
export * from './sessions/session.entity';
export * from './users/user.entity';
export * from './memberships/membership.abilities';
