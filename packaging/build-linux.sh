#!/usr/bin/env bash
# Builds the Linux installers of CNN Lab: the app-image and the .deb (and an .rpm with --rpm).
#
#   packaging/build-linux.sh [--rpm]
#
# Output in target/packaging/: app-image/CNN Lab/ (run bin/"CNN Lab"), cnnlab_<version>_amd64.deb,
# and with --rpm cnnlab-<version>-1.x86_64.rpm. About 3 minutes on two cores, most of it xz.
# Maven builds the app with the JDK on PATH (17+); jdeps, jlink and jpackage come from the Temurin
# JDK in PACKAGING_JDK (default /usr/lib/jvm/temurin-25-jdk-amd64), whose runtime is bundled.
# Needs fakeroot, dpkg-deb and python3 (rpmbuild for --rpm); as root, missing ones are installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
types=(app-image deb)
[ "${1:-}" = "--rpm" ] && types+=(rpm)

missing=()
for spec in fakeroot:fakeroot dpkg-deb:dpkg python3:python3; do
  command -v "${spec%%:*}" > /dev/null || missing+=("${spec##*:}")
done
[ "${1:-}" = "--rpm" ] && { command -v rpmbuild > /dev/null || missing+=(rpm); }
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${missing[*]}..." >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "Missing tools; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
exec "$here/build-installer.sh" "${types[@]}"
