// Errors of the security module. Every message is Vietnamese, ready to show.
export class SecurityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
