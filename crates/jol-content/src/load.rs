//! Reading a content directory: every `*.toml` below it, in a stable order.

use std::path::{Path, PathBuf};

/// One authored file: where it is and what it says.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given (relative to where the tool was run when the directory was relative), so
    /// `path:line:` messages open in an editor.
    pub path: PathBuf,
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read the content directory {path}: {source}")]
    Dir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {path}: {source}")]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} is not a directory: give the folder that holds the content files (e.g. assets/content)")]
    NotADirectory(PathBuf),
}

/// Every `*.toml` file below `dir` (the dataset's `dataset.toml` included), sorted by path so
/// that builds and messages do not depend on the file system's order.
pub fn load_dir(dir: &Path) -> Result<Vec<SourceFile>, LoadError> {
    if !dir.is_dir() {
        return Err(LoadError::NotADirectory(dir.to_path_buf()));
    }
    let mut paths = Vec::new();
    collect(dir, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|path| match std::fs::read_to_string(&path) {
            Ok(text) => Ok(SourceFile { path, text }),
            Err(source) => Err(LoadError::File { path, source }),
        })
        .collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Dir {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries {
        let entry = entry.map_err(|source| LoadError::Dir {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
    Ok(())
}
