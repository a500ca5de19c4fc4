/** Replaces registered secrets with *** the way the Actions runner masks its logs. */
export class SecretMask {
  private readonly secrets = new Set<string>();

  add(value: string): void {
    for (const line of value.split(/\r?\n/)) {
      if (line.trim().length >= 3) this.secrets.add(line.trim());
    }
  }

  apply(text: string): string {
    let masked = text;
    // Longest first so a secret containing another is masked whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      masked = masked.split(secret).join('***');
    }
    return masked;
  }
}
