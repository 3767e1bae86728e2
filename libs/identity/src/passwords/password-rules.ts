/** At least this many characters: length is what makes a password hard to guess. */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * What is wrong with a password the user wants, or null. Following NIST SP 800-63B: a minimum
 * length and no words from the context (the e-mail address, its name part, the person's name),
 * but no rules about character classes, which make passwords harder to remember, not to guess.
 */
export function passwordProblem(password: string, user: { email: string; name: string }): string | null {
  const plain = password.trim().toLowerCase();
  if ([...plain].length < PASSWORD_MIN_LENGTH) {
    return `password must be at least ${PASSWORD_MIN_LENGTH} characters long; a few unrelated words make a good one.`;
  }
  const email = user.email.toLowerCase();
  const context = [email, email.split('@')[0]!, user.name.trim().toLowerCase()];
  if (plain.includes(email) || context.includes(plain)) {
    return 'password must not be your e-mail address or your name. Choose something only you know.';
  }
  return null;
}
