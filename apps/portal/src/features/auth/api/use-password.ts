import { useMutation } from 'urql';
import { RequestPasswordReset } from '../graphql/request-password-reset';
import { SetPassword } from '../graphql/set-password';

export const useRequestPasswordReset = () => useMutation(RequestPasswordReset);
export const useSetPassword = () => useMutation(SetPassword);
