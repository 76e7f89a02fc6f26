#!/usr/bin/env bash
# Builds the Linux installers of CNN Lab: an app-image folder and a .deb (and an .rpm with --rpm).
#
#   packaging/build-linux.sh [--rpm]
#
# Output in target/packaging/: app-image/CNN Lab/ (run bin/"CNN Lab"), cnnlab_<version>_amd64.deb,
# and with --rpm cnnlab-<version>-1.x86_64.rpm.
# Maven builds the app with the JDK on PATH (17+); jdeps, jlink and jpackage come from the Temurin
# JDK in PACKAGING_JDK (default /usr/lib/jvm/temurin-25-jdk-amd64), whose runtime is bundled.
# Natives: the pom's linux-x86_64 classifiers (ND4J, OpenBLAS, OpenCV, JavaCPP) and JavaFX "linux".
# Needs fakeroot and dpkg-deb (rpmbuild for --rpm); run as root to have missing ones installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jdk="${PACKAGING_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
out="$root/target/packaging"
make_rpm=false
[ "${1:-}" = "--rpm" ] && make_rpm=true

need_debian_packages() {
  local missing=()
  for spec in "$@"; do
    command -v "${spec%%:*}" >/dev/null || missing+=("${spec##*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${missing[*]}..." >&2
    apt-get install -y --no-install-recommends "${missing[@]}" >&2
  else
    echo "Missing tools; install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
}

[ -x "$jdk/bin/jpackage" ] || { echo "No jpackage in $jdk: install Temurin 25 or set PACKAGING_JDK." >&2; exit 1; }
need_debian_packages fakeroot:fakeroot dpkg-deb:dpkg
$make_rpm && need_debian_packages rpmbuild:rpm

version=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' "$root/pom.xml" | head -1)
echo "== CNN Lab $version: building the jar and collecting its runtime dependencies"
rm -rf "$out"
mkdir -p "$out/input" "$out/javafx"
mvn -B -q -f "$root/pom.xml" -DskipTests package
mvn -B -q -f "$root/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out/deps"
cp "$root/target/cnnlab-"*.jar "$out/input/cnnlab.jar"
for jar in "$out/deps/"*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) mv "$jar" "$out/javafx/" ;;  # linked into the runtime below
    javafx-*.jar) ;;                                # empty placeholder jars of the JavaFX POMs
    *) mv "$jar" "$out/input/" ;;
  esac
done
# The gallery ships beside the jars; $APPDIR in the launcher options points there.
mkdir -p "$out/input/sample-images"
find "$root/sample-images" -maxdepth 1 -type f ! -name '*.sh' -exec cp {} "$out/input/sample-images/" \;

echo "== finding the JDK modules with jdeps"
fx_path=$(ls "$out/javafx/"*.jar | paste -sd: -)
deps_path=$(ls "$out/input/"*.jar | grep -v '/cnnlab.jar$' | paste -sd: -)
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
  --module-path "$fx_path" --class-path "$deps_path" "$out/input/cnnlab.jar" 2>/dev/null | tail -1)
# Used by reflection or by service lookup, which jdeps cannot see: JNDI (logback), javax.script
# (Batik), the zip file system.
modules="$modules,java.naming,java.scripting,jdk.zipfs"
echo "   $modules"

echo "== linking the runtime (JDK $("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p') + JavaFX)"
"$jdk/bin/jlink" --module-path "$fx_path" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$out/runtime"
# JavaFX loads its natives from the runtime's lib folder before trying to unpack them from its jars.
unzip -q -o -j "$out/javafx/javafx-graphics-"*-linux.jar '*.so' -d "$out/runtime/lib"

java_options=(
  -XX:MaxRAMPercentage=40                         # heap follows the machine (a 4 GB school PC gets 1.6 GB)
  -Dfile.encoding=UTF-8
  '-Dcnnlab.samples=$APPDIR/sample-images'
  --enable-native-access=ALL-UNNAMED,javafx.graphics
  --sun-misc-unsafe-memory-access=allow
  --add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED
)
for spec in javafx.base/com.sun.javafx.event javafx.base/com.sun.javafx.collections javafx.base/com.sun.javafx.runtime \
            javafx.graphics/com.sun.javafx.scene javafx.graphics/com.sun.javafx.css \
            javafx.controls/com.sun.javafx.scene.control javafx.controls/com.sun.javafx.scene.control.behavior; do
  java_options+=("--add-exports=$spec=ALL-UNNAMED")
done
option_args=()
for option in "${java_options[@]}"; do
  option_args+=(--java-options "$option")
done

common=(--name "CNN Lab" --app-version "$version" --vendor "CNN Lab"
        --description "See how convolutional neural networks see: kernels, feature maps and training, step by step"
        --copyright "CNN Lab authors" --icon "$root/packaging/cnnlab.png")

echo "== jpackage: app-image"
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$out/app-image" \
  --input "$out/input" --main-jar cnnlab.jar --main-class org.cnnlab.app.Main \
  --runtime-image "$out/runtime" "${option_args[@]}"

linux=(--linux-package-name cnnlab --linux-shortcut --linux-menu-group Education --linux-app-category Education
       --linux-deb-maintainer "cnnlab@example.org" --linux-package-deps "libgtk-3-0, libgl1, libxtst6")
echo "== jpackage: .deb"
"$jdk/bin/jpackage" --type deb "${common[@]}" "${linux[@]}" --app-image "$out/app-image/CNN Lab" --dest "$out"
if $make_rpm; then
  echo "== jpackage: .rpm"
  "$jdk/bin/jpackage" --type rpm "${common[@]}" "${linux[@]}" --app-image "$out/app-image/CNN Lab" --dest "$out"
fi

echo "== done"
du -sh "$out/app-image/CNN Lab" | sed 's/^/   app-image /'
for package in "$out"/*.deb "$out"/*.rpm; do
  [ -f "$package" ] && echo "   $(du -h "$package" | cut -f1)  $package"
done
exit 0
