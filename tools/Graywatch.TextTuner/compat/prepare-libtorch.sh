#!/usr/bin/env bash
# TorchSharp 0.107's libLibTorchSharp.so asks libstdc++ for GLIBCXX_3.4.32 (GCC 13) for one symbol,
# std::ios_base_library_init(), which older systems (Debian 12: GCC 12) lack. When the system libstdc++ lacks it,
# this gathers the native libraries beside the tuner (where TorchSharp looks for them) and, in the copy only, makes
# that version need weak and supplies the symbol from a one-line library. Needs gcc, patchelf and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:?usage: prepare-libtorch.sh TUNER_OUTPUT_FOLDER}
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
libstdcxx=$(ldconfig -p | awk '/libstdc\+\+\.so\.6 .*x86-64/ {print $NF; exit}')
if strings "$libstdcxx" | grep -q '^GLIBCXX_3\.4\.32$'; then
  exit 0
fi
out="$bin/cpu"
mkdir -p "$out"
cp -u "$packages"/libtorch-cpu-linux-x64/2.10.0/runtimes/linux-x64/native/* "$out/"
cp "$packages"/torchsharp/0.107.0/runtimes/linux-x64/native/libLibTorchSharp.so "$out/"
printf 'void _ZSt21ios_base_library_initv(void) {}\n' > "$out/gwcompat.c"
gcc -shared -fPIC -o "$out/libgwcompat.so" "$out/gwcompat.c"
patchelf --clear-symbol-version _ZSt21ios_base_library_initv "$out/libLibTorchSharp.so"
patchelf --add-needed libgwcompat.so "$out/libLibTorchSharp.so"
python3 "$here/weak_version.py" "$out/libLibTorchSharp.so" GLIBCXX_3.4.32
