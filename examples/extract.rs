//! Extract the article from saved pages.
//!
//! ```text
//! extract [--format text|markdown|html|json] [--url URL] [--charset LABEL] PAGE.html|-
//! extract --jsonl OUT.jsonl PATH...
//! ```
//!
//! The first form prints one page's content (`-` reads standard input). The
//! second extracts every `.html`, `.htm` and `.html.gz` file under the paths
//! (directories recursively, in name order) into JSON Lines, one object per
//! file; a file that cannot be read or extracted gets a line with an `error`
//! field, and the exit status is non-zero when any file failed.

use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use flate2::read::GzDecoder;
use pith::{Article, Extractor, Options};
use serde_json::{json, Value};

const USAGE: &str = "usage: extract [--format text|markdown|html|json] [--url URL] [--charset LABEL] PAGE.html|-
       extract [--url URL] [--charset LABEL] --jsonl OUT.jsonl PATH...";

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
    inputs: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut out = Args {
        format: Format::Text,
        options: Options::new(),
        jsonl: None,
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
        return batch(&extractor, out, &args.inputs);
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
    let article = extractor.extract_bytes(&bytes).map_err(|e| format!("{input}: {e}"))?;
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
        "reason": a.reason,
        "text": a.text(),
    })
}

fn batch(extractor: &Extractor, out: &Path, inputs: &[String]) -> Result<ExitCode, String> {
    let mut failures = Vec::new();
    let files = collect(inputs, &mut failures);
    let file = File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut w = BufWriter::new(file);
    let mut failed = failures.len();
    let write = |w: &mut BufWriter<File>, v: &Value| -> Result<(), String> {
        writeln!(w, "{v}").map_err(|e| format!("{}: {e}", out.display()))
    };
    for (path, err) in &failures {
        write(
            &mut w,
            &json!({"id": page_id(path), "path": path.display().to_string(), "error": err}),
        )?;
    }
    let total = files.len();
    for (n, path) in files.iter().enumerate() {
        let id = page_id(path);
        let line = match read_page(path)
            .map_err(|e| e.to_string())
            .and_then(|b| extractor.extract_bytes(&b).map_err(|e| e.to_string()))
        {
            Ok(article) => record(&id, path, &article),
            Err(err) => {
                failed += 1;
                json!({"id": id, "path": path.display().to_string(), "error": err})
            }
        };
        write(&mut w, &line)?;
        if total >= 100 && ((n + 1) % 250 == 0 || n + 1 == total) {
            eprintln!("extract: {}/{total} files, {failed} failed", n + 1);
        }
    }
    w.flush().map_err(|e| format!("{}: {e}", out.display()))?;
    if failed > 0 {
        eprintln!(
            "extract: {failed} of {} inputs failed (see the error lines in {})",
            total + failures.len(),
            out.display()
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
