#!/usr/bin/env bash
# The benchmark (issue 10, docs/BENCHMARKS.md): builds build-bench/ (Release, -DPEERING_BENCH=ON), then measures
# start-up, idle memory, HTTP round trips and main-thread stalls, each BENCH_RUNS times (default 7), and prints the
# medians and the ratios to the targets. Runs under Xvfb with a private D-Bus and gnome-keyring.
# Exits non-zero only when the harness itself fails; a missed target is reported, not an error.
#   BENCH_RUNS=7  BENCH_SCALE=20 (time divisor for the sandbox's status steps and the polling)  BENCH_PEERS=500
#   BENCH_ONLY="startup roundtrips stalls apply" (the sections to run)  BENCH_APPLY_LIMIT=5:60 (the tight rate limit)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/build-bench
RUNS=${BENCH_RUNS:-7}
SCALE=${BENCH_SCALE:-20}
PEERS=${BENCH_PEERS:-500}
ONLY=${BENCH_ONLY:-startup roundtrips stalls apply}

if [ -z "${PEERING_BENCH_INNER:-}" ]; then
  scripts/install-deps.sh
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPEERING_BENCH=ON -DBUILD_TESTING=OFF >/dev/null
  nice cmake --build "$BUILD" -j "${BENCH_JOBS:-1}"
  export PEERING_BENCH_INNER=1
  # One X server and one private keyring for every run, baseline and app alike.
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" scripts/with-keyring.sh "$0" "$@"
fi

export LANG=C.UTF-8 QT_LOGGING_RULES="*.debug=false;peering.*.info=false"
unset QT_QPA_PLATFORM
TMP=$(mktemp -d --tmpdir peering-bench.XXXXXX)
SANDBOX_PIDS=()
cleanup() {
  for pid in "${SANDBOX_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT
fail() { echo "bench: harness error: $*" >&2; exit 1; }

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
verdict() { awk -v v="$1" -v lim="$2" 'BEGIN {print (v <= lim) ? "PASS" : "MISS"}'; }

# ---- machine -------------------------------------------------------------------------------------------------------
echo "== Machine"
echo "cpu:      $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory:   $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
echo "kernel:   $(uname -sr)"
echo "os:       $(. /etc/os-release && echo "$PRETTY_NAME")"
echo "qt:       $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo '?')"
echo "compiler: $(c++ --version | head -1)"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
echo "runs:     $RUNS per figure (median); time scale 1/$SCALE; $PEERS peers per provider"
echo

# ---- start-up and idle memory --------------------------------------------------------------------------------------
# Wall time from just before exec to the first paint done and the event loop idle (app/StartupProbe), and VmHWM
# after one more second of idle. Warm caches: one discarded run of each first; then baseline and app alternate.
startup_once() { # $1 label, $2... command; appends "ms kib" to $TMP/$1
  local label=$1 log="$TMP/$1.log"; shift
  local t0=$EPOCHREALTIME
  PEERING_DESK_BENCH_STARTUP=1 timeout 60 "$@" >/dev/null 2>"$log" || fail "$label exited with $? ($(tail -3 "$log"))"
  local painted hwm
  painted=$(sed -n 's/^peering-bench: painted realtime_us=\([0-9]*\).*/\1/p' "$log")
  hwm=$(sed -n 's/^peering-bench: idle vmhwm_kib=\([0-9]*\).*/\1/p' "$log")
  [ -n "$painted" ] && [ -n "$hwm" ] || fail "$label printed no probe line ($(tail -3 "$log"))"
  echo "$(( (painted - ${t0/./}) )) $hwm" | awk '{printf "%.1f %d\n", $1/1000, $2}' >>"$TMP/$label"
}
app_cmd() { echo "$BUILD/app/peering-desk --settings $TMP/settings-$RANDOM$RANDOM.ini $*"; }
if [[ " $ONLY " == *" startup "* ]]; then
echo "== Start-up and idle memory"
startup_once warmup "$BUILD/bench/bench-baseline"
# shellcheck disable=SC2046
startup_once warmup $(app_cmd)
for _ in $(seq "$RUNS"); do
  startup_once baseline "$BUILD/bench/bench-baseline"
  # shellcheck disable=SC2046
  startup_once app $(app_cmd)
  # shellcheck disable=SC2046
  startup_once app-sandbox $(app_cmd --sandbox)
done
b_ms=$(cut -d' ' -f1 "$TMP/baseline" | median); b_kib=$(cut -d' ' -f2 "$TMP/baseline" | median)
a_ms=$(cut -d' ' -f1 "$TMP/app" | median); a_kib=$(cut -d' ' -f2 "$TMP/app" | median)
s_ms=$(cut -d' ' -f1 "$TMP/app-sandbox" | median); s_kib=$(cut -d' ' -f2 "$TMP/app-sandbox" | median)
ratio=$(awk -v a="$a_ms" -v b="$b_ms" 'BEGIN {printf "%.2f", a/b}')
sratio=$(awk -v a="$s_ms" -v b="$b_ms" 'BEGIN {printf "%.2f", a/b}')
extra=$(awk -v a="$a_kib" -v b="$b_kib" 'BEGIN {printf "%.1f", (a-b)/1024}')
sextra=$(awk -v a="$s_kib" -v b="$b_kib" 'BEGIN {printf "%.1f", (a-b)/1024}')
echo "runs (ms kib): baseline [$(cut -d' ' -f1 "$TMP/baseline" | paste -sd' ')]  app [$(cut -d' ' -f1 "$TMP/app" | paste -sd' ')]  app --sandbox [$(cut -d' ' -f1 "$TMP/app-sandbox" | paste -sd' ')]"
printf '%-34s %9s ms  %8.1f MiB peak RSS\n' "baseline (one QLabel)" "$b_ms" "$(awk -v k="$b_kib" 'BEGIN {print k/1024}')"
printf '%-34s %9s ms  %8.1f MiB peak RSS\n' "peering-desk" "$a_ms" "$(awk -v k="$a_kib" 'BEGIN {print k/1024}')"
printf '%-34s %9s ms  %8.1f MiB peak RSS\n' "peering-desk --sandbox (info)" "$s_ms" "$(awk -v k="$s_kib" 'BEGIN {print k/1024}')"
echo "start-up ratio:  ${ratio} × baseline (target ≤ 1.30): $(verdict "$ratio" 1.30)   [--sandbox: ${sratio} ×]"
echo "memory extra:    +${extra} MiB over baseline (target ≤ +12): $(verdict "$extra" 12)   [--sandbox: +${sextra} MiB]"
echo
fi

# ---- sandboxes -----------------------------------------------------------------------------------------------------
SB_URL=""; SB_PID=""
sandbox_start() { # extra atlas-sandbox args; sets SB_URL SB_PID, logs in $TMP/sb-$SB_PID.*
  local out="$TMP/sb.$RANDOM$RANDOM"
  "$BUILD/app/sandbox/atlas-sandbox" --port 0 --status-step-ms $((3000 / SCALE)) "$@" >"$out.out" 2>"$out.err" &
  SB_PID=$!
  SANDBOX_PIDS+=("$SB_PID")
  for _ in $(seq 100); do
    SB_URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$out.out" 2>/dev/null | head -1 || true)
    [ -n "$SB_URL" ] && break
    sleep 0.05
  done
  [ -n "$SB_URL" ] || fail "atlas-sandbox did not start"
  echo "$out" >"$TMP/sb-$SB_PID"
}
SB_COUNTS=""
sandbox_stop() { # $1 pid; sets SB_COUNTS to "requests challenges" (not in a subshell: it must wait for its child)
  local out; out=$(cat "$TMP/sb-$1")
  kill -TERM "$1"; wait "$1" || true
  SB_COUNTS=$(sed -n 's/^atlas-sandbox: requests=\([0-9]*\) challenges=\([0-9]*\).*/\1 \2/p' "$out.err")
  [ -n "$SB_COUNTS" ] || fail "atlas-sandbox printed no summary"
}

# ---- round trips ---------------------------------------------------------------------------------------------------
# The app's classes (CredentialStore, PeeringSubmitter, AtlasClient) create the peering and its PeeringWatcher
# follows it to AVAILABLE; with "lists", PagedFetch reads the three providers' lists first. curl --digest then makes
# the same calls, one curl per call.
CURL_AUTH='sandboxpub:00000000-5a4d-4b0c-8a11-fa4e5a4db0c5'
GROUP=5f0a1b2c3d4e5f6a7b8c9d0e
MEDIA='application/vnd.atlas.2023-01-01+json'
AWS_BODY='{"providerName":"AWS","containerId":"64b0aa00000000000000a001","accepterRegionName":"us-east-1","awsAccountId":"123456789012","routeTableCidrBlock":"10.0.0.0/24","vpcId":"vpc-0123456789abcdef0"}'
curl_call() { curl -sS --fail-with-body --digest -u "$CURL_AUTH" -H "Accept: $MEDIA" "$@"; }
roundtrip_once() { # $1 label, $2 "lists" or ""
  local label=$1 lists=$2 line polls
  sandbox_start
  local pid=$SB_PID url=$SB_URL
  line=$("$BUILD/bench/bench-roundtrips" --url "$url" --scale "$SCALE" ${lists:+--lists}) || fail "bench-roundtrips: $line"
  polls=$(sed -n 's/.* polls=\([0-9]*\).*/\1/p' <<<"$line")
  sandbox_stop "$pid"
  echo "$SB_COUNTS $polls" >>"$TMP/rt-$label"
  # curl, same calls, fresh sandbox.
  sandbox_start
  pid=$SB_PID; url=$SB_URL
  if [ -n "$lists" ]; then
    for p in AWS AZURE GCP; do curl_call "$url/api/atlas/v2/groups/$GROUP/peers?providerName=$p&itemsPerPage=500" >/dev/null; done
  fi
  local id
  id=$(curl_call -H "Content-Type: $MEDIA" -d "$AWS_BODY" "$url/api/atlas/v2/groups/$GROUP/peers" |
    sed -n 's/.*"id":"\([0-9a-f]\{24\}\)".*/\1/p')
  [ -n "$id" ] || fail "curl could not create the peering"
  for _ in $(seq "$polls"); do curl_call "$url/api/atlas/v2/groups/$GROUP/peers/$id" >/dev/null; done
  sandbox_stop "$pid"
  echo "$SB_COUNTS $polls" >>"$TMP/rt-curl-$label"
}
if [[ " $ONLY " == *" roundtrips "* ]]; then
echo "== Round trips (HTTP exchanges the sandbox answers, 401 challenges included)"
for _ in $(seq "$RUNS"); do
  roundtrip_once create ""
  roundtrip_once open-create lists
done
for label in create open-create; do
  app_req=$(cut -d' ' -f1 "$TMP/rt-$label" | median); app_ch=$(cut -d' ' -f2 "$TMP/rt-$label" | median)
  polls=$(cut -d' ' -f3 "$TMP/rt-$label" | median)
  curl_req=$(cut -d' ' -f1 "$TMP/rt-curl-$label" | median); curl_ch=$(cut -d' ' -f2 "$TMP/rt-curl-$label" | median)
  calls=$(( 1 + ${polls%.*} ))
  [ "$label" = open-create ] && calls=$((calls + 3))
  printf '%-12s calls %2d (polls %s): app %s exchanges, %s challenge(s); curl --digest %s exchanges, %s challenges; app/curl %s\n' \
    "$label" "$calls" "$polls" "$app_req" "$app_ch" "$curl_req" "$curl_ch" \
    "$(awk -v a="$app_req" -v c="$curl_req" 'BEGIN {printf "%.2f", a/c}')"
  echo "  one digest challenge per session (target 1): $(verdict "$app_ch" 1)"
done
echo
fi

# ---- stalls --------------------------------------------------------------------------------------------------------
if [[ " $ONLY " == *" stalls "* ]]; then
echo "== Main-thread stalls (gap between ticks of a 1 ms timer; target: max ≤ 16 ms)"
for _ in $(seq "$RUNS"); do
  sandbox_start --seed-peers "$PEERS"; seeded=$SB_PID; seeded_url=$SB_URL
  sandbox_start; plain=$SB_PID; plain_url=$SB_URL
  out=$("$BUILD/bench/bench-stalls" --url "$seeded_url" --flow-url "$plain_url" --scale "$SCALE" --peers "$PEERS") ||
    fail "bench-stalls: $out"
  sandbox_stop "$seeded"; sandbox_stop "$plain"
  for phase in load inflight; do
    grep "phase=$phase " <<<"$out" | sed -n 's/.* max_ms=\([0-9.]*\) p99_ms=\([0-9.]*\) .* elapsed_ms=\([0-9]*\) rows=\([0-9]*\).*/\1 \2 \3 \4/p' >>"$TMP/st-$phase"
  done
done
for phase in load inflight; do
  mx=$(cut -d' ' -f1 "$TMP/st-$phase" | median); p99=$(cut -d' ' -f2 "$TMP/st-$phase" | median)
  worst=$(cut -d' ' -f1 "$TMP/st-$phase" | sort -g | tail -1)
  el=$(cut -d' ' -f3 "$TMP/st-$phase" | median); rows=$(cut -d' ' -f4 "$TMP/st-$phase" | median)
  printf '%-9s max %s ms (worst run %s), p99 %s ms, phase %s ms, rows/requests %s: %s\n' "$phase" "$mx" "$worst" "$p99" "$el" "$rows" "$(verdict "$mx" 16)"
done
echo "runs (max ms): load [$(cut -d' ' -f1 "$TMP/st-load" | paste -sd' ')]  inflight [$(cut -d' ' -f1 "$TMP/st-inflight" | paste -sd' ')]"
fi

# ---- apply ---------------------------------------------------------------------------------------------------------
# The real `peering-desk --apply FORM` against a real `atlas-sandbox --seed-projects 5`: a 50-request form (4 AWS,
# 3 Azure, 3 Google Cloud in each project, written by bench-apply), applied twice. The sandbox logs every request it
# receives (digest challenges and 429s included) with its time; the apply's stderr says each 429 retry and its wait.
# Figures: requests per created peering (first apply), requests of the second apply (creates nothing), and the first
# apply's wall time against the least time the sandbox's per-project token bucket allows for the creates.
APPLY_PROJECTS=5
APPLY_REQUESTS=50
APPLY_TIGHT=${BENCH_APPLY_LIMIT:-5:60}
apply_bound() { # $1 "capacity:perMinute": seconds the buckets hold the creates back at least (projects in parallel)
  awk -v l="$1" -v n=$((APPLY_REQUESTS / APPLY_PROJECTS)) \
    'BEGIN {split(l, a, ":"); w = n - a[1]; if (w < 0) w = 0; printf "%.2f", w * 60 / a[2]}'
}
apply_count() { grep -c '^ *[0-9.]* peering.sandbox: "' "$1" || true; }
apply_run() { # $1 form, $2 settings, $3 output prefix; prints "wall_ms exit created retries waited_s"
  local t0 t1 rc=0
  t0=$EPOCHREALTIME
  "$BUILD/app/peering-desk" --settings "$2" --apply "$1" >"$3.out" 2>"$3.err" || rc=$?
  t1=$EPOCHREALTIME
  echo "$(( (${t1/./} - ${t0/./}) / 1000 )) $rc $(grep -c '"status":"created"' "$3.out" || true)" \
    "$(grep -c 'HTTP 429' "$3.err" || true)" \
    "$(sed -n 's/.*HTTP 429); sending it again in \([0-9]*\) second.*/\1/p' "$3.err" | awk '{s += $1} END {print s + 0}')"
}
apply_once() { # $1 label, $2 limit, $3 order; appends one line of figures to $TMP/ap-$1
  local label=$1 limit=$2 order=$3 form="$TMP/form-$1.peering.json" settings="$TMP/apply-$RANDOM$RANDOM.ini"
  "$BUILD/bench/bench-apply" form --out "$form" --order "$order" --projects "$APPLY_PROJECTS" \
    --requests "$APPLY_REQUESTS" || fail "bench-apply could not write the form"
  QT_LOGGING_RULES="*.debug=false;peering.sandbox.debug=true" QT_MESSAGE_PATTERN="%{time process} %{category}: %{message}" \
    sandbox_start --seed-projects "$APPLY_PROJECTS" --rate-limit "$limit"
  local pid=$SB_PID log
  log="$(cat "$TMP/sb-$pid").err"
  "$BUILD/bench/bench-apply" profile --settings "$settings" --url "$SB_URL" || fail "bench-apply could not save the profile"
  local first second n0 n1 n2
  n0=$(apply_count "$log")
  first=$(apply_run "$form" "$settings" "$TMP/apply1")
  n1=$(apply_count "$log")
  second=$(apply_run "$form" "$settings" "$TMP/apply2")
  n2=$(apply_count "$log")
  sandbox_stop "$pid"
  read -r wall rc created retries waited <<<"$first"
  read -r wall2 rc2 created2 _ _ <<<"$second"
  [ "$rc" = 0 ] && [ "$created" = "$APPLY_REQUESTS" ] ||
    fail "first apply: exit $rc, $created created ($(tail -3 "$TMP/apply1.err"))"
  [ "$rc2" = 0 ] && [ "$created2" = 0 ] || fail "second apply: exit $rc2, $created2 created ($(tail -3 "$TMP/apply2.err"))"
  [ "$(cut -d' ' -f1 <<<"$SB_COUNTS")" = "$n2" ] || fail "the sandbox log ($n2) and its count ($SB_COUNTS) differ"
  # The first apply's requests by kind, and how long its reads (the plan) and its creates took on the sandbox's clock.
  local kinds phases
  kinds=$(grep '^ *[0-9.]* peering.sandbox: "' "$log" | sed -n "$((n0 + 1)),${n1}p" | awk '
    {m = $3; gsub(/"/, "", m); p = $4; gsub(/"/, "", p); k = p; sub(/.*\/groups\/[0-9a-f]*\//, "", k); sub(/\/.*/, "", k)
     c[m " " k]++}
    END {for (x in c) printf "%s=%d,", x, c[x]}' | sed 's/,$//; s/ /_/g')
  phases=$(grep '^ *[0-9.]* peering.sandbox: "' "$log" | sed -n "$((n0 + 1)),${n1}p" | awk '
    NR == 1 {t0 = $1} $3 == "\"POST\"" && !p {p = $1} {t = $1}
    END {printf "%d %d", (p - t0) * 1000, (t - p) * 1000}')
  echo "$((n1 - n0)) $((n2 - n1)) $wall $wall2 $retries $waited $phases $kinds" >>"$TMP/ap-$label"
}
if [[ " $ONLY " == *" apply "* ]]; then
echo "== Apply: peering-desk --apply of $APPLY_REQUESTS requests over $APPLY_PROJECTS projects, then again"
labels=()
for spec in "atlas 100:100 grouped" "tight $APPLY_TIGHT grouped" "tight-interleaved $APPLY_TIGHT interleaved"; do
  read -r label limit order <<<"$spec"
  labels+=("$label:$limit:$order")
  for _ in $(seq "$RUNS"); do apply_once "$label" "$limit" "$order"; done
done
for entry in "${labels[@]}"; do
  IFS=: read -r label cap per order <<<"$entry"
  f="$TMP/ap-$label"
  req=$(cut -d' ' -f1 "$f" | median); req2=$(cut -d' ' -f2 "$f" | median)
  wall=$(cut -d' ' -f3 "$f" | median); wall2=$(cut -d' ' -f4 "$f" | median)
  retries=$(cut -d' ' -f5 "$f" | median); waited=$(cut -d' ' -f6 "$f" | median)
  plan=$(cut -d' ' -f7 "$f" | median); creates=$(cut -d' ' -f8 "$f" | median)
  bound=$(apply_bound "$cap:$per")
  ratio=$(awk -v w="$wall" -v b="$bound" 'BEGIN {if (b > 0) printf "%.2f ×", w / 1000 / b; else print "n/a (the bound is 0)"}')
  printf '%-18s limit %s writes at once, %s/min per project; %s order\n' "$label" "$cap" "$per" "$order"
  printf '  first apply:  %s requests for %s peerings = %s per peering; 429 retries %s (waited %s s)\n' "$req" \
    "$APPLY_REQUESTS" "$(awk -v r="$req" -v n="$APPLY_REQUESTS" 'BEGIN {printf "%.2f", r / n}')" "$retries" "$waited"
  printf '  second apply: %s requests, 0 created; wall %s ms\n' "$req2" "$wall2"
  printf '  first apply wall %s ms (reads %s ms, creates %s ms on the sandbox); rate-limit bound %s s; wall/bound %s\n' \
    "$wall" "$plan" "$creates" "$bound" "$ratio"
  echo "  requests by kind (first apply, last run): $(tail -1 "$f" | cut -d' ' -f9)"
  echo "  runs (requests, requests again, wall ms): $(awk '{printf "[%s %s %s] ", $1, $2, $3}' "$f")"
done
fi
