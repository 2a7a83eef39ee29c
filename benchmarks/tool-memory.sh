#!/usr/bin/env bash
# Peak memory (maximum resident set size) and wall time of the built peer-challenge tool on hostile, large inputs.
# See docs/reliability.md, "Limits". Needs GNU time (/usr/bin/time; apt-get install time) and about 2.2 GB of free
# disk in $WORK (default: a new folder under /tmp), which is deleted at the end.
#
#   dotnet build -c Release src/PeerChallenge.Cli
#   benchmarks/tool-memory.sh [TOOL.dll] [BEFORE.dll]
#
# TOOL.dll defaults to the Release build; BEFORE.dll, if given, is another build timed on the same 2,000 files
# (e.g. the previous release) for the single-threaded comparison.
set -u
cd "$(dirname "$0")/.."
TOOL=${1:-src/PeerChallenge.Cli/bin/Release/net10.0/peer-challenge.dll}
BEFORE=${2:-}
WORK=${WORK:-$(mktemp -d /tmp/tool-memory.XXXXXX)}
SIZE=${SIZE:-1073741824} # 1 GiB
trap 'rm -rf "$WORK"' EXIT

echo "machine: $(nproc) cores; $(free -h | awk '/^Mem:/ {print $2 " memory"}'); commit $(git rev-parse --short HEAD); $(dotnet --version)"
echo

# One measured run: label, then the command. Prints peak RSS, wall time and the exit code, and the last line of stderr.
measure() {
    local label=$1
    shift
    /usr/bin/time -f "%M %e" -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err"
    local code=$?
    read -r kb seconds < <(tail -n 1 "$WORK/time")
    printf '%-44s peak %6d MB  %7.1f s  exit %d  | %s\n' "$label" $((kb / 1024)) "$seconds" "$code" "$(tail -n 1 "$WORK/err" | cut -c 1-110)"
}

# 1 GiB JSON array of zeros; 1 GiB of text lines with names, phone numbers, postcodes.
{ printf '['; yes '0,' | head -c "$SIZE"; } > "$WORK/big.json"
yes 'Notes 4 October 2011: Sarah Jones (07700 900123) met Mr Khan at S60 2TQ; NHS no. 943 476 5919, DOB 12/03/2009.' \
    | head -c "$SIZE" > "$WORK/big.txt"
mkdir "$WORK/records"
for i in $(seq -w 1 2000); do cp docs/examples/rotherham-2011.json "$WORK/records/r$i.json"; done

measure "validate big.json (1 GiB)"            dotnet "$TOOL" validate "$WORK/big.json"
measure "validate - < big.json (1 GiB)"        sh -c 'exec dotnet "$0" validate - < "$1"' "$TOOL" "$WORK/big.json"
measure "validate - < /dev/zero"               sh -c 'exec dotnet "$0" validate - < /dev/zero' "$TOOL"
measure "redact big.txt (1 GiB)"               dotnet "$TOOL" redact "$WORK/big.txt"
echo "    redact output: $(wc -c < "$WORK/out") bytes, $(wc -l < "$WORK/out") lines"
measure "redact - < big.txt (1 GiB)"           sh -c 'exec dotnet "$0" redact - < "$1"' "$TOOL" "$WORK/big.txt"
measure "redact /dev/zero"                     dotnet "$TOOL" redact /dev/zero
measure "redact --key-file /dev/urandom"       dotnet "$TOOL" redact "$WORK/big.txt" --operator pseudonym --key-file /dev/urandom
measure "validate records/ (2,000 files)"      dotnet "$TOOL" validate "$WORK/records"
measure "validate records/ --format json"      dotnet "$TOOL" validate "$WORK/records" --format json
if [ -n "$BEFORE" ]; then
    measure "before: validate records/ (2,000 files)" dotnet "$BEFORE" validate "$WORK/records"
fi
