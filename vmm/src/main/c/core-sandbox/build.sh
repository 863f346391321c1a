#!/usr/bin/env bash
# Builds the core-sandbox program to $1. Static and position-independent: it runs on any x86-64
# Linux host without a loader, and the kernel places it far above guest RAM (which starts at 0).
# No stack protector: after set-up %fs belongs to the guest, not to this program's C library.
set -euo pipefail
src=$(dirname "$(readlink -f "$0")")
mkdir -p "$(dirname "$1")"
exec gcc -O2 -Wall -Wextra -Werror -static-pie -fPIE -fno-stack-protector -s -o "$1" "$src"/*.c
