#!/usr/bin/env bash
# Builds CNN Lab installers with jpackage for the operating system it runs on.
#
#   packaging/build-installer.sh TYPE...     TYPE: app-image deb rpm (Linux), msi exe (Windows), dmg pkg (macOS)
#
# Linux users call packaging/build-linux.sh; .github/workflows/installers.yml calls this on Windows
# and macOS. Output: target/packaging/ (app-image/CNN Lab*, and one file per installer type).
#
# Environment:
#   PACKAGING_JDK      JDK whose jdeps/jlink/jpackage are used and whose runtime is bundled
#                      (default /usr/lib/jvm/temurin-25-jdk-amd64). Maven uses the JDK on PATH (17+).
#   NATIVE_CLASSIFIER  ND4J/OpenBLAS/OpenCV/JavaCPP natives: linux-x86_64, windows-x86_64,
#                      macosx-x86_64, macosx-arm64 (default: this machine's)
#   JAVAFX_PLATFORM    JavaFX natives: linux, win, mac, mac-aarch64 (default: this machine's)
#   ND4J_CLASSIFIER    ND4J's natives (default: NATIVE_CLASSIFIER-onednn where Maven Central has a oneDNN
#                      build, i.e. linux-x86_64, windows-x86_64, macosx-x86_64; plain macosx-arm64)
#   PACKAGE_VERSION    installer version (default: the pom's, without -SNAPSHOT; macOS needs 1.0 or more)
#   MAVEN_ARGS         extra Maven arguments, e.g. -o
# Works with bash 3.2 (macOS). Only the chosen platform's natives go into the installer: the pom's native.classifier,
# javacpp.platform, nd4j.classifier and javafx.platform properties are set from the variables above.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/target/packaging"
[ $# -gt 0 ] || { echo "usage: $0 TYPE... (app-image deb rpm msi exe dmg pkg)" >&2; exit 2; }
types=("$@")

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) os=linux; classifier=linux-x86_64; fx=linux ;;
  Darwin-arm64) os=mac; classifier=macosx-arm64; fx=mac-aarch64 ;;
  Darwin-x86_64) os=mac; classifier=macosx-x86_64; fx=mac ;;
  MINGW*-x86_64 | MSYS*-x86_64 | CYGWIN*-x86_64) os=windows; classifier=windows-x86_64; fx=win ;;
  *) echo "CNN Lab has no native libraries for $(uname -s) $(uname -m)." >&2; exit 1 ;;
esac
classifier="${NATIVE_CLASSIFIER:-$classifier}"
fx="${JAVAFX_PLATFORM:-$fx}"
# oneDNN trains 4-5x faster; nd4j-native 1.0.0-M2.1 has no macosx-arm64-onednn build (checked on Maven Central).
case "$classifier" in
  macosx-arm64) nd4j_classifier="$classifier" ;;
  *) nd4j_classifier="$classifier-onednn" ;;
esac
nd4j_classifier="${ND4J_CLASSIFIER:-$nd4j_classifier}"
jdk="${PACKAGING_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
python=$(command -v python3 || command -v python) || { echo "Python 3 is needed to repack the jars." >&2; exit 1; }
[ -x "$jdk/bin/jpackage" ] || [ -x "$jdk/bin/jpackage.exe" ] \
  || { echo "No jpackage in $jdk: install Temurin 25 or set PACKAGING_JDK." >&2; exit 1; }

# Paths and path lists handed to the JDK tools, in the form the OS's Java expects.
native_path() {
  if [ "$os" = windows ]; then cygpath -w "$1"; else printf '%s' "$1"; fi
}
path_list() {
  local separator=':' list='' item
  [ "$os" = windows ] && separator=';'
  for item in "$@"; do list="${list:+$list$separator}$(native_path "$item")"; done
  printf '%s' "$list"
}

version="${PACKAGE_VERSION:-$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' "$root/pom.xml" | head -1)}"
echo "== CNN Lab $version for $classifier (ND4J $nd4j_classifier, JavaFX $fx): building the jar and collecting its runtime dependencies"
rm -rf "$out"
mkdir -p "$out/input" "$out/javafx"
platform=(-Dnative.classifier="$classifier" -Djavacpp.platform="$classifier" -Dnd4j.classifier="$nd4j_classifier"
          -Djavafx.platform="$fx")
read -r -a maven_args <<< "${MAVEN_ARGS:-}" || true
mvn -B -q -f "$(native_path "$root/pom.xml")" ${maven_args[@]+"${maven_args[@]}"} "${platform[@]}" -DskipTests package
mvn -B -q -f "$(native_path "$root/pom.xml")" ${maven_args[@]+"${maven_args[@]}"} "${platform[@]}" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$(native_path "$out/deps")"
cp "$root/target/cnnlab-"*.jar "$out/input/cnnlab.jar"
for jar in "$out/deps/"*.jar; do
  case "$(basename "$jar")" in
    javafx-*-"$fx".jar) mv "$jar" "$out/javafx/" ;;  # linked into the runtime below
    javafx-*.jar) ;;                                # empty placeholder jars of the JavaFX POMs
    *) mv "$jar" "$out/input/" ;;
  esac
done
opencv_jar=""
dependency_jars=()
other_jars=()
for jar in "$out/input/"*.jar; do
  name=$(basename "$jar")
  case "$name" in
    *-"$classifier".jar | nd4j-native-*-"$nd4j_classifier".jar) ;;
    *-linux-* | *-windows-* | *-macosx-*) echo "Natives of another platform slipped in: $name" >&2; exit 1 ;;
  esac
  [ "$name" = cnnlab.jar ] || dependency_jars+=("$jar")
  case "$name" in
    opencv-*-"$classifier".jar) opencv_jar="$jar" ;;
    *) other_jars+=("$jar") ;;
  esac
done

echo "== storing the jars uncompressed, so that the installer's own compression sees their contents"
opencv_natives="org/bytedeco/opencv/$classifier"
# CNN Lab calls OpenCV's core, imgproc and imgcodecs only. On Linux, where packaging/test-linux.sh
# proves it (the installed self-test decodes and convolves with OpenCV), the other modules'
# libraries stay out too: 30 MB that kept the .deb over its 150 MB budget with ND4J's oneDNN build.
opencv_unused=()
if [ "$os" = linux ]; then
  opencv_unused=(--drop-matching "$opencv_natives/lib(jni)?opencv_(?!core|imgproc|imgcodecs)[a-z0-9_]+\\.so.*")
fi
"$python" "$root/packaging/repack-stored.py" --drop "$opencv_natives/python/" --drop "$opencv_natives/share/" \
  --drop "$opencv_natives/include/" ${opencv_unused[@]+"${opencv_unused[@]}"} "$opencv_jar"
"$python" "$root/packaging/repack-stored.py" "${other_jars[@]}"
# The gallery ships beside the jars; $APPDIR in the launcher options points there.
mkdir -p "$out/input/sample-images"
find "$root/sample-images" -maxdepth 1 -type f ! -name '*.sh' -exec cp {} "$out/input/sample-images/" \;
# So do the lessons (Markdown and their pictures).
mkdir -p "$out/input/lessons"
cp -R "$root/lessons/." "$out/input/lessons/"

echo "== finding the JDK modules with jdeps"
fx_path=$(path_list "$out/javafx/"*.jar)
deps_path=$(path_list "${dependency_jars[@]}")
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 \
  --module-path "$fx_path" --class-path "$deps_path" "$(native_path "$out/input/cnnlab.jar")" 2>/dev/null | tail -1 | tr -d '\r')
# Used by reflection or by service lookup, which jdeps cannot see: JNDI (logback), javax.script
# (Batik), the zip file system.
modules="$modules,java.naming,java.scripting,jdk.zipfs"
echo "   $modules"

echo "== linking the runtime (Java from $jdk, JavaFX $fx)"
# Uncompressed (zip-0): the installer's compression packs the class files better than jlink's zip.
"$jdk/bin/jlink" --module-path "$fx_path" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-0 --output "$(native_path "$out/runtime")"
# JavaFX loads its natives from the runtime's library folder before unpacking them from its jars.
case "$os" in
  windows) fx_natives="$out/runtime/bin" fx_suffix=.dll ;;
  mac) fx_natives="$out/runtime/lib" fx_suffix=.dylib ;;
  *) fx_natives="$out/runtime/lib" fx_suffix=.so ;;
esac
"$python" -c 'import sys, zipfile
jar = zipfile.ZipFile(sys.argv[1])
for name in jar.namelist():
    if "/" not in name and name.endswith(sys.argv[3]):
        jar.extract(name, sys.argv[2])' \
  "$(native_path "$(ls "$out/javafx/javafx-graphics-"*.jar)")" "$(native_path "$fx_natives")" "$fx_suffix"

# $APPDIR is for jpackage's launcher to expand; the commas separate module names.
# shellcheck disable=SC2016,SC2054
java_options=(
  -XX:MaxRAMPercentage=40
  -XX:GCTimeRatio=4
  -Dfile.encoding=UTF-8
  '-Dcnnlab.samples=$APPDIR/sample-images'
  '-Dcnnlab.lessons=$APPDIR/lessons'
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

case "$os" in
  windows) icon="$root/packaging/cnnlab.ico" ;;
  mac)
    icon="$out/cnnlab.icns"
    iconset="$out/cnnlab.iconset"
    mkdir -p "$iconset"
    for size in 16 32 128 256; do
      sips -z "$size" "$size" "$root/packaging/cnnlab.png" --out "$iconset/icon_${size}x${size}.png" > /dev/null
      sips -z $((size * 2)) $((size * 2)) "$root/packaging/cnnlab.png" --out "$iconset/icon_${size}x${size}@2x.png" > /dev/null
    done
    iconutil -c icns "$iconset" -o "$icon"
    ;;
  *) icon="$root/packaging/cnnlab.png" ;;
esac
# Double-clicking a kernel set or a lesson pack starts the app with that file (Main opens it).
associations=()
for properties in "$root/packaging/associations/"*.properties; do
  associations+=(--file-associations "$(native_path "$properties")")
done
common=(--name "CNN Lab" --app-version "$version" --vendor "CNN Lab"
        --description "See how convolutional neural networks see: kernels, feature maps and training, step by step"
        --copyright "CNN Lab authors" --icon "$(native_path "$icon")")

echo "== jpackage: app-image"
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$(native_path "$out/app-image")" \
  --input "$(native_path "$out/input")" --main-jar cnnlab.jar --main-class org.cnnlab.app.Main \
  --runtime-image "$(native_path "$out/runtime")" "${option_args[@]}"
images=("$out/app-image/"*)
image="${images[0]}"

for type in "${types[@]}"; do
  case "$type" in
    app-image) continue ;;
    deb | rpm)
      specific=(--linux-package-name cnnlab --linux-shortcut --linux-menu-group Education --linux-app-category Education
                --linux-package-deps "libgtk-3-0, libgl1, libxtst6") ;;
    msi | exe)
      specific=(--win-menu --win-menu-group "CNN Lab" --win-shortcut --win-dir-chooser
                --win-upgrade-uuid 6f0c5a8e-3b7d-4c52-9a61-2f7e4c1d8b90) ;;
    dmg | pkg)
      specific=(--mac-package-identifier org.cnnlab.app --mac-package-name "CNN Lab") ;;
    *) echo "unknown installer type $type" >&2; exit 2 ;;
  esac
  tool_env=()
  if [ "$type" = rpm ]; then
    # rpmbuild's default payload here is gzip (237 MB); xz, as in the .deb, gives 145 MB. rpmbuild
    # reads ~/.rpmmacros, so it gets a HOME of its own rather than a change to the user's file.
    mkdir -p "$out/rpm-home"
    echo '%_binary_payload w6T.xzdio' > "$out/rpm-home/.rpmmacros"
    tool_env=(env HOME="$out/rpm-home")
  fi
  echo "== jpackage: $type"
  ${tool_env[@]+"${tool_env[@]}"} "$jdk/bin/jpackage" --type "$type" "${common[@]}" "${specific[@]}" "${associations[@]}" \
    --app-image "$(native_path "$image")" \
    --dest "$(native_path "$out")"
done

echo "== done"
du -sh "$image" | sed 's/^/   app-image /'
for package in "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.exe "$out"/*.dmg "$out"/*.pkg; do
  [ -f "$package" ] && echo "   $(du -h "$package" | cut -f1)  $package"
done
exit 0
