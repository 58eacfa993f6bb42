// Errors of backups, restores and start-up checks. Every message is Vietnamese, ready to show.
export class ReliabilityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
