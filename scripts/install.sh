#!/usr/bin/env bash
# Installs or uninstalls roadmap under a prefix: what `make install`, `make uninstall` and
# `make deb` run.
#   scripts/install.sh install PREFIX BINARY     (DESTDIR, if set, is put before PREFIX)
#   scripts/install.sh uninstall PREFIX
# Installing is all or nothing: every file is first copied next to its destination under a
# temporary name, and only once all are there are they renamed into place; a folder that
# cannot be made or written stops it before anything changed, with the reason.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "roadmap install: $*" >&2; exit 1; }

action=${1:-}
prefix=${2:-}
[ -n "$action" ] && [ -n "$prefix" ] || die "usage: scripts/install.sh install|uninstall PREFIX [BINARY]"
case "$prefix" in /*) ;; *) die "PREFIX must be an absolute path, not '$prefix'" ;; esac
root="${DESTDIR:-}$prefix"

# zsh looks in site-functions under /usr/local (and other prefixes), and Debian's zsh in
# vendor-completions for what packages put under /usr.
zsh_folder=share/zsh/site-functions
[ "$prefix" = /usr ] && zsh_folder=share/zsh/vendor-completions

# Where each file goes under the prefix; uninstall removes exactly these.
files=(
  "bin/roadmap"
  "share/man/man1/roadmap.1"
  "share/bash-completion/completions/roadmap"
  "$zsh_folder/_roadmap"
  "share/fish/vendor_completions.d/roadmap.fish"
  "share/roadmap/roadmap.json"
)

if [ "$action" = uninstall ]; then
  removed=0
  for file in "${files[@]}"; do
    if [ -e "$root/$file" ] || [ -L "$root/$file" ]; then
      rm -f "$root/$file" || die "cannot remove $root/$file"
      echo "removed $root/$file"
      removed=$((removed + 1))
    fi
  done
  # The one folder that is roadmap's own.
  rmdir "$root/share/roadmap" 2>/dev/null || true
  [ "$removed" -gt 0 ] || echo "roadmap install: nothing of roadmap's under $root"
  exit 0
fi

[ "$action" = install ] || die "unknown action '$action' (install or uninstall)"
binary=${3:-}
[ -n "$binary" ] && [ -x "$binary" ] || die "no built program at '${binary}' (make builds it)"

# Every folder, checked before anything is made: it is there and writable, or the nearest
# folder above it that is there is writable (so that it can be made).
for file in "${files[@]}"; do
  folder=$(dirname "$root/$file")
  existing=$folder
  while [ ! -d "$existing" ]; do
    [ -e "$existing" ] && die "cannot make the folder $folder: $existing is not a folder"
    existing=$(dirname "$existing")
  done
  if [ ! -w "$existing" ] || [ ! -x "$existing" ]; then
    if [ "$existing" = "$folder" ]; then
      die "cannot write in $folder: Permission denied; choose another PREFIX, or run as a user who may write there"
    fi
    die "cannot make the folder $folder: Permission denied (in $existing); choose another PREFIX, or run as a user who may write there"
  fi
done

# Everything that will be installed, made first in a staging folder: the binary, the man
# page, the completion scripts the binary writes, the shipped roadmap.
stage=$(mktemp -d)
made=()
cleanup() {
  rm -rf "$stage"
  for temporary in "${made[@]}"; do rm -f "$temporary"; done
}
trap cleanup EXIT
mkdir -p "$stage/bin" "$stage/share/man/man1" "$stage/share/bash-completion/completions" \
  "$stage/$zsh_folder" "$stage/share/fish/vendor_completions.d" "$stage/share/roadmap"
cp "$binary" "$stage/bin/roadmap"
# Without its symbols the program is about half the size; it runs the same.
if command -v strip >/dev/null 2>&1; then strip "$stage/bin/roadmap"; fi
cp docs/man/roadmap.1 "$stage/share/man/man1/roadmap.1"
"$binary" --generate-completion-script bash > "$stage/share/bash-completion/completions/roadmap"
"$binary" --generate-completion-script zsh > "$stage/$zsh_folder/_roadmap"
"$binary" --generate-completion-script fish > "$stage/share/fish/vendor_completions.d/roadmap.fish"
"$binary" validate roadmap.json >/dev/null || die "the shipped roadmap.json does not validate"
cp roadmap.json "$stage/share/roadmap/roadmap.json"

# The folders.
for file in "${files[@]}"; do
  folder=$(dirname "$root/$file")
  mkdir -p "$folder" 2>"$stage/error" || die "cannot make the folder $folder: $(sed 's/^mkdir: //' "$stage/error")"
done

# Every file beside its destination under a temporary name, then all renamed.
for file in "${files[@]}"; do
  temporary=$(mktemp "$(dirname "$root/$file")/.roadmap-install.XXXXXX") || die "cannot write in $(dirname "$root/$file")"
  made+=("$temporary")
  cp "$stage/$file" "$temporary" || die "cannot copy $file to $(dirname "$root/$file")"
  case "$file" in bin/*) chmod 755 "$temporary" ;; *) chmod 644 "$temporary" ;; esac
done
index=0
for file in "${files[@]}"; do
  mv -f "${made[$index]}" "$root/$file"
  echo "installed $root/$file"
  index=$((index + 1))
done
made=()
