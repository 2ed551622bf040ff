#!/usr/bin/env bash
# Package test run by CI (as root): builds the Debian package from a built build directory,
# installs it the way a user would (apt resolves its Depends), runs the installed command-line
# companion from /usr/bin, validates the installed desktop files, then removes the package.
# Prints what it did with sizes and times; exits non-zero on the first failure.
#
# Usage: packaging/test-deb.sh BUILD_DIR
# Needs: cpack (cmake), dpkg-dev (dpkg-shlibdeps), desktop-file-utils, appstream,
#        shared-mime-info and libglib2.0-bin (gio) for the MIME check.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
build_dir=$(realpath "$1")
readonly app_id=org.cercles.Cercles
readonly mime_type=application/x-cercles-organisation
export DEBIAN_FRONTEND=noninteractive

fail() {
    echo "test-deb: FAILED: $*" >&2
    exit 1
}
step() { echo "test-deb: == $*"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

for tool in cpack dpkg-deb dpkg-shlibdeps lintian man apt-get desktop-file-validate appstreamcli gio update-mime-database; do
    command -v "$tool" > /dev/null || fail "$tool is not installed"
done
[[ $(id -u) -eq 0 ]] || fail "must run as root (it installs and removes the package)"
[[ -f "$build_dir/CPackConfig.cmake" ]] || fail "$build_dir is not a configured build directory"

work=$(mktemp -d)
installed_here=false
cleanup() {
    # On failure after the install, leave the machine as it was found.
    if $installed_here; then
        apt-get remove -y -q cercles > /dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "cpack -G DEB in $build_dir"
t=$(now)
rm -f "$build_dir"/cercles_*.deb
(cd "$build_dir" && cpack -G DEB) > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack"; }
cpack_time=$(elapsed "$t")
shopt -s nullglob
debs=("$build_dir"/cercles_*_amd64.deb)
shopt -u nullglob
[[ ${#debs[@]} -eq 1 ]] || fail "expected one cercles_*_amd64.deb in $build_dir, found ${#debs[@]}"
deb=${debs[0]}
echo "test-deb: built $(basename "$deb") in $cpack_time"
dpkg-deb -I "$deb"
deb_bytes=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)

# Debian's own checks of the package: no error and no warning (informational tags are printed only).
step "lintian $(basename "$deb")"
lintian --fail-on error,warning --display-info "$deb" || fail "lintian reports errors or warnings"
echo "test-deb: lintian: no error, no warning"

step "apt-get install $(basename "$deb")"
t=$(now)
apt-get install -y -q "$deb" > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install"; }
installed_here=true
install_time=$(elapsed "$t")
# What apt pulled in besides the package itself (the Depends a clean machine lacks).
awk '/^The following NEW packages/ { p = 1; print; next }
     p && /^  / { print; next }
     { p = 0 }
     /^[0-9]+ upgraded/ { print }' "$work/install.log"

step "installed files"
for f in /usr/bin/cercles /usr/bin/cercles-cli /usr/lib/cercles/cercles-cli-full \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/mime/packages/$app_id.xml" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/doc/cercles/copyright /usr/share/doc/cercles/changelog.gz \
    /usr/share/man/man1/cercles.1.gz /usr/share/man/man1/cercles-cli.1.gz; do
    [[ -f "$f" ]] || fail "$f is not installed"
done
for size in 16 32 48 64 128 256; do
    f="/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [[ -f "$f" ]] || fail "$f is not installed"
done
for exe in /usr/bin/cercles /usr/bin/cercles-cli /usr/lib/cercles/cercles-cli-full; do
    if ldd "$exe" | grep -q 'not found'; then
        ldd "$exe" >&2
        fail "$exe has unresolved libraries: the package Depends are incomplete"
    fi
done
dpkg -L cercles | grep -E '^/usr/(bin|lib/cercles|share/(applications|metainfo|mime/packages))/.'

step "manual pages and --version / --help without a display"
for page in cercles cercles-cli; do
    man -P cat "$page" 2> /dev/null | grep -q "^NAME" || fail "man $page shows no manual page"
done
for exe in /usr/bin/cercles /usr/bin/cercles-cli; do
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$exe" --version | grep -q "0\." \
        || fail "$exe --version without a display"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$exe" --help > /dev/null \
        || fail "$exe --help without a display"
done

step "cercles-cli demo and check from /usr/bin"
organisation="$work/x.cercles"
/usr/bin/cercles-cli demo "$organisation" || fail "cercles-cli demo $organisation"
[[ -s "$organisation" ]] || fail "cercles-cli demo did not create $organisation"
/usr/bin/cercles-cli check "$organisation" || fail "cercles-cli check $organisation"
# Exports are handed over to /usr/lib/cercles/cercles-cli-full (cercles-cli links no Qt Gui).
/usr/bin/cercles-cli register "$organisation" --output "$work/register.pdf" \
    || fail "cercles-cli register --output register.pdf"
[[ -s "$work/register.pdf" ]] || fail "cercles-cli register wrote no PDF"

step "desktop-file-validate and appstreamcli validate on the installed files"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"

# The shared-mime-info trigger has rebuilt /usr/share/mime at install; gio reads that database
# directly (no desktop session needed). A copy without the extension checks the magic (SQLite
# header plus the Cercles application id), which is what recognises a renamed file.
step "MIME type of the demo file (by extension and by content)"
cp "$organisation" "$work/renamed"
for f in "$organisation" "$work/renamed"; do
    type=$(gio info -a standard::content-type "$f" | sed -n 's/^ *standard::content-type: //p')
    echo "test-deb: $f: $type"
    [[ "$type" == "$mime_type" ]] || fail "$f is detected as '$type', expected $mime_type"
done

step "apt-get remove cercles"
t=$(now)
apt-get remove -y -q cercles > "$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "apt-get remove"; }
installed_here=false
remove_time=$(elapsed "$t")
[[ ! -e /usr/bin/cercles-cli && ! -e "/usr/share/applications/$app_id.desktop" ]] \
    || fail "files left after apt-get remove"
[[ ! -e "/usr/share/mime/application/x-cercles-organisation.xml" ]] \
    || fail "MIME type still registered after apt-get remove"

echo "test-deb: summary"
echo "test-deb:   package        $(basename "$deb"), $((deb_bytes / 1024)) KiB (Installed-Size $installed_kib KiB)"
echo "test-deb:   cpack          $cpack_time"
echo "test-deb:   apt-get install $install_time"
echo "test-deb:   apt-get remove $remove_time"
echo "test-deb: OK"
