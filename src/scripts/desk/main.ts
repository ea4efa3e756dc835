/**
 * The editor's desk in the browser: open or paste an issue, check it as
 * `briefing check` would in the archive folder (lib/desk/check.ts, the
 * parser itself), show the problems on their lines, re-check as the editor
 * types, preview the issue page, download the file for content/. After the
 * numbering index is loaded nothing goes over the network: files are read
 * and checked here.
 */
import '../zod-without-eval.ts';
import { decode } from '../../lib/briefing/decode.ts';
import type { Severity } from '../../lib/briefing/errors.ts';
import type { ArchiveEntry } from '../../lib/briefing/index.ts';
import { checkDraft, type DraftCheck } from '../../lib/desk/check.ts';
import { issueFileName, numberingIndexSchema, publishedEntries } from '../../lib/desk/numbering.ts';
import { d } from '../../lib/desk/strings.ts';
import { download } from './download.ts';
import { deskEditor } from './editor.ts';
import { onProblemChosen, showProblems } from './problems.ts';
import { importDocument, isDocument } from './import.ts';
import { showPreview } from './preview.ts';

/** Long enough that a re-check waits for a pause in typing, short enough to feel immediate. */
const RECHECK_AFTER_MS = 150;

const root = document.getElementById('desk')!;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = byId<HTMLElement>('desk-status');
const summary = byId<HTMLElement>('desk-summary');
const problemSection = byId<HTMLElement>('desk-problems');
const problemList = byId<HTMLElement>('desk-problem-list');
const preview = byId<HTMLElement>('desk-preview');
const previewNote = byId<HTMLElement>('desk-preview-note');
const downloadText = byId<HTMLButtonElement>('desk-download-text');
const downloadJson = byId<HTMLButtonElement>('desk-download-json');
const fileInput = byId<HTMLInputElement>('desk-file');
const dropZone = byId<HTMLElement>('desk-drop');
const importSection = byId<HTMLElement>('desk-import');
const importReport = byId<HTMLElement>('desk-import-report');

const encoder = new TextEncoder();
let published: ArchiveEntry[] = [];
/** The name the draft has in the archive folder: the opened file's, until another is opened. */
let fileName = d('desk.pasted');
/** The last check's result; undefined until a file is opened or text typed. */
let latest: DraftCheck | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const editor = deskEditor(byId('desk-editor'), byId('desk-editor-lines'), () => {
  clearTimeout(timer);
  // The list is out of date until the re-check: say so to assistive technology (and to tests).
  problemSection.setAttribute('aria-busy', 'true');
  timer = setTimeout(() => check(encoder.encode(editor.text)), RECHECK_AFTER_MS);
});
onProblemChosen(problemList, (line, column) => editor.goTo(line, column));

function check(bytes: Uint8Array): void {
  const started = performance.now();
  latest = checkDraft(bytes, fileName, published);
  show(latest);
  problemSection.removeAttribute('aria-busy');
  root.dataset.checkMs = (performance.now() - started).toFixed(1);
  root.dataset.checks = String(Number(root.dataset.checks ?? '0') + 1);
}

function show(result: DraftCheck): void {
  const { problems } = result;
  showProblems(problemList, problems);
  const marks = new Map<number, Severity>();
  for (const problem of problems) if (marks.get(problem.line) !== 'error') marks.set(problem.line, problem.severity);
  editor.mark(marks);

  const errors = problems.filter((problem) => problem.severity === 'error').length;
  // As `briefing check`: an issue with warnings only still gets its summary (the warnings are listed below it).
  summary.textContent = errors > 0 ? d('desk.errors', { errors, warnings: problems.length - errors }) : (result.summary ?? d('desk.noProblems'));

  showPreview(preview, result.issue);
  previewNote.textContent = result.issue !== undefined ? d('desk.previewHint') : d('desk.previewNone');

  downloadText.disabled = editor.text === '';
  downloadText.textContent = d('desk.downloadText', { file: downloadName() });
  downloadJson.disabled = result.issue === undefined || errors > 0;
}

function downloadName(): string {
  return latest?.issue === undefined ? fileName : issueFileName(latest.issue.totalIssue);
}

async function open(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  status.classList.remove('desk-status--error');
  if (isDocument(file.name, bytes)) return openDocument(file.name, bytes);
  importSection.hidden = true;
  fileName = file.name;
  const decoded = decode(bytes, file.name);
  editor.setText(decoded.ok ? decoded.value.text : '');
  status.textContent = decoded.ok
    ? d('desk.opened', { file: file.name, encoding: d(`desk.encoding.${decoded.value.encoding}`) })
    : d('desk.undecodable', { file: file.name });
  clearTimeout(timer);
  // The file as it came (its encoding, BOM and line ends), as `briefing check` reads it.
  check(bytes);
}

/** A PDF or .docx: its text as `briefing import` writes it, the lines it left out, then the same checks. */
async function openDocument(name: string, bytes: Uint8Array): Promise<void> {
  status.textContent = d('desk.importing', { file: name });
  const result = await importDocument(bytes, name, root.dataset.cmaps!);
  root.dataset.imports = String(Number(root.dataset.imports ?? '0') + 1);
  if (!result.ok) {
    status.textContent = d('desk.importFailed', { file: name, reason: result.problem.message });
    status.classList.add('desk-status--error');
    return;
  }
  importSection.hidden = false;
  importReport.replaceChildren(
    ...(result.dropped.length === 0
      ? [listItem(d('desk.droppedNone'))]
      : result.dropped.map((line) => listItem(d('desk.droppedLine', { page: line.page, text: line.text, reason: d(`desk.reason.${line.reason}`) })))),
  );
  // The text goes into content/ as a .txt of the same name, as `briefing import` writes it.
  fileName = `${name.replace(/\.[^.]*$/, '')}.txt`;
  editor.setText(result.text);
  status.textContent = d('desk.imported', { file: name });
  clearTimeout(timer);
  check(encoder.encode(result.text));
}

function listItem(text: string): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
}

async function loadNumbering(): Promise<void> {
  try {
    const response = await fetch(root.dataset.numbering!);
    const index = numberingIndexSchema.parse(await response.json());
    published = publishedEntries(index);
    status.textContent = d('desk.ready');
  } catch {
    status.textContent = d('desk.indexFailed');
    status.classList.add('desk-status--error');
  }
  root.dataset.ready = 'true';
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file !== undefined) void open(file);
  fileInput.value = '';
});

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
document.addEventListener('dragover', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dropZone.classList.add('desk-drop--over');
});
document.addEventListener('dragleave', () => dropZone.classList.remove('desk-drop--over'));
document.addEventListener('drop', (event) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dropZone.classList.remove('desk-drop--over');
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) void open(file);
});

downloadText.addEventListener('click', () => download(downloadName(), encoder.encode(editor.text), 'text/plain;charset=utf-8'));
downloadJson.addEventListener('click', () => {
  if (latest?.issue === undefined) return;
  download(`${latest.issue.totalIssue}.json`, `${JSON.stringify(latest.issue, null, 2)}\n`, 'application/json');
});

void loadNumbering();
