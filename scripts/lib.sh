# Shared by the scripts: messages and small helpers. Sourced, not run.
say()  { printf '\033[1m[jol]\033[0m %s\n' "$*"; }
# A step also closes the one before it with its time, so a CI log shows where the minutes go.
_step_name=""
_step_start=$SECONDS
step_done() {
  if [ -n "$_step_name" ]; then
    printf '\033[1m[jol]\033[0m took %d s: %s\n' "$((SECONDS - _step_start))" "$_step_name"
  fi
  _step_name=""
}
step() {
  step_done
  _step_name="$*"
  _step_start=$SECONDS
  printf '\033[1;34m[jol] ==>\033[0m %s\n' "$*"
}
die()  { printf '\033[1;31m[jol] error:\033[0m %s\n' "$*" >&2; exit 1; }
sudo_() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
