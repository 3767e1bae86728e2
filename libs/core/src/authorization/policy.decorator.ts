import { SetMetadata } from '@nestjs/common';
import type { Action, SubjectType } from './app-ability';

export const POLICY_KEY = 'leadrelay:policy';

/**
 * Who may call a query or mutation. Every resolver method declares one; the API's guard refuses
 * any that does not (and a test lists them all, so a change here is reviewed as a permission change).
 *
 * - `public`: no login needed (login, refresh).
 * - `authenticated`: any logged-in actor; the service scopes what it returns.
 * - `can`: the guard checks the actor's ability for the action on the kind of subject before the
 *   resolver runs (creating, listing).
 * - `canOnRecord`: the service loads the record in the actor's scope first (another tenant's or
 *   partner's record is NOT_FOUND) and then checks the ability on the record itself.
 */
export type PolicyDeclaration =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'can'; action: Action; subject: SubjectType }
  | { kind: 'canOnRecord'; action: Action; subject: SubjectType };

export const Policy = {
  public: () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies PolicyDeclaration),
  authenticated: () => SetMetadata(POLICY_KEY, { kind: 'authenticated' } satisfies PolicyDeclaration),
  can: (action: Action, subject: SubjectType) =>
    SetMetadata(POLICY_KEY, { kind: 'can', action, subject } satisfies PolicyDeclaration),
  canOnRecord: (action: Action, subject: SubjectType) =>
    SetMetadata(POLICY_KEY, { kind: 'canOnRecord', action, subject } satisfies PolicyDeclaration),
};

export function describePolicy(policy: PolicyDeclaration | undefined): string {
  if (!policy) return 'UNDECLARED';
  switch (policy.kind) {
    case 'public':
    case 'authenticated':
      return policy.kind;
    case 'can':
      return `can ${policy.action} ${policy.subject}`;
    case 'canOnRecord':
      return `can ${policy.action} ${policy.subject} (record)`;
  }
}
