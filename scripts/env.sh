# Sourced by ./torito and scripts/*: finds JDK 25 and the tools Torito needs, installing
# Debian packages when they are missing and we may (root). Prints one line per action.

TORITO_HOME=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export TORITO_HOME

torito_say() { echo "torito: $*" >&2; }

# JDK 25: JAVA_HOME if it is 25+, else the Temurin 25 these machines ship, else any
# JDK 25+ under /usr/lib/jvm. Debian 12 packages no JDK 25, so we cannot apt-get one.
# The JDK's release file names its version; reading it is much cheaper than starting a JVM.
torito_java_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
torito_find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(torito_java_major "$candidate")
        if [ -n "$major" ] && [ "${major%%.*}" -ge 25 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

torito_require_jdk() {
    local jdk
    if ! jdk=$(torito_find_jdk); then
        torito_say "JDK 25 or newer not found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm has: $(ls /usr/lib/jvm 2>/dev/null | tr '\n' ' '))."
        torito_say "Install a JDK 25 (e.g. Temurin 25) and set JAVA_HOME to it."
        exit 1
    fi
    export JAVA_HOME="$jdk"
    export PATH="$JAVA_HOME/bin:$PATH"
    # Maven 3.8's bundled Guava calls sun.misc.Unsafe; JDK 25 warns on every build otherwise.
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
}

# The monitor's JVM options, chosen by measurement (docs/benchmarks.md), for ./torito and the
# release launcher alike: C1 only, for start-up. With C2 (the default tiered compilers) the
# data paths run 10-15% faster (the gateway thread spends ~20% less per request; 4 KiB reads
# at depth 1 went from ~307-354k to ~362-399k IOPS, 2026-11-22), but start-up with an AOT
# cache trained under C2 took 363 ms against 260 ms (scripts/bench-boot 21, same run): the
# cache's profiles send start-up methods to C2 at once, whose threads compete for the two
# CPUs. Serial GC, because the monitor's heap is small and G1 starts threads; no hsperfdata
# file. TORITO_JAVA_OPTS replaces them (e.g. "-XX:+UseSerialGC -XX:-UsePerfData" for C2 on a
# long-running network or disk workload).
TORITO_MONITOR_JVM_OPTIONS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"

# Debian packages by the command (or, for a path, the file) they provide. With
# TORITO_APT_LEAN=1 their recommended packages are left out (QEMU's would add a GUI stack).
torito_require_commands() {
    local missing=() cmd pkg
    for pair in "$@"; do
        cmd=${pair%%:*}; pkg=${pair##*:}
        case "$cmd" in
            /*) [ -e "$cmd" ] || missing+=("$pkg") ;;
            *) command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg") ;;
        esac
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        torito_say "installing ${missing[*]} with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${TORITO_APT_LEAN:+--no-install-recommends} \
            "${missing[@]}" >/dev/null
    else
        torito_say "missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
        exit 1
    fi
}

# What guest images need: gcc and binutils, and musl's static libc for the math functions.
TORITO_IMAGE_TOOLS=(gcc:gcc ld:binutils ar:binutils objdump:binutils objcopy:binutils /usr/lib/x86_64-linux-musl/libc.a:musl-dev)

# What building and running Torito needs: Maven for the build, and the image tools.
torito_require_build_tools() {
    torito_require_jdk
    torito_require_commands mvn:maven "${TORITO_IMAGE_TOOLS[@]}"
}

# The jars (./torito builds them when the sources changed) and every example image (./torito
# builds an image only when a run first asks for it; here each unchanged image costs only its
# hashing). For scripts that time runs, so that no build lands inside a timed part.
torito_build_all() {
    "$TORITO_HOME/torito" --version >/dev/null
    torito_require_jdk
    "$JAVA_HOME/bin/java" -cp "$TORITO_HOME/vmm/target/lib/*" org.torito.examples.BuildExampleImages \
        "$TORITO_HOME/examples/target/images" >&2
}
