// A restore refused because the backup predates a sign-off (API error `needs_chairman_pin`): the signed
// periods it would drop, for the prompt that asks for the chairman's PIN.
import { ApiCallError } from '../api/client';

export interface PinRequest {
  /** Labels of the signed periods the backup lacks ("Quý I/2026" …). */
  periods: string[];
  /** The API's explanation (Vietnamese). */
  message: string;
}

export function pinRequestOf(error: unknown): PinRequest | null {
  if (!(error instanceof ApiCallError) || error.code !== 'needs_chairman_pin') return null;
  return { periods: error.details, message: error.message };
}

/** The PIN as the chairman sets it (6–12 digits); null when it looks right, else why not (Vietnamese). */
export function pinShapeProblem(pin: string): string | null {
  return /^\d{6,12}$/.test(pin) ? null : 'Mã PIN gồm 6 đến 12 chữ số.';
}
