//! The example binary's batch mode never loses a file: unreadable and
//! truncated files get error lines, a full disk is reported, output from
//! several jobs equals one job's, and `--resume` completes an interrupted
//! run without duplicating or leaving partial lines. Uses the example that
//! `cargo test` builds beside the test binaries.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test path");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    dir.join("examples")
        .join(if cfg!(windows) { "extract.exe" } else { "extract" })
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pith-batch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn gz(text: &str) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(text.as_bytes()).expect("gzip");
    e.finish().expect("gzip")
}

fn page(n: usize) -> String {
    format!("<html><head><title>Page {n}</title></head><body><article><p>Paragraph of page {n}, long enough to be content.</p></article></body></html>")
}

fn ids(out: &Path) -> Vec<(String, bool)> {
    let text = std::fs::read_to_string(out).expect("output");
    assert!(text.is_empty() || text.ends_with('\n'), "partial last line");
    text.lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("whole JSON line");
            (v["id"].as_str().expect("id").to_owned(), v.get("error").is_some())
        })
        .collect()
}

#[test]
fn batch_mode_loses_nothing() {
    let bin = binary();
    if !bin.is_file() {
        println!("skipped: {} is not built", bin.display());
        return;
    }
    let dir = scratch("loses-nothing");
    let input = dir.join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    for n in 0..6 {
        std::fs::write(input.join(format!("p{n}.html")), page(n)).unwrap();
    }
    std::fs::write(input.join("sub/z.html.gz"), gz(&page(9))).unwrap();
    let mut truncated = gz(&page(7));
    truncated.truncate(truncated.len() / 2);
    std::fs::write(input.join("broken.html.gz"), truncated).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("nowhere.html"), input.join("dangling.html")).unwrap();

    let run = |out: &Path, extra: &[&str]| {
        Command::new(&bin)
            .args(extra)
            .arg("--jsonl")
            .arg(out)
            .arg(&input)
            .output()
            .expect("runs")
    };
    let one = dir.join("one.jsonl");
    let status = run(&one, &["--jobs", "1"]);
    assert!(!status.status.success(), "failures must make the exit status non-zero");
    let lines = ids(&one);
    assert_eq!(lines.len(), 9 - usize::from(!cfg!(unix)), "{lines:?}");
    assert!(lines.iter().any(|(id, err)| id == "broken" && *err));
    #[cfg(unix)]
    assert!(lines.iter().any(|(id, err)| id == "dangling" && *err));
    assert!(lines.iter().any(|(id, err)| id == "z" && !*err));

    let two = dir.join("two.jsonl");
    run(&two, &["--jobs", "2"]);
    assert_eq!(
        std::fs::read(&one).unwrap(),
        std::fs::read(&two).unwrap(),
        "--jobs 2 differs from --jobs 1"
    );

    // Interrupted: two whole lines and half a third remain; --resume completes.
    let text = std::fs::read_to_string(&one).unwrap();
    let cut: usize = text.lines().take(2).map(|l| l.len() + 1).sum::<usize>() + 10;
    std::fs::write(&two, &text.as_bytes()[..cut]).unwrap();
    run(&two, &["--resume"]);
    let resumed = ids(&two);
    for (id, failed) in &lines {
        let n = resumed.iter().filter(|(r, e)| r == id && !e).count();
        // Files that failed before are tried again (and fail again); the
        // others are present exactly once.
        if !failed {
            assert_eq!(n, 1, "{id} appears {n} times after --resume");
        }
        assert!(resumed.iter().any(|(r, _)| r == id), "{id} lost by --resume");
    }

    // A full disk is reported, not ignored.
    if Path::new("/dev/full").exists() {
        let full = run(Path::new("/dev/full"), &[]);
        assert!(!full.status.success());
        assert!(!full.stderr.is_empty());
    }
    let _ = std::fs::remove_dir_all(&dir);
}
