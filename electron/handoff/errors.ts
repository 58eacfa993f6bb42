// Errors of the USB handoff, for people to read: every message is Vietnamese, ready for the app or the
// command line's stderr. A refused package has changed nothing; the `reason` lets code branch.

export type RefusalReason =
  | 'not_a_package'
  | 'damaged'
  | 'unknown_version'
  | 'bad_signature'
  | 'wrong_unit'
  | 'unknown_unit'
  | 'untrusted_key'
  | 'wrong_kind'
  | 'wrong_passphrase'
  | 'invalid_content'
  | 'ledger_too_old';

/** The package is refused before anything is written: the ledger is exactly as it was. */
export class PackageRefusedError extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${message} Không có gì được ghi vào sổ.`, options);
    this.name = 'PackageRefusedError';
  }
}

/** Anything else the handoff refuses for a reason the user can act on (passphrase, target file …). */
export class HandoffError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HandoffError';
  }
}
