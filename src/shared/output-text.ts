/** Output values longer than this are summarised on a terminal (workflows still get them in full). */
export const LONG_OUTPUT = 160;

/** `[..]` -> `JSON list of 200`, `{..}` -> `JSON map of 200 keys`, other text -> `12 lines`. */
function shape(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return `JSON list of ${parsed.length}`;
    if (parsed && typeof parsed === 'object') return `JSON map of ${Object.keys(parsed).length} keys`;
  } catch {
    // Not JSON: described by its lines below.
  }
  return `${value.split('\n').length} lines`;
}

const size = (value: string) => {
  const bytes = Buffer.byteLength(value);
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
};

/** The value itself when short and on one line, else what it is: `<JSON list of 200, 6.1 kB>`. */
export function terminalValue(value: string): string {
  return value.length <= LONG_OUTPUT && !value.includes('\n') ? value : `<${shape(value)}, ${size(value)}>`;
}

/** True when terminalValue() shortens the value. */
export const isLongOutput = (value: string) => terminalValue(value) !== value;
