#!/usr/bin/env bash
# Prepares a Debian or Ubuntu host to run Torito VMs as a systemd service (docs/deploy.md).
# Run it as root from an unpacked release archive (or from a source checkout, which it first
# turns into a release with scripts/release). Safe to run again: each step checks first, and
# running it from a newer release updates /opt/torito and restarts the running VMs.
#
#   setup-host.sh [--check] [--build-tools]
#     --check        report what is there and what would change; change nothing
#     --build-tools  also install what building guest images needs (gcc, binutils, musl-dev)
#
# What it does: checks /dev/kvm and says which KVM this is and what that means for speed;
# finds a JDK 25 (or installs one from apt where the distribution has it, else says how);
# creates the unprivileged user torito with access to /dev/kvm; installs the release as
# /opt/torito-<version> with /opt/torito pointing at it; writes /etc/torito/http.json if
# there is none; installs /etc/systemd/system/torito@.service.
# Exit code: 0 ready (or, with --check, nothing to do), 1 something is missing or would change.
set -euo pipefail
source "$(dirname "$(readlink -f "$0")")/env.sh"

check=0
build_tools=0
for arg in "$@"; do
    case "$arg" in
        --check) check=1 ;;
        --build-tools) build_tools=1 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "setup-host.sh: unknown option \"$arg\" (expected --check or --build-tools)" >&2; exit 2 ;;
    esac
done

PREFIX=/opt
CONFIG_DIR=/etc/torito
UNIT_DIR=/etc/systemd/system
USER_NAME=torito
todo=0

ok()    { echo "  ok      $*"; }
info()  { echo "          $*"; }
# A change: made now, or reported under --check.
change() {
    todo=1
    if [ "$check" -eq 1 ]; then echo "  would   $*"; else echo "  doing   $*"; fi
}
fail()  { echo "  MISSING $*"; todo=1; }
doit()  { [ "$check" -eq 1 ] || "$@"; }

if [ "$check" -eq 0 ] && [ "$(id -u)" -ne 0 ]; then
    echo "setup-host.sh: run as root (or with --check to only report)" >&2
    exit 1
fi

# --- the system ---
echo "host"
if [ -r /etc/os-release ]; then
    . /etc/os-release
    case "${ID:-}:${ID_LIKE:-}" in
        debian:*|ubuntu:*|*:*debian*) ok "$PRETTY_NAME" ;;
        *) info "$PRETTY_NAME: not Debian or Ubuntu; the apt steps below will not work here" ;;
    esac
fi
model=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
info "$(nproc) CPUs ($model), $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo) memory"

# --- KVM ---
echo "kvm (accelerator \"auto\" uses KVM where /dev/kvm opens, else the process backend)"
module_loaded() { [ -d "/sys/module/$1" ] || grep -q "^$1 " /proc/modules 2>/dev/null; }
nested_host=0
grep -qw hypervisor /proc/cpuinfo && nested_host=1
if [ ! -e /dev/kvm ]; then
    ok "no /dev/kvm: guests run on the process backend (each core a sandboxed Linux process;"
    info "docs/architecture.md). Guest code runs natively; a hypercall to the monitor costs a message"
    info "round trip, doorbells and IDLE one system call each. For KVM, pick an instance type with"
    info "nested virtualization (or a PVM-enabled kernel), or a bare-metal host."
    kvm_flavour=none
elif ! { : <>/dev/kvm; } 2>/dev/null && [ "$(id -u)" -eq 0 ]; then
    ok "/dev/kvm exists but does not open (no KVM module behind it): guests run on the process backend."
    kvm_flavour=none
elif module_loaded kvm_pvm; then
    kvm_flavour=pvm
    ok "/dev/kvm is nested PVM (module kvm_pvm): KVM without hardware virtualization, inside a VM."
    info "Guest code at CPL 3 (all of Torito's guest Java) runs at native speed; ring-0 code would be"
    info "emulated ~4,000x slower, which is why Torito's guests never run there. Each exit to the"
    info "monitor costs ~40 us (2-5 us on bare-metal KVM), an ioeventfd kick ~3.5 us. Torito keeps"
    info "exits off its data paths (virtio queues: ioeventfd and polling); what exits per operation"
    info "runs ~10x slower than on bare metal. Numbers: docs/benchmarks.md."
elif module_loaded kvm_intel || module_loaded kvm_amd; then
    if module_loaded kvm_intel; then kvm_flavour=vmx; hw="VMX (kvm_intel)"; else kvm_flavour=svm; hw="SVM (kvm_amd)"; fi
    if [ "$nested_host" -eq 1 ]; then
        ok "/dev/kvm runs on $hw, nested: this host is itself a VM with hardware virtualization passed through."
        info "Guest code runs natively; an exit to the monitor costs more than on bare metal (the outer"
        info "hypervisor takes part), typically ~10-20 us."
    else
        ok "/dev/kvm runs on $hw, bare metal: the fastest case (an exit costs ~2-5 us)."
    fi
else
    kvm_flavour=unknown
    ok "/dev/kvm is present; its module is not one of kvm_pvm, kvm_intel, kvm_amd (or /sys is not mounted)."
fi

if [ "$kvm_flavour" = none ]; then
    ok "accelerator here: process (each guest core a sandboxed Linux process)"
else
    ok "accelerator here: kvm (\"accelerator\": \"process\" in a config, or --accel process, runs without it)"
fi

# --- packages ---
echo "packages"
apt_has() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [0-9]'; }
apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
if jdk=$(torito_find_jdk); then
    ok "JDK $(torito_java_major "$jdk"): $jdk"
else
    jdk=
    candidate=
    for pkg in openjdk-25-jdk-headless temurin-25-jdk; do
        if command -v apt-cache >/dev/null && apt_has "$pkg"; then candidate=$pkg; break; fi
    done
    if [ -n "$candidate" ]; then
        change "install $candidate (JDK 25) with apt-get"
        doit apt_install "$candidate"
        [ "$check" -eq 1 ] || jdk=$(torito_find_jdk) || { echo "setup-host.sh: $candidate installed, still no JDK 25 under /usr/lib/jvm" >&2; exit 1; }
    else
        fail "JDK 25 or newer: none in JAVA_HOME (${JAVA_HOME:-unset}) or /usr/lib/jvm, and apt has no JDK 25 package"
        info "(Debian 12 packages none). Install Eclipse Temurin 25 from Adoptium's apt repository:"
        info "  apt-get install -y wget gpg ca-certificates"
        info "  wget -qO- https://packages.adoptium.net/artifactory/api/gpg/key/public | gpg --dearmor > /usr/share/keyrings/adoptium.gpg"
        info "  echo \"deb [signed-by=/usr/share/keyrings/adoptium.gpg] https://packages.adoptium.net/artifactory/deb \$(. /etc/os-release; echo \$VERSION_CODENAME) main\" > /etc/apt/sources.list.d/adoptium.list"
        info "  apt-get update && apt-get install -y temurin-25-jdk"
        info "or unpack a JDK 25 tarball under /usr/lib/jvm/ (or set JAVA_HOME); then run this script again."
        if [ "$check" -eq 0 ]; then
            echo "setup-host.sh: stopped before changing anything: no JDK 25" >&2
            exit 1
        fi
    fi
fi

source_tree=0
[ -f "$TORITO_HOME/pom.xml" ] && source_tree=1
# Command:package pairs, as scripts/env.sh takes them.
wanted=()
[ "$source_tree" -eq 1 ] && wanted+=(mvn:maven unzip:unzip)
if [ "$source_tree" -eq 1 ] || [ "$build_tools" -eq 1 ]; then
    wanted+=("${TORITO_IMAGE_TOOLS[@]}")
fi
missing=()
for pair in "${wanted[@]}"; do
    cmd=${pair%%:*}; pkg=${pair##*:}
    case "$cmd" in
        /*) [ -e "$cmd" ] ;;
        *) command -v "$cmd" >/dev/null 2>&1 ;;
    esac && continue
    [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    change "install ${missing[*]} with apt-get"
    doit apt_install "${missing[@]}"
elif [ ${#wanted[@]} -gt 0 ]; then
    ok "build tools: $(printf '%s\n' "${wanted[@]}" | sed 's/:.*//; s|.*/||' | sort -u | tr '\n' ' ')"
fi
if [ "$source_tree" -eq 0 ] && [ "$build_tools" -eq 0 ]; then
    image_missing=()
    for pair in "${TORITO_IMAGE_TOOLS[@]}"; do
        cmd=${pair%%:*}; pkg=${pair##*:}
        case "$cmd" in /*) [ -e "$cmd" ] ;; *) command -v "$cmd" >/dev/null 2>&1 ;; esac ||
            [[ " ${image_missing[*]} " == *" $pkg "* ]] || image_missing+=("$pkg")
    done
    if [ ${#image_missing[@]} -gt 0 ]; then
        info "not needed to run prebuilt images, needed to build your own (torito build): ${image_missing[*]}"
        info "(setup-host.sh --build-tools installs them)"
    fi
fi

# --- the user and /dev/kvm ---
echo "user"
if getent group kvm >/dev/null; then
    ok "group kvm"
else
    change "create the system group kvm"
    doit groupadd --system kvm
fi
if id "$USER_NAME" >/dev/null 2>&1; then
    ok "user $USER_NAME ($(id "$USER_NAME"))"
else
    change "create the system user $USER_NAME (no login, no home)"
    doit useradd --system --user-group --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin --comment "Torito VMs" "$USER_NAME"
fi
if id -nG "$USER_NAME" 2>/dev/null | tr ' ' '\n' | grep -qx kvm; then
    ok "$USER_NAME is in group kvm"
else
    change "add $USER_NAME to group kvm"
    doit usermod -a -G kvm "$USER_NAME"
fi
if [ -e /dev/kvm ]; then
    if [ "$(stat -c %G:%a /dev/kvm)" = "kvm:660" ]; then
        ok "/dev/kvm is root:kvm 0660"
    else
        change "make /dev/kvm root:kvm 0660 (was $(stat -c %U:%G\ %a /dev/kvm))"
        doit chgrp kvm /dev/kvm
        doit chmod 0660 /dev/kvm
    fi
fi
# Keeps it so across reboots where udev runs (systemd's own rules agree on most systems).
rule=/etc/udev/rules.d/65-torito-kvm.rules
rule_text='KERNEL=="kvm", GROUP="kvm", MODE="0660"'
if [ "$(cat "$rule" 2>/dev/null)" = "$rule_text" ]; then
    ok "$rule"
else
    change "write $rule"
    doit mkdir -p "$(dirname "$rule")"
    [ "$check" -eq 1 ] || echo "$rule_text" > "$rule"
fi

# --- the release ---
echo "torito"
if [ "$source_tree" -eq 1 ]; then
    if [ "$check" -eq 1 ]; then
        info "a source tree: setup would build a release with scripts/release and install that"
        version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$TORITO_HOME/pom.xml" | head -1)
        release=""
    else
        archive=$("$TORITO_HOME/scripts/release")
        unpacked=$(mktemp -d); trap 'rm -rf "$unpacked"' EXIT
        tar -C "$unpacked" -xzf "$archive"
        release=$(echo "$unpacked"/torito-*)
        version=$(cat "$release/VERSION")
    fi
else
    [ -f "$TORITO_HOME/monitor/torito-vmm.jar" ] && [ -f "$TORITO_HOME/VERSION" ] ||
        { echo "setup-host.sh: $TORITO_HOME is neither a source tree nor an unpacked release" >&2; exit 1; }
    release=$TORITO_HOME
    version=$(cat "$release/VERSION")
fi
target="$PREFIX/torito-$version"
# Same content: nothing to copy (a rerun). A snapshot version rebuilt: replace it.
same_release() {
    [ -d "$target" ] && [ -n "$release" ] || return 1
    [ "$(readlink -f "$release")" = "$(readlink -f "$target")" ] && return 0
    diff -rq -x torito.aot "$release" "$target" >/dev/null 2>&1
}
updated=0
if [ -n "$release" ] && same_release; then
    ok "$target holds this release ($version)"
else
    change "install torito $version into $target"
    updated=1
    if [ "$check" -eq 0 ]; then
        rm -rf "$target.new"
        cp -a "$release" "$target.new"
        chown -R root:root "$target.new"
        chmod -R u=rwX,go=rX "$target.new"
        rm -rf "$target"
        mv "$target.new" "$target"
    fi
fi
if [ "$(readlink "$PREFIX/torito" 2>/dev/null)" = "$target" ]; then
    ok "$PREFIX/torito -> $target"
else
    change "point $PREFIX/torito at $target"
    updated=1
    doit ln -sfn "$target" "$PREFIX/torito"
fi
if [ -f "$target/monitor/torito.aot" ] && [ "$updated" -eq 0 ]; then
    ok "AOT cache $target/monitor/torito.aot"
elif [ -n "$jdk" ]; then
    change "train the JVM's AOT cache for faster start-up (boots the hello guest once)"
    if [ "$check" -eq 0 ]; then
        JAVA_HOME=$jdk "$target/torito" --train-aot-cache || true
        [ -f "$target/monitor/torito.aot" ] && chmod 0644 "$target/monitor/torito.aot"
    fi
fi

# --- config and service ---
echo "service"
if [ -d "$CONFIG_DIR" ]; then ok "$CONFIG_DIR"; else change "create $CONFIG_DIR"; doit install -d -m 0755 "$CONFIG_DIR"; fi
# The HTTP example, reachable from this machine only until you change the forward's "host".
if [ -f "$CONFIG_DIR/http.json" ]; then
    ok "$CONFIG_DIR/http.json (yours; left alone)"
else
    change "write $CONFIG_DIR/http.json (the HTTP example, forward 127.0.0.1:8080 -> guest 80)"
    if [ "$check" -eq 0 ]; then
        sed "s|\"\.\./images/|\"$PREFIX/torito/images/|" "$target/configs/http.json" > "$CONFIG_DIR/http.json"
        chmod 0644 "$CONFIG_DIR/http.json"
    fi
fi
unit_source="$TORITO_HOME/scripts/torito@.service"
unit="$UNIT_DIR/torito@.service"
if cmp -s "$unit_source" "$unit"; then
    ok "$unit"
else
    change "install $unit"
    updated=1
    doit install -D -m 0644 "$unit_source" "$unit"
fi
if [ -d /run/systemd/system ]; then
    if [ "$updated" -eq 1 ]; then
        change "reload systemd and restart the running torito@ units"
        doit systemctl daemon-reload
        doit systemctl try-restart 'torito@*.service'
    fi
    running=$(systemctl list-units --plain --no-legend 'torito@*.service' 2>/dev/null | awk '{print $1}' | tr '\n' ' ')
    info "running: ${running:-none}"
else
    info "systemd is not running here (a container or chroot): start a VM by hand with"
    info "  runuser -u $USER_NAME -- $PREFIX/torito/torito run $CONFIG_DIR/http.json"
fi

echo
if [ "$check" -eq 1 ]; then
    [ "$todo" -eq 0 ] && echo "ready: nothing to do" || echo "not ready: run setup-host.sh as root to do the above"
    exit "$todo"
fi
echo "ready. Next:"
echo "  systemctl enable --now torito@http      # boots $CONFIG_DIR/http.json"
echo "  curl http://127.0.0.1:8080/             # from this machine; to serve the world set the forward's"
echo "                                          # \"host\" to \"0.0.0.0:8080\" in $CONFIG_DIR/http.json"
echo "  journalctl -u torito@http -f            # its console and the monitor's messages"
