#!/usr/bin/env bash
# Builds the release artifact of the unres command: a self-contained Native AOT executable for one platform, in
# artifacts/release/unres-<version>-<rid>.tar.gz (the one file `unres`, no .NET needed to run it).
#
#   eng/publish-native.sh [RID]
#
# RID defaults to this machine's (linux-x64, osx-arm64 …): Native AOT compiles for the platform it runs on, so each
# release platform is built on its own machine. Needs the Native AOT prerequisites of that platform (on Linux clang
# or gcc and zlib's headers). Prints the artifact's path.
set -euo pipefail
cd "$(dirname "$0")/.."
rid="${1:-$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')}"
version="$(dotnet msbuild src/UnResolutions.Cli -getProperty:Version)"
out="artifacts/native/$rid"
rm -rf "$out"
dotnet publish src/UnResolutions.Cli -c Release -r "$rid" -o "$out" -v q -nologo >&2
mkdir -p artifacts/release
artifact="artifacts/release/unres-$version-$rid.tar.gz"
exe=unres; case "$rid" in win-*) exe=unres.exe ;; esac
tar -C "$out" -czf "$artifact" "$exe"
echo "$artifact"
