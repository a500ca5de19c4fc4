/**
 * Builds a redactor for text leaving a core (log lines, messages, reports). A server may echo a
 * request header back in its body, and a failed body assertion quotes the body: masking at the
 * source keeps secrets out of reports and summaries, which the runner's log masking never sees.
 */
export function makeRedactor(secrets: Iterable<string>): (text: string) => string {
  const list = [...new Set(secrets)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  return (text) => list.reduce((out, secret) => out.split(secret).join('***'), text);
}
