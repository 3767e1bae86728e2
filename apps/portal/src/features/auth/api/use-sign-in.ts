import { useMutation } from 'urql';
import { session } from '@/shared/session/session';
import { Login } from '../graphql/login';

export interface Credentials {
  email: string;
  password: string;
  tenantId?: string;
}

/** Signs in; on success the session holds the access token (the refresh token is the server's cookie). */
export function useSignIn() {
  const [state, login] = useMutation(Login);
  const signIn = async (input: Credentials) => {
    const result = await login({ input });
    if (result.data) session.start(result.data.login);
    return result;
  };
  return [state, signIn] as const;
}
