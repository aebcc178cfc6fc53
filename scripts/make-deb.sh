#!/usr/bin/env bash
# Builds a Debian package of roadmap with dpkg-deb: the files `make install` writes, under
# /usr, and a control file whose Depends dpkg-shlibdeps computes from the libraries the
# binary links (glibc, libstdc++, ncursesw, libxml2 …; no Swift library, linked statically).
#   scripts/make-deb.sh BINARY OUTPUT_FOLDER
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:?usage: scripts/make-deb.sh BINARY OUTPUT_FOLDER}
out=${2:?usage: scripts/make-deb.sh BINARY OUTPUT_FOLDER}
for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture; do
  command -v "$tool" >/dev/null || { echo "roadmap deb: $tool is missing: install dpkg-dev (scripts/bootstrap does)" >&2; exit 1; }
done
version=$("$binary" --version)
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
DESTDIR="$root" scripts/install.sh install /usr "$binary" >/dev/null

# dpkg-shlibdeps wants a source package's debian/control to read.
mkdir -p "$work/src/debian"
printf 'Source: roadmap\n\nPackage: roadmap\nArchitecture: any\n' > "$work/src/debian/control"
depends=$(cd "$work/src" && dpkg-shlibdeps -O "$root/usr/bin/roadmap" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "roadmap deb: dpkg-shlibdeps found no dependencies for $binary" >&2; exit 1; }

# The maintainers as the project's history names them.
maintainer=$(git log -1 --format='%an <%ae>' 2>/dev/null || true)
[ -n "$maintainer" ] || maintainer="roadmap maintainers <roadmap@localhost>"
mkdir -p "$root/DEBIAN"
size=$(du -sk "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: roadmap
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size
Depends: $depends
Section: utils
Priority: optional
Description: explore the pan-Canadian digital government roadmap of 2016
 A terminal program that shows a roadmap as a Gantt grid, computes what its
 dependencies imply (schedule, critical path, what a slip would do), filters,
 and exports each view as text, Markdown, CSV, JSON, MS Project XML, SVG or
 HTML, in French and English. Ships the pan-Canadian digital government
 roadmap of 2016 and reads any roadmap in the same format.
CONTROL
mkdir -p "$out"
package="$out/roadmap_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$package" >/dev/null
echo "$package"
