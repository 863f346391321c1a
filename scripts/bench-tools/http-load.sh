# Sourced by scripts/bench-http and scripts/bench-net: waiting for a server, nginx serving one
# page from the host's loopback as the reference, and wrk's summary as numbers.

# Waits until URL answers, at most SECONDS (default 60); otherwise says so and fails.
http_wait() {
    local url=$1 limit=${2:-60}
    for _ in $(seq $((limit * 10))); do
        curl -sf -m 1 -o /dev/null "$url" && return 0
        sleep 0.1
    done
    echo "$url did not answer within $limit s" >&2
    return 1
}

# Starts nginx serving FOLDER (its index.html) on 127.0.0.1:PORT with WORKERS worker processes,
# keep-alive without a request limit, and waits until it answers. Its configuration, pid and log
# go next to FOLDER; nginx_stop FOLDER ends it. As root the workers stay root: they could not
# read a folder made by mktemp (mode 700) as nginx's default user.
nginx_start() {
    local folder=$1 port=$2 workers=$3
    local base="${folder%/}.nginx"
    cat > "$base.conf" <<CONF
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
worker_processes $workers;
pid $base.pid;
error_log $base.err;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 60s;
    server {
        listen 127.0.0.1:$port;
        root $folder;
        location / { default_type "text/html; charset=utf-8"; }
    }
}
CONF
    nginx -c "$base.conf" -p "$(dirname "$folder")"
    http_wait "http://127.0.0.1:$port/" 10
}

nginx_stop() {
    local pid="${1%/}.nginx.pid"
    [ -f "$pid" ] || return 0
    kill "$(cat "$pid")" 2>/dev/null || true
    rm -f "$pid"
    sleep 0.5   # the workers let go of the port
}

# Runs `wrk ARGS...` (the URL last) and prints "req/s requests errors non2xx p50-ms p99-ms":
# errors are wrk's socket errors of every kind; the percentiles need --latency (else 0).
wrk_numbers() {
    wrk "$@" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        / requests in / { n = $1 } /^Requests\/sec/ { r = $2 }
        /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
        /Non-2xx or 3xx responses/ { non2xx = $NF }
        END { printf "%.0f %d %d %d %.2f %.2f\n", r, n, errors, non2xx, p50, p99 }'
}
