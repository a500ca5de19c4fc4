/**
 * The one masking implementation: registered literals become `***`, the way the Actions runner
 * treats `::add-mask::`. The CLI runtime, the local pipeline and the cores (reports, summaries,
 * JUnit files the runner never sees) all use it, so a value is hidden the same way everywhere.
 */
export class SecretMask {
  private readonly secrets = new Set<string>();
  private sorted: string[] | undefined;

  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Registers a value and each of its lines (a log line can only ever hold one line of it). */
  add(value: string): void {
    for (const part of [value, ...value.split(/\r?\n/)]) {
      const trimmed = part.trim();
      if (trimmed.length >= 3 && !this.secrets.has(trimmed)) {
        this.secrets.add(trimmed);
        this.sorted = undefined;
      }
    }
  }

  has(value: string): boolean {
    return this.secrets.has(value.trim());
  }

  get size(): number {
    return this.secrets.size;
  }

  apply(text: string): string {
    // Longest first so a secret containing another is masked whole.
    this.sorted ??= [...this.secrets].sort((a, b) => b.length - a.length);
    let masked = text;
    for (const secret of this.sorted) if (masked.includes(secret)) masked = masked.split(secret).join('***');
    return masked;
  }

  /** `apply` as a free function, for cores that take a `redact(text)` callback. */
  readonly redact = (text: string): string => this.apply(text);
}
