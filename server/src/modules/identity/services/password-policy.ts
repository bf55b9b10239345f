import { UserError } from '../../../core/errors.js';

export const MIN_PASSWORD_LENGTH = 8;

/** Minimum length and not all one character; long passphrases are welcome. */
export function validatePassword(password: string | undefined, field = 'password'): void {
  if (!password || password.length < MIN_PASSWORD_LENGTH) {
    throw UserError.of('INVALID', `Password must be at least ${MIN_PASSWORD_LENGTH} characters`, field);
  }
  if (password.length > 200) throw UserError.of('INVALID', 'Password must be at most 200 characters', field);
  if (/^(.)\1*$/.test(password)) throw UserError.of('INVALID', 'Password must not be one repeated character', field);
}
