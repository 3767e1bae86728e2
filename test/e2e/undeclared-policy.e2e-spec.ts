import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '@leadrelay/core';
import { aMember, aTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';

/** An endpoint someone added and forgot to declare a policy for. */
@Resolver()
class ForgottenResolver {
  static calls = 0;

  @Query(() => String)
  forgotten(): string {
    ForgottenResolver.calls++;
    return 'open to anyone';
  }
}

/** New endpoints are closed until declared: the guard refuses a handler without a policy, whoever asks. */
describe('a query without a declared policy', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({}, [ForgottenResolver]);
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('is refused for anonymous callers and for a vendor admin, and never runs', async () => {
    const token = await loginAs(api, await aMember(await aTenant(), Role.VENDOR_ADMIN));
    for (const caller of [undefined, token]) {
      // As text: `forgotten` is this file's own resolver, not in schema/schema.graphql, so codegen cannot type it.
      const result = await api.graphql(`{ forgotten }`, {}, caller);
      expect(result.data ?? null).toBeNull();
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    }
    expect(ForgottenResolver.calls).toBe(0);
  });
});
