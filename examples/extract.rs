//! Extract the article from saved pages.
//!
//! ```text
//! extract [--format text|markdown|html|json] [--url URL] [--charset LABEL] [--input html|text] PAGE.html|-
//! extract [--jobs N] [--resume] --jsonl OUT.jsonl PATH...
//! ```
//!
//! The first form prints one page's content (`-` reads standard input);
//! `--input text` reads already-flattened text and cleans it instead. The
//! second extracts every `.html`, `.htm` and `.html.gz` file under the paths
//! (directories recursively, in name order) into JSON Lines, one object per
//! file; a file that cannot be read or extracted gets a line with an `error`
//! field, and the exit status is non-zero when any file failed. `--jobs N`
//! extracts on N threads (default: all cores); the output is the same,
//! line for line, as with `--jobs 1`. The output never ends in a partial
//! line: a failed write cuts the file back to its last whole line. `--resume`
//! keeps the whole lines already in the output and extracts only the files
//! whose id is not there yet (files that failed before are tried again).

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Condvar, Mutex};

use flate2::read::GzDecoder;
use pith::{Article, Extractor, Options};
use serde_json::{json, Value};

const USAGE: &str =
    "usage: extract [--format text|markdown|html|json] [--url URL] [--charset LABEL] [--input html|text] PAGE.html|-
       extract [--url URL] [--charset LABEL] [--jobs N] [--resume] --jsonl OUT.jsonl PATH...";

enum Format {
    Text,
    Markdown,
    Html,
    Json,
}

struct Args {
    format: Format,
    options: Options,
    jsonl: Option<PathBuf>,
    jobs: usize,
    /// Skip files whose id the output already holds.
    resume: bool,
    /// Read the input as already-flattened text, not HTML.
    text_input: bool,
    inputs: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut out = Args {
        format: Format::Text,
        options: Options::new(),
        jsonl: None,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        text_input: false,
        resume: false,
        inputs: Vec::new(),
    };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--format" => {
                out.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "markdown" | "md" => Format::Markdown,
                    "html" => Format::Html,
                    "json" => Format::Json,
                    other => return Err(format!("unknown format {other:?}\n{USAGE}")),
                }
            }
            "--url" => out.options = out.options.clone().with_base_url(value("--url")?),
            "--charset" => out.options = out.options.clone().with_charset(value("--charset")?),
            "--links" => out.options = out.options.clone().with_links(true),
            "--images" => out.options = out.options.clone().with_images(true),
            "--comments" => out.options = out.options.clone().with_comments(true),
            "--jsonl" => out.jsonl = Some(PathBuf::from(value("--jsonl")?)),
            "--resume" => out.resume = true,
            "--input" => {
                out.text_input = match value("--input")?.as_str() {
                    "html" => false,
                    "text" => true,
                    other => return Err(format!("unknown input kind {other:?}\n{USAGE}")),
                }
            }
            "--jobs" => {
                out.jobs = value("--jobs")?
                    .parse()
                    .map_err(|_| format!("--jobs takes a whole number\n{USAGE}"))?
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ => out.inputs.push(arg),
        }
    }
    if out.inputs.is_empty() {
        return Err(USAGE.to_owned());
    }
    Ok(out)
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let args = parse_args()?;
    let extractor = Extractor::new(args.options.clone());
    if let Some(out) = &args.jsonl {
        return batch(&extractor, out, &args.inputs, args.jobs, args.resume);
    }
    let [input] = args.inputs.as_slice() else {
        return Err(format!("one page at a time without --jsonl\n{USAGE}"));
    };
    let bytes = if input == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf).map_err(|e| format!("stdin: {e}"))?;
        buf
    } else {
        read_page(Path::new(input)).map_err(|e| format!("{input}: {e}"))?
    };
    let article = if args.text_input {
        extractor.clean_text(&String::from_utf8_lossy(&bytes))
    } else {
        extractor.extract_bytes(&bytes).map_err(|e| format!("{input}: {e}"))?
    };
    let rendered = match args.format {
        Format::Text => article.text(),
        Format::Markdown => article.markdown(),
        Format::Html => article.html(),
        Format::Json => article.json(),
    };
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{}", rendered.trim_end()).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

/// Reads a page, gunzipping `.gz` files.
fn read_page(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let file = File::open(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        GzDecoder::new(file).read_to_end(&mut bytes)?;
    } else {
        io::BufReader::new(file).read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// Every page file under `inputs`, sorted; unreadable directories are reported as failures.
fn collect(inputs: &[String], failures: &mut Vec<(PathBuf, String)>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = inputs.iter().map(PathBuf::from).collect();
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            match std::fs::read_dir(&path) {
                Ok(entries) => stack.extend(entries.filter_map(|e| e.ok()).map(|e| e.path())),
                Err(e) => failures.push((path, e.to_string())),
            }
        } else if is_page(&path) {
            files.push(path);
        } else if !path.exists() {
            failures.push((path, "no such file or directory".into()));
        }
    }
    files.sort();
    files
}

fn is_page(path: &Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz") || name.ends_with(".htm.gz")
}

/// The file name without its extensions (`0001.html.gz` → `0001`); for a
/// file named `source.html` or `page.html`, its folder's name.
fn page_id(path: &Path) -> String {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let stem = name.split('.').next().unwrap_or(name);
    if matches!(stem, "source" | "page" | "index") {
        if let Some(dir) = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()) {
            return dir.to_owned();
        }
    }
    stem.to_owned()
}

fn record(id: &str, path: &Path, a: &Article) -> Value {
    let m = &a.metadata;
    json!({
        "id": id,
        "path": path.display().to_string(),
        "title": m.title,
        "author": (!m.authors.is_empty()).then(|| m.authors.join(", ")),
        "authors": m.authors,
        "date": m.date,
        "date_modified": m.date_modified,
        "sitename": m.site_name,
        "description": m.description,
        "lang": m.language,
        "url": m.url,
        "image": m.image,
        "tags": m.tags,
        "license": m.license,
        "verdict": a.verdict.as_str(),
        "page_type": a.page_type.as_str(),
        "reason": a.reason,
        "text": a.text(),
    })
}

/// How far ahead of the writer the workers may run, in files per job: it
/// bounds the lines held for reordering.
const WINDOW_PER_JOB: usize = 16;

/// Extracts one file into its JSON line; the flag says it failed.
fn extract_file(extractor: &Extractor, path: &Path) -> (String, bool) {
    let id = page_id(path);
    match read_page(path)
        .map_err(|e| e.to_string())
        .and_then(|b| extractor.extract_bytes(&b).map_err(|e| e.to_string()))
    {
        Ok(article) => (record(&id, path, &article).to_string(), false),
        Err(err) => (
            json!({"id": id, "path": path.display().to_string(), "error": err}).to_string(),
            true,
        ),
    }
}

/// The JSON Lines output: whole lines only. Each line is written with one
/// call; if that fails (a full disk), the file is cut back to the last
/// whole line before the error is reported.
struct Output {
    file: File,
    path: PathBuf,
    good: u64,
}

impl Output {
    /// Creates `path`, or with `resume` keeps its whole lines and returns
    /// the ids they hold.
    fn open(path: &Path, resume: bool) -> Result<(Self, HashSet<String>), String> {
        let err = |e: io::Error| format!("{}: {e}", path.display());
        let mut done = HashSet::new();
        let mut good = 0u64;
        if resume && path.exists() {
            let old = std::fs::read(path).map_err(err)?;
            let whole = old.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            for line in old.get(..whole).unwrap_or_default().split(|&b| b == b'\n') {
                if let Ok(Value::Object(o)) = serde_json::from_slice::<Value>(line) {
                    if let Some(id) = o.get("id").and_then(Value::as_str) {
                        if !o.contains_key("error") {
                            done.insert(id.to_owned());
                        }
                    }
                }
            }
            good = whole as u64;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(!resume)
            .open(path)
            .map_err(err)?;
        file.set_len(good).map_err(err)?;
        let mut out = Output {
            file,
            path: path.to_owned(),
            good,
        };
        io::Seek::seek(&mut out.file, io::SeekFrom::Start(good)).map_err(err)?;
        Ok((out, done))
    }

    fn write_line(&mut self, line: &str) -> Result<(), String> {
        let mut bytes = Vec::with_capacity(line.len() + 1);
        bytes.extend_from_slice(line.as_bytes());
        bytes.push(b'\n');
        match self.file.write_all(&bytes) {
            Ok(()) => {
                self.good += bytes.len() as u64;
                Ok(())
            }
            Err(e) => {
                let _ = self.file.set_len(self.good);
                Err(format!(
                    "{}: {e} (the file holds the lines written before)",
                    self.path.display()
                ))
            }
        }
    }
}

fn batch(extractor: &Extractor, out: &Path, inputs: &[String], jobs: usize, resume: bool) -> Result<ExitCode, String> {
    let mut failures = Vec::new();
    let mut files = collect(inputs, &mut failures);
    let (mut w, done) = Output::open(out, resume)?;
    if !done.is_empty() {
        let before = files.len();
        files.retain(|p| !done.contains(&page_id(p)));
        eprintln!(
            "extract: resuming, {} of {before} files already in {}",
            before - files.len(),
            out.display()
        );
    }
    let mut failed = failures.len();
    let write = |w: &mut Output, line: &str| w.write_line(line);
    for (path, err) in &failures {
        let line = json!({"id": page_id(path), "path": path.display().to_string(), "error": err});
        write(&mut w, &line.to_string())?;
    }
    let total = files.len();
    let jobs = jobs.clamp(1, total.max(1));
    if jobs == 1 {
        for (n, path) in files.iter().enumerate() {
            let (line, bad) = extract_file(extractor, path);
            write(&mut w, &line)?;
            failed += usize::from(bad);
            progress(n + 1, total, failed);
        }
        return Ok(finish(out, failed, total + failures.len()));
    }
    let window = jobs * WINDOW_PER_JOB;
    let next = AtomicUsize::new(0);
    let written = (Mutex::new(0usize), Condvar::new());
    let (tx, rx) = mpsc::sync_channel::<(usize, String, bool)>(window);
    let result = std::thread::scope(|scope| -> Result<(), String> {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, written, files) = (&next, &written, &files);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                {
                    let (lock, ready) = written;
                    let mut done = lock.lock().unwrap_or_else(|e| e.into_inner());
                    while i >= *done + window {
                        done = ready.wait(done).unwrap_or_else(|e| e.into_inner());
                    }
                }
                let (line, bad) = extract_file(extractor, path);
                if tx.send((i, line, bad)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending: BTreeMap<usize, (String, bool)> = BTreeMap::new();
        let mut n = 0;
        for (i, line, bad) in rx {
            pending.insert(i, (line, bad));
            while let Some((line, bad)) = pending.remove(&n) {
                write(&mut w, &line)?;
                failed += usize::from(bad);
                n += 1;
                let (lock, ready) = &written;
                *lock.lock().unwrap_or_else(|e| e.into_inner()) = n;
                ready.notify_all();
                progress(n, total, failed);
            }
        }
        Ok(())
    });
    result?;
    Ok(finish(out, failed, total + failures.len()))
}

/// A progress line on stderr every 250 files (and at the end) of runs over 100 files.
fn progress(done: usize, total: usize, failed: usize) {
    if total >= 100 && (done.is_multiple_of(250) || done == total) {
        eprintln!("extract: {done}/{total} files, {failed} failed");
    }
}

/// Reports failures in the exit status.
fn finish(out: &Path, failed: usize, inputs: usize) -> ExitCode {
    if failed > 0 {
        eprintln!(
            "extract: {failed} of {inputs} inputs failed (see the error lines in {})",
            out.display()
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
