// Writes the inputs/secrets/outputs tables of every action.yml and reusable workflow into the
// Markdown files that document them, between markers, so the docs cannot drift from metadata:
//
//   <!-- inputs:start -->            table of ./action.yml next to the Markdown file
//   <!-- inputs:end -->
//   <!-- inputs:start ../.github/workflows/deploy.yml -->   table of another file (path relative to the .md)
//
// Kinds: inputs, outputs, secrets (workflows only). Everything outside the markers is hand-written.
// `node scripts/docs-tables.mjs` rewrites the files; `--check` changes nothing and exits 1 naming
// every stale or missing table; `--root DIR` works on another tree (the contract test uses it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

/** Fenced code blocks, kept as separate parts by split(). */
const FENCE = /(^```[\s\S]*?^```)/m;
const MARKER = /<!-- (inputs|outputs|secrets):start(?: (\S+))? -->\n[\s\S]*?<!-- \1:end -->/g;

/** A table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');

/** A default as code; a multi-line default (thresholds) shows each line. */
function defaultCell(value) {
  if (value === undefined || value === null || String(value) === '') return '';
  return String(value)
    .trim()
    .split('\n')
    .map((line) => `\`${line.trim().replace(/\|/g, '\\|')}\``)
    .join('<br>');
}

const yesNo = (flag) => (flag ? 'yes' : 'no');

/** The metadata block a marker documents: an action's top level or a workflow's `on.workflow_call`. */
function metadataOf(file) {
  const doc = parse(readFileSync(file, 'utf8')) ?? {};
  const call = doc.on && typeof doc.on === 'object' ? doc.on.workflow_call : undefined;
  return call === undefined ? { kind: 'action', spec: doc } : { kind: 'workflow', spec: call ?? {} };
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

/** The Markdown table of one kind of one metadata file. */
export function renderTable(kind, { kind: fileKind, spec }) {
  const entries = Object.entries(spec[kind] ?? {});
  if (entries.length === 0) return `_No ${kind}._`;
  const name = kind.replace(/s$/, '');
  if (kind === 'outputs') {
    return [
      row([name, 'description']),
      row(['---', '---']),
      ...entries.map(([k, v]) => row([`\`${k}\``, cell(v?.description)])),
    ].join('\n');
  }
  if (kind === 'secrets') {
    return [
      row([name, 'required', 'description']),
      row(['---', '---', '---']),
      ...entries.map(([k, v]) => row([`\`${k}\``, yesNo(v?.required), cell(v?.description)])),
    ].join('\n');
  }
  const typed = fileKind === 'workflow';
  const header = typed
    ? [name, 'type', 'required', 'default', 'description']
    : [name, 'required', 'default', 'description'];
  const body = entries.map(([k, v]) =>
    row([
      `\`${k}\``,
      ...(typed ? [cell(v?.type)] : []),
      yesNo(v?.required),
      defaultCell(v?.default),
      cell(v?.description),
    ]),
  );
  return [row(header), row(header.map(() => '---')), ...body].join('\n');
}

/** The Markdown text with every marked table regenerated from its source file (code blocks are left alone). */
export function renderDocument(markdownPath, text) {
  return text
    .split(FENCE)
    .map((part) =>
      part.startsWith('```') ? part : part.replace(MARKER, (...m) => regenerate(markdownPath, m[1], m[2])),
    )
    .join('');
}

function regenerate(markdownPath, kind, source) {
  const file = resolve(dirname(markdownPath), source ?? 'action.yml');
  if (!existsSync(file)) throw new Error(`${markdownPath}: ${kind} table names ${file}, which does not exist`);
  return `<!-- ${kind}:start${source ? ` ${source}` : ''} -->\n${renderTable(kind, metadataOf(file))}\n<!-- ${kind}:end -->`;
}

/** Which marker each documented metadata file needs, and in which Markdown file. */
export function requiredTables(root) {
  const required = [];
  const actions = join(root, 'actions');
  for (const name of existsSync(actions) ? readdirSync(actions).sort() : []) {
    if (!existsSync(join(actions, name, 'action.yml'))) continue;
    const doc = join(actions, name, 'README.md');
    for (const kind of ['inputs', 'outputs']) required.push({ doc, marker: `<!-- ${kind}:start -->` });
  }
  if (existsSync(join(root, 'action.yml'))) {
    const doc = join(root, 'docs', 'root-action.md');
    for (const kind of ['inputs', 'outputs']) required.push({ doc, marker: `<!-- ${kind}:start ../action.yml -->` });
  }
  const workflows = join(root, '.github', 'workflows');
  for (const file of existsSync(workflows) ? readdirSync(workflows).sort() : []) {
    if (!/\.ya?ml$/.test(file) || metadataOf(join(workflows, file)).kind !== 'workflow') continue;
    const doc = join(root, 'workflows', 'README.md');
    for (const kind of ['inputs', 'secrets', 'outputs'])
      required.push({ doc, marker: `<!-- ${kind}:start ../.github/workflows/${file} -->` });
  }
  return required;
}

/** Every Markdown file of the tree that may hold tables (not dependencies or generated output). */
function markdownFiles(root) {
  const skip = new Set(['node_modules', 'dist', '.git', 'coverage', '.tmp', 'demo-output']);
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  walk(root);
  return found.sort();
}

/** Problems (stale or missing tables) and the regenerated text of every file that changes. */
export function checkDocs(root) {
  const problems = [];
  const changed = [];
  for (const path of markdownFiles(root)) {
    const text = readFileSync(path, 'utf8');
    const next = renderDocument(path, text);
    if (next !== text) {
      changed.push({ path, text: next });
      problems.push(`${relative(root, path)}: a table differs from its metadata (run npm run build)`);
    }
  }
  for (const { doc, marker } of requiredTables(root)) {
    const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
    if (!text.includes(marker)) problems.push(`${relative(root, doc)}: missing ${marker}`);
  }
  return { problems, changed };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const rootArg = process.argv.indexOf('--root');
  const root = rootArg > 0 ? resolve(process.argv[rootArg + 1]) : resolve(import.meta.dirname, '..');
  const { problems, changed } = checkDocs(root);
  if (process.argv.includes('--check')) {
    for (const problem of problems) console.error(problem);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } else {
    for (const { path, text } of changed) writeFileSync(path, text);
    const missing = problems.filter((p) => p.includes('missing'));
    for (const problem of missing) console.error(problem);
    process.exitCode = missing.length === 0 ? 0 : 1;
  }
}
