#!/usr/bin/env python3
"""Rewrites jars with every entry stored (not deflated), optionally dropping some entries.

    repack-stored.py [--drop PREFIX]... [--drop-matching REGEX]... JAR...

Why: installers compress their whole payload (xz in a .deb, LZX in an .msi, zlib/lzfse in a .dmg).
A deflated jar is already dense, so that second pass gains little; a stored jar lets it compress
everything at once. ND4J's 91 MB native jar becomes 31 MB inside an xz .deb instead of ~90 MB.
--drop removes entries whose path starts with PREFIX (e.g. OpenCV's Python module, which the JVM
never loads); --drop-matching removes entries whose whole path matches a regular expression (e.g.
the native libraries of OpenCV modules CNN Lab never calls). Signed jars are refused: rewriting them would break their signature.
"""
import argparse
import os
import re
import sys
import tempfile
import zipfile


def repack(path, drop, patterns):
    with zipfile.ZipFile(path) as source:
        names = source.namelist()
        signatures = [n for n in names if n.startswith("META-INF/") and n.upper().endswith((".SF", ".RSA", ".DSA", ".EC"))]
        if signatures:
            sys.exit(f"{path} is signed ({signatures[0]}); it cannot be repacked")
        handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path) or ".", suffix=".jar")
        os.close(handle)
        dropped = 0
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_STORED) as target:
            for info in source.infolist():
                if any(info.filename.startswith(prefix) for prefix in drop) or any(
                        p.fullmatch(info.filename) for p in patterns):
                    dropped += 1
                    continue
                data = source.read(info)
                info.compress_type = zipfile.ZIP_STORED
                target.writestr(info, data)
    os.replace(temporary, path)
    return dropped


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drop", action="append", default=[], metavar="PREFIX")
    parser.add_argument("--drop-matching", action="append", default=[], metavar="REGEX")
    parser.add_argument("jars", nargs="+")
    arguments = parser.parse_args()
    patterns = [re.compile(p) for p in arguments.drop_matching]
    for jar in arguments.jars:
        dropped = repack(jar, arguments.drop, patterns)
        if dropped:
            print(f"   {os.path.basename(jar)}: left out {dropped} entries ({', '.join(arguments.drop + arguments.drop_matching)})")


if __name__ == "__main__":
    main()
