# Shared by the scripts: messages and small helpers. Sourced, not run.
say()  { printf '\033[1m[jol]\033[0m %s\n' "$*"; }
step() { printf '\033[1;34m[jol] ==>\033[0m %s\n' "$*"; }
die()  { printf '\033[1;31m[jol] error:\033[0m %s\n' "$*" >&2; exit 1; }
sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
