//! Getting the tool onto a secretary's computer: the version names its commit, files saved
//! by Windows Notepad load, and the CI workflows `init` writes install a pinned release.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use crate::support::{project_root, Repo};

#[test]
fn version_names_the_commit_it_was_built_from() {
    let repo = Repo::empty();
    let (code, stdout, _) = repo.run(&["--version"]);
    assert_eq!(code, 0);
    let expected_commit = Process::new("git")
        .arg("-C")
        .arg(project_root())
        .args(["rev-parse", "--short=9", "HEAD"])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map_or_else(|| "unknown".to_string(), |output| String::from_utf8_lossy(&output.stdout).trim().to_string());
    let expected = format!("disclose {} (commit {expected_commit})\n", env!("CARGO_PKG_VERSION"));
    if std::env::var_os("DISCLOSE_COMMIT").is_none() {
        assert_eq!(stdout, expected);
    }
    assert!(stdout.starts_with(&format!("disclose {} (commit ", env!("CARGO_PKG_VERSION"))), "{stdout}");
}

/// The two CI workflows `init` writes, as written.
fn workflows(repo: &Repo) -> [(&'static str, String); 2] {
    [
        (".github/workflows/disclose.yml", repo.read(".github/workflows/disclose.yml")),
        (".gitlab-ci.yml", repo.read(".gitlab-ci.yml")),
    ]
}

#[test]
fn the_init_workflows_pin_a_release_and_fetch_no_crate_from_the_registry() {
    let repo = Repo::init();
    for (file, text) in workflows(&repo) {
        for line in text.lines().filter(|line| line.contains("cargo install")) {
            // Only the build from the organisation's own git server, at a fixed commit.
            assert!(line.contains("--git \"$DISCLOSE_GIT\" --rev"), "{file}: {line}");
        }
        assert!(!text.contains("crates.io"), "{file} still mentions crates.io");
        assert!(
            text.contains(&format!("DISCLOSE_VERSION: \"{}\"", env!("CARGO_PKG_VERSION"))),
            "{file} pins no version"
        );
        assert!(text.contains("sha256sum -c"), "{file} does not check the archive's SHA-256");
        assert!(!text.contains("@VERSION@") && !text.contains("@RELEASES@"), "{file} has a placeholder left");
        yaml_rust2::YamlLoader::load_from_str(&text).unwrap_or_else(|e| panic!("{file} is not YAML: {e}"));
    }
}

/// What `uname -m` names the machine, as the workflow's install step chooses the archive.
fn release_target() -> &'static str {
    if cfg!(target_arch = "aarch64") {
        "aarch64-unknown-linux-gnu"
    } else {
        "x86_64-unknown-linux-musl"
    }
}

/// A release folder as the release workflow publishes it, made from the binary under test:
/// `v<version>/disclose-<target>.tar.gz` (one folder inside, as cargo-dist lays it out)
/// and its `.sha256`.
fn local_release(dir: &Path) -> PathBuf {
    let releases = dir.join("releases");
    let version_dir = releases.join(format!("v{}", env!("CARGO_PKG_VERSION")));
    let name = format!("disclose-{}", release_target());
    let inside = dir.join("staging").join(&name);
    fs::create_dir_all(&inside).unwrap();
    fs::create_dir_all(&version_dir).unwrap();
    let archive = format!("{name}.tar.gz");
    // Without its debug information (a release binary has none), if `strip` is there: a
    // third of the size to pack and unpack.
    let status = Process::new("sh")
        .arg("-c")
        .arg(format!(
            "(strip -o '{binary}' '{built}' 2>/dev/null || cp '{built}' '{binary}') && \
             tar -C '{}' -cf - '{name}' | gzip -1 > '{}' && cd '{}' && sha256sum -b '{archive}' > '{archive}.sha256'",
            dir.join("staging").display(),
            version_dir.join(&archive).display(),
            version_dir.display(),
            binary = inside.join("disclose").display(),
            built = assert_cmd::cargo::cargo_bin!("disclose").display(),
        ))
        .status()
        .unwrap();
    assert!(status.success(), "could not make the release archive");
    releases
}

/// Runs the steps of the GitHub workflow's job, as GitHub Actions would on a runner where
/// the repository variables are `vars`: `uses:` steps and steps whose `if:` needs
/// `DISCLOSE_GIT` are left out, `${{ … }}` is what the runner would put there, and each
/// folder a step adds to `$GITHUB_PATH` comes first on `PATH` for the steps after it.
/// Returns (step name, exit code, stdout, stderr) of each step run, stopping at the first
/// that fails.
fn run_github_steps(repo: &Repo, home: &Path, vars: &[(&str, &str)]) -> Vec<(String, i32, String, String)> {
    let text = repo.read(".github/workflows/disclose.yml");
    let document = &yaml_rust2::YamlLoader::load_from_str(&text).unwrap()[0];
    let expression = |value: &str| -> String {
        let Some(inner) = value.trim().strip_prefix("${{").and_then(|v| v.strip_suffix("}}")) else {
            return value.to_string();
        };
        let inner = inner.trim();
        inner
            .strip_prefix("vars.")
            .and_then(|name| vars.iter().find(|(n, _)| *n == name))
            .map_or_else(String::new, |(_, value)| (*value).to_string())
    };
    let mut env: Vec<(String, String)> = Vec::new();
    for (key, value) in document["env"].as_hash().expect("a top-level env") {
        env.push((key.as_str().unwrap().to_string(), expression(value.as_str().unwrap())));
    }
    let github_path = home.join("github_path");
    let github_output = home.join("github_output");
    fs::write(&github_path, "").unwrap();
    let mut path = std::env::var("PATH").unwrap_or_default();
    let mut results = Vec::new();
    for step in document["jobs"]["check"]["steps"].as_vec().expect("steps") {
        if !step["uses"].is_badvalue() {
            continue;
        }
        if let Some(condition) = step["if"].as_str() {
            assert_eq!(condition, "vars.DISCLOSE_GIT != ''", "a condition this test does not know");
            if vars.iter().all(|(name, _)| *name != "DISCLOSE_GIT") {
                continue;
            }
        }
        let name = step["name"].as_str().unwrap_or("(unnamed)").to_string();
        let script = step["run"].as_str().expect("a run step");
        let mut command = Process::new("bash");
        // GitHub Actions runs `run:` with `bash --noprofile --norc -eo pipefail {0}`.
        command.args(["--noprofile", "--norc", "-eo", "pipefail", "-c", script]);
        command.current_dir(repo.path()).env("HOME", home).env("NO_COLOR", "1");
        command.env("GITHUB_PATH", &github_path).env("GITHUB_OUTPUT", &github_output);
        for (key, value) in &env {
            command.env(key, value);
        }
        if let Some(step_env) = step["env"].as_hash() {
            for (key, value) in step_env {
                command.env(key.as_str().unwrap(), expression(value.as_str().unwrap()));
            }
        }
        command.env("PATH", &path);
        let output = command.output().unwrap();
        let code = output.status.code().unwrap_or(-1);
        results.push((
            name,
            code,
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
        if code != 0 {
            break;
        }
        for added in fs::read_to_string(&github_path).unwrap().lines().rev() {
            path = format!("{added}:{path}");
        }
        fs::write(&github_path, "").unwrap();
    }
    results
}

#[test]
fn the_github_workflow_installs_the_release_archive_checks_its_sha256_and_runs_check() {
    let repo = Repo::init();
    let outside = tempfile::tempdir().unwrap();
    let releases = local_release(outside.path());
    let url = format!("file://{}", releases.display());

    // An archive that is not the one pinned: refused, nothing installed, check not run.
    let home = outside.path().join("home-refused");
    fs::create_dir_all(&home).unwrap();
    let wrong = "0".repeat(64);
    let steps = run_github_steps(&repo, &home, &[("DISCLOSE_RELEASE_URL", &url), ("DISCLOSE_SHA256", &wrong)]);
    assert_eq!(steps.len(), 1, "{steps:#?}");
    let (_, code, stdout, _) = &steps[0];
    assert_ne!(*code, 0);
    assert!(stdout.contains("does not have the SHA-256"), "{stdout}");
    assert!(!home.join(".disclose/bin/disclose").exists(), "a binary that failed its check was installed");

    // The release's own .sha256: installed, then the check runs.
    let home = outside.path().join("home");
    fs::create_dir_all(&home).unwrap();
    let steps = run_github_steps(&repo, &home, &[("DISCLOSE_RELEASE_URL", &url)]);
    let names: Vec<&str> = steps.iter().map(|(name, ..)| name.as_str()).collect();
    assert_eq!(names, ["Install disclose", "Check"], "{steps:#?}");
    for (name, code, stdout, stderr) in &steps {
        assert_eq!(*code, 0, "{name}\nstdout:\n{stdout}\nstderr:\n{stderr}");
    }
    assert!(home.join(".disclose/bin/disclose").is_file());
    let (_, _, install_out, _) = &steps[0];
    assert!(install_out.contains(": OK"), "the SHA-256 was not checked:\n{install_out}");
    assert!(
        install_out.contains(&format!("disclose {} (commit ", env!("CARGO_PKG_VERSION"))),
        "{install_out}"
    );
    let (_, _, check_out, _) = &steps[1];
    assert!(
        check_out.contains("::warning file=disclose.toml"),
        "not the fresh repository's check:\n{check_out}"
    );
}

#[test]
fn the_github_workflow_downloads_from_the_default_address_or_asks_for_one() {
    let repo = Repo::init();
    let default = disclose::commands::init::release_url();
    let text = repo.read(".github/workflows/disclose.yml");
    assert!(text.contains(&format!("DISCLOSE_DEFAULT_RELEASE_URL: \"{default}\"")), "{text}");
    if default.is_empty() {
        // Cargo.toml's repository is still the placeholder: the step says what to set.
        let home = tempfile::tempdir().unwrap();
        let steps = run_github_steps(&repo, home.path(), &[]);
        let (_, code, stdout, _) = &steps[0];
        assert_ne!(*code, 0);
        assert!(stdout.contains("set the repository variable DISCLOSE_RELEASE_URL"), "{stdout}");
    } else {
        assert!(default.starts_with("https://") && default.ends_with("/releases/download"), "{default}");
    }
}

/// The release workflow is the one `dist generate` writes from dist-workspace.toml: the same
/// dist version, every platform the README promises, both installers and the checksums.
/// (Regenerate with `dist generate` after changing dist-workspace.toml; `dist` itself is
/// not run here, its install takes half an hour on CI's machine.)
#[test]
fn the_release_workflow_is_dists_own_for_every_promised_platform() {
    let root = project_root();
    let workflow = fs::read_to_string(root.join(".github/workflows/release.yml")).expect("release.yml");
    let config = fs::read_to_string(root.join("dist-workspace.toml")).expect("dist-workspace.toml");
    let config: toml::Table = config.parse().expect("dist-workspace.toml parses");
    let dist = config["dist"].as_table().expect("[dist]");
    let version = dist["cargo-dist-version"].as_str().expect("cargo-dist-version");
    assert!(workflow.starts_with("# This file was autogenerated by dist"), "release.yml is not dist's");
    assert!(
        workflow.contains(&format!("cargo-dist/releases/download/v{version}/")),
        "release.yml is not from dist {version}: run `dist generate`"
    );
    let targets: Vec<&str> = dist["targets"].as_array().expect("targets").iter().filter_map(toml::Value::as_str).collect();
    for promised in [
        "x86_64-pc-windows-msvc",
        "x86_64-unknown-linux-musl",
        "aarch64-unknown-linux-gnu",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
    ] {
        assert!(targets.contains(&promised), "{promised} missing from dist-workspace.toml");
    }
    let installers: Vec<&str> = dist["installers"]
        .as_array()
        .expect("installers")
        .iter()
        .filter_map(toml::Value::as_str)
        .collect();
    assert_eq!(installers, ["shell", "powershell"]);
    assert_eq!(dist["checksum"].as_str(), Some("sha256"));
    // Pushing a version tag starts it.
    assert!(
        workflow.contains("tags:") && workflow.contains("'**[0-9]+.[0-9]+.[0-9]+*'"),
        "release.yml does not run on version tags"
    );
}
