#!/usr/bin/env bash
# The hostile casebook of issue 14, run through the release binary as a new user would:
# check, build, bundle and serve on casebooks made in a temporary folder from the sample.
#   1. "broken": every problem in its own file (huge and overflowing numbers, alias chains,
#      an alias as a key, NUL, control characters, U+2028, a symbolic link to /etc/passwd used
#      as an image, a path with a space): no crash, each problem located, nothing written.
#   2. "rubric": a rubric `max: 1e300`, located.
#   3. "valid": a phone photo with GPS tags, media names with spaces, #, ? and %, a crafted
#      base_url, formula cells, U+2028 in text: built; no metadata in any published image,
#      nothing from outside the folder in site/ or the zip, base_url escaped, cells neutralised;
#      killed builds leave nothing behind; a mount point as the output folder; bundle refusals;
#      serve against long, slow, foreign-Host and too many requests.
# Usage: scripts/hostile-check.sh [BINARY] (default: .build/release/casebook, built if missing).
# Needs exiftool and unzip (scripts/install-system-packages.sh); the mount-point step needs root.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$repo/.build/release/casebook}
if [ ! -x "$bin" ]; then (cd "$repo" && swift build -c release --product casebook); fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
work=$(mktemp -d /tmp/casebook-hostile-XXXXXX)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    mountpoint -q "$work/valid/site" 2>/dev/null && umount "$work/valid/site" || true
    rm -rf "$work"
}
trap cleanup EXIT
failures=0
elapsed() { local ms=$(( ($(date +%s%N) - $1) / 1000000 )); printf "%d.%03d s" $((ms / 1000)) $((ms % 1000)); }
pass() { echo "  ok: $*"; }
fail() { echo "  FAILED: $*"; failures=$((failures + 1)); }
# run NAME CMD...: runs the command with its output in $work/NAME.out; a crash (a signal,
# exit status 128 or more) is a failure; the status is left in $status.
run() {
    local name=$1; shift
    set +e; "$@" >"$work/$name.out" 2>&1; status=$?; set -e
    if [ $status -ge 128 ]; then fail "$name crashed (exit status $status)"; sed 's/^/    /' "$work/$name.out" | tail -20; fi
}
# expect_line NAME TEXT: the output of NAME has a line containing TEXT.
expect_line() {
    if grep -qF -- "$2" "$work/$1.out"; then pass "$1: $2"; else fail "$1 does not say: $2"; sed 's/^/    /' "$work/$1.out" | head -40; fi
}
# every_problem_located NAME: every error and warning names file:line:col; a whole file (a
# symbolic link, an unreadable file) may be named without a line.
every_problem_located() {
    local bad
    bad=$(grep -E '(^|: )(error|warning):' "$work/$1.out" | grep -vE '^content/[^: ]+(:[0-9]+:[0-9]+)?: (error|warning): ' || true)
    if [ -z "$bad" ]; then pass "$1: every problem is located"; else fail "$1: problems without a place:"; echo "$bad" | sed 's/^/    /'; fi
}
new_casebook() {
    mkdir -p "$work/$1"
    cp -r "$repo/content" "$work/$1/content"
    mkdir -p "$work/$1/content/media"
}
case_file() {  # case_file BOOK ID FRONT-MATTER-LINES [BODY]
    printf -- '---\ntitle: "Кейс %s"\nsummary: "Кратко."\nmunicipality: ak-zhyldyz\nsectors: [preschool]\ntarget_groups: [women]\n%s\n---\n\n%s\n' \
        "$2" "$3" "${4:-Текст.}" >"$work/$1/content/cases/$2.ru.md"
}
photo="$repo/Tests/CasebookImagesTests/Fixtures/phone.jpg"

echo "== 1. broken casebook: check and build"
new_casebook broken
b=broken
case_file $b h-year 'year: 99999999999999999999'
case_file $b h-budget 'budget_kgs: 1e19'
case_file $b h-funding $'funding:\n  - {source: donor, kgs: 9223372036854775807}\n  - {source: community, kgs: 9223372036854775807}'
case_file $b h-total 'beneficiaries: {total: 9223372036854775807}'
case_file $b h-by-sex 'beneficiaries: {total: 100, women: 90, men: 90}'
chain='x0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'
for i in 1 2 3 4 5 6 7 8 9; do chain+=$'\n'"x$i: &a$i [*a$((i-1)), *a$((i-1)), *a$((i-1)), *a$((i-1)), *a$((i-1)), *a$((i-1)), *a$((i-1)), *a$((i-1)), *a$((i-1))]"; done
case_file $b h-alias-chain "$chain"
case_file $b h-alias-key $'highlights: [&a x]\n*a : x'
printf -- '---\ntitle: "Ке\0йс"\nsummary: "Кратко."\nmunicipality: ak-zhyldyz\nsectors: [preschool]\ntarget_groups: [women]\n---\n\nТекст.\n' \
    >"$work/$b/content/cases/h-nul.ru.md"
case_file $b h-control $'highlights: ["a\x1bb"]'
case_file $b h-line-separator $'highlights: ["a\u2028b"]'
ln -s /etc/passwd "$work/$b/content/media/pw.png"
case_file $b h-symlink '' '![pw](../media/pw.png)'
cp "$photo" "$work/$b/content/media/Фото 1.JPG"
case_file $b h-space '' '![Фото](../media/Фото 1.JPG)'
sed -i 's/^  participation: 13$/  participation: 99999999999999999999/' "$work/$b/content/evaluations/ak-zhyldyz.ru.md"
sed -i 's/^  participation: [0-9]*$/  participation: 1e19/' "$work/$b/content/evaluations/altyn-kyrman.ru.md"
start=$(date +%s%N)
run check-broken "$bin" check --root "$work/$b"
echo "  check took $(elapsed $start)"
[ "$status" = 1 ] && pass "check-broken: exit status 1" || fail "check-broken: exit status $status, not 1"
every_problem_located check-broken
for expected in \
    "content/cases/h-year.ru.md:7:7: error: 'year' must be between 1991 and 2100, not 99999999999999999999" \
    "content/cases/h-budget.ru.md:7:13: error: 'budget_kgs' must be a whole number, not '1e19'" \
    "content/cases/h-funding.ru.md:8:26: error: 'kgs' must be between 0 and 1000000000000000, not 9223372036854775807" \
    "content/cases/h-funding.ru.md:9:30: error: 'kgs' must be between 0 and 1000000000000000, not 9223372036854775807" \
    "content/cases/h-total.ru.md:7:24: error: 'beneficiaries.total' must be between 0 and 100000000, not 9223372036854775807" \
    "content/cases/h-by-sex.ru.md:7:16: error: beneficiaries by sex (women, men, girls, boys) add up to 180, more than the total 100" \
    "content/cases/h-alias-chain.ru.md:7:5: error:" \
    "content/cases/h-alias-key.ru.md:7:14: error:" \
    "content/cases/h-nul.ru.md:2:11: error:" \
    "content/cases/h-control.ru.md:7:16: error:" \
    "content/cases/h-line-separator.ru.md:7:16: error:" \
    "content/media/pw.png: error: symbolic link to '/etc/passwd', outside the casebook folder" \
    "content/cases/h-symlink.ru.md:10:1: error:" \
    "content/cases/h-space.ru.md:10:1: error: image '../media/Фото 1.JPG' is shown as text: a path with spaces must stand in angle brackets" \
    "content/evaluations/ak-zhyldyz.ru.md:5:18: error: score 99999999999999999999 for 'participation' is out of range 0–15" \
    "content/evaluations/altyn-kyrman.ru.md:5:18: error: score 1e19 for 'participation' is out of range 0–15"; do
    expect_line check-broken "$expected"
done
run build-broken "$bin" build --no-pdf --root "$work/$b"
[ "$status" = 1 ] && pass "build-broken: exit status 1" || fail "build-broken: exit status $status, not 1"
every_problem_located build-broken
[ ! -e "$work/$b/site/index.html" ] && pass "build-broken: nothing written" || fail "build-broken wrote site/"
run bundle-broken "$bin" bundle --build --root "$work/$b"
[ "$status" = 1 ] && pass "bundle-broken: exit status 1" || fail "bundle-broken: exit status $status, not 1"
if grep -rqs "root:x:0:0" "$work/$b/site" "$work/$b"/casebook-*.zip; then fail "/etc/passwd was published"; else pass "nothing of /etc/passwd published"; fi

echo "== 2. a rubric max of 1e300"
new_casebook rubric
sed -i '0,/^      max: 15$/s//      max: 1e300/' "$work/rubric/content/casebook.yml"
line=$(grep -n '^      max: 1e300$' "$work/rubric/content/casebook.yml" | cut -d: -f1)
run check-rubric "$bin" check --root "$work/rubric"
[ "$status" = 1 ] && pass "check-rubric: exit status 1" || fail "check-rubric: exit status $status, not 1"
expect_line check-rubric "content/casebook.yml:$line:12: error: 'max' must be between 0 and 1000, not 1e300"
every_problem_located check-rubric

echo "== 3. valid casebook: build"
new_casebook valid
v=$work/valid
base_url='https://example.org/x"><script>alert(1)</script>/'
sed -i "s|^base_url: .*|base_url: '$base_url'|" "$v/content/casebook.yml"
sed -i "s/^  ak-zhyldyz: {district: nooken, cohort: psi, ru: \"Ак-Жылдыз\", en: \"Ak-Zhyldyz\"}$/  ak-zhyldyz: {district: nooken, cohort: psi, ru: '=HYPERLINK(\"http:\/\/evil.example\",\"ru\")', en: '@SUM(A1)'}/" "$v/content/casebook.yml"
grep -q "=HYPERLINK" "$v/content/casebook.yml" || fail "the formula name was not put into casebook.yml"
mkdir -p "$v/themes"
for name in "phone.jpg" "Фото 1.JPG" "a#1.jpg" "b?.jpg" "100%.jpg"; do cp "$photo" "$v/content/media/$name"; done
sed -i '0,/^weight: 10$/s//weight: 10\nimage: phone.jpg\nimage_alt: "Фото"/' "$v/content/cases/ak-zhyldyz-kindergarten.ru.md"
sed -i '0,/^translation_of: /s//image_alt: "Photo"\n&/' "$v/content/cases/ak-zhyldyz-kindergarten.en.md"
sed -i "s/^title: .*/title: '=HYPERLINK(\"http:\/\/evil.example\",\"click\")'/" "$v/content/cases/ak-zhyldyz-kindergarten.ru.md"
printf '\n![Фото](<../media/Фото 1.JPG>) ![a](../media/a%%231.jpg) ![b](../media/b%%3F.jpg) ![c](../media/100%%25.jpg)\n\nСтрока\xe2\x80\xa8через разделитель.\n' \
    >>"$v/content/cases/ak-zhyldyz-kindergarten.ru.md"
run check-valid "$bin" check --root "$v"
[ "$status" = 0 ] && pass "check-valid: exit status 0" || { fail "check-valid: exit status $status"; cat "$work/check-valid.out"; }
start=$(date +%s%N)
run build-valid "$bin" build --no-pdf -q --root "$v"
first=$(elapsed $start)
[ "$status" = 0 ] && pass "build-valid: exit status 0 ($first)" || { fail "build-valid: exit status $status"; cat "$work/build-valid.out"; }
start=$(date +%s%N)
run build-valid-again "$bin" build --no-pdf -q --root "$v"
echo "  second build: $(elapsed $start) (first $first)"
run export-results "$bin" export results --root "$v"
grep -q "'=HYPERLINK" "$work/export-results.out" && pass "export results: the formula name neutralised" || { fail "export results:"; head -5 "$work/export-results.out"; }
python3 - "$v/site" "$base_url" <<'PY' || failures=$((failures + 1))
import html, pathlib, re, sys, urllib.parse
site, base_url = pathlib.Path(sys.argv[1]), sys.argv[2]
bad = []
for page in site.rglob("*.html"):
    text = page.read_text(encoding="utf-8")
    if "<script>alert(1)" in text: bad.append(f"{page}: base_url written raw")
    for src in re.findall(r'<img[^>]*?\ssrc="([^"]+)"', text) + [u.split()[0] for s in re.findall(r'srcset="([^"]+)"', text) for u in s.split(",")]:
        url = html.unescape(src)
        if url.startswith(("http:", "https:", "data:")): continue
        target = (page.parent / urllib.parse.unquote(url.split("#")[0])).resolve()
        if not target.is_file(): bad.append(f"{page.relative_to(site)}: image {src} is missing")
for csv in site.glob("*/results/results.csv"):
    text = csv.read_text(encoding="utf-8-sig")
    if "'=HYPERLINK" not in text and "'@SUM(A1)" not in text: bad.append(f"{csv}: the formula name is not there, neutralised")
    if re.search(r'(^|,)"?[=+@]', text, re.M): bad.append(f"{csv}: a cell starts with a formula character")
page = site / "ru/cases/ak-zhyldyz-kindergarten/index.html"
case = page.read_text(encoding="utf-8") if page.exists() else ""
if "%D0%A4%D0%BE%D1%82%D0%BE%201" not in case or "a%231" not in case or "b%3F" not in case or "100%25" not in case:
    bad.append("the media names are not percent-encoded in the case page")
print("\n".join("  FAILED: " + b for b in bad) or "  ok: base_url escaped, every image found, names encoded, formula cells neutralised")
sys.exit(1 if bad else 0)
PY
images=$( (find "$v/site" -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' -o -iname '*.webp' -o -iname '*.avif' \) 2>/dev/null || true) | wc -l)
tags=$(exiftool -q -q -r -a -G1 -s -GPS:all -SerialNumber -InternalSerialNumber -XMP:all -IPTC:all -MakerNotes:all -Comment "$v/site" || true)
if [ "$images" -gt 0 ] && [ -z "$tags" ]; then pass "exiftool: no GPS, serial, XMP, IPTC or comment in $images published images"
else fail "exiftool found metadata in site/ ($images images):"; echo "$tags" | head -20 | sed 's/^/    /'; fi
if grep -rqs "root:x:0:0" "$v/site"; then fail "/etc/passwd in site/"; else pass "nothing of /etc/passwd in site/"; fi

echo "== 4. killed builds leave nothing behind"
rm -rf "$v/site"
for delay in 0.3 0.6 0.9 1.2 1.5 2.0; do
    "$bin" build --no-pdf -q --root "$v" >/dev/null 2>&1 & pid=$!
    sleep "$delay"; kill -9 $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
done
left=$(find "$v" -maxdepth 1 -name '.site.*' | wc -l)
echo "  after 6 kills: $left leftover folders"
run build-after-kills "$bin" build --no-pdf -q --root "$v"
left=$(find "$v" -maxdepth 1 \( -name '.site.staging-*' -o -name '.site.old-*' \) | wc -l)
[ "$status" = 0 ] && [ "$left" = 0 ] && [ -f "$v/site/index.html" ] && pass "build after kills: built, no .site.staging-*/.site.old-* left" \
    || { fail "build after kills: status $status, $left leftovers"; cat "$work/build-after-kills.out"; }

echo "== 5. a mount point as the output folder"
mkdir -p "$v/site"
if mount -t tmpfs tmpfs "$v/site" 2>/dev/null; then
    run build-mount "$bin" build --no-pdf -q --root "$v"
    echo stale >"$v/site/stale.txt"
    run build-mount-again "$bin" build --no-pdf -q --root "$v"
    [ "$status" = 0 ] && [ -f "$v/site/index.html" ] && [ ! -e "$v/site/stale.txt" ] && mountpoint -q "$v/site" \
        && pass "build into a tmpfs mounted on site/, twice: contents replaced, still mounted" \
        || { fail "build into a mount point: status $status"; cat "$work/build-mount.out" "$work/build-mount-again.out"; }
    umount "$v/site"
else
    echo "  skipped: cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)"
fi
run build-valid-after "$bin" build --no-pdf -q --root "$v"

echo "== 6. bundle"
config_sum=$(sha256sum "$v/content/casebook.yml")
for target in content/casebook.yml content themes site; do
    run "bundle-into-$(echo $target | tr / -)" "$bin" bundle --root "$v" --output "$v/$target"
    [ "$status" = 1 ] && pass "bundle --output $target refused" || fail "bundle --output $target: exit status $status"
    expect_line "bundle-into-$(echo $target | tr / -)" "error: refusing to write the bundle to $v/$target: "
done
[ "$(sha256sum "$v/content/casebook.yml")" = "$config_sum" ] && pass "casebook.yml untouched" || fail "casebook.yml was overwritten"
run bundle-valid "$bin" bundle --root "$v" --output "$work/valid.zip"
[ "$status" = 0 ] && [ -f "$work/valid.zip" ] && pass "bundle written" || { fail "bundle: status $status"; cat "$work/bundle-valid.out"; }
mkdir -p "$work/unzipped" && unzip -q "$work/valid.zip" -d "$work/unzipped"
if grep -rqs "root:x:0:0" "$work/unzipped"; then fail "/etc/passwd in the zip"; else pass "nothing of /etc/passwd in the zip"; fi
tags=$(exiftool -q -q -r -a -G1 -s -GPS:all -SerialNumber -XMP:all -IPTC:all -Comment "$work/unzipped" || true)
[ -z "$tags" ] && pass "exiftool: no metadata in the zip's images" || fail "metadata in the zip: $tags"

echo "== 7. serve"
serve_test() {  # serve_test BOOK: serves BOOK with a low open-file limit and attacks it
    local port=$((20000 + RANDOM % 20000))
    (ulimit -n 256; exec "$bin" serve --root "$work/$1" --port $port) >"$work/serve-$1.out" 2>&1 &
    server=$!
    python3 - "$port" "$server" "$1" <<'PY' || failures=$((failures + 1))
import os, socket, sys, time
port, pid, book = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
bad = []
def connect():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s
def ask(raw, timeout=10):
    s = connect(); s.settimeout(timeout)
    start = time.monotonic()
    try:
        s.sendall(raw)
    except (BrokenPipeError, ConnectionResetError):
        pass
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = s.recv(65536)
            if not chunk: break
            data += chunk
        if b"\r\n\r\n" in data:
            head, _, body = data.partition(b"\r\n\r\n")
            length = next((int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")), 0)
            while len(body) < length:
                chunk = s.recv(65536)
                if not chunk: break
                body += chunk
            data = head + b"\r\n\r\n" + body
    except (ConnectionResetError, socket.timeout):
        pass
    s.close()
    status = data.split(b" ", 2)[1].decode() if data.startswith(b"HTTP/") else "none"
    return status, time.monotonic() - start, data
def get(path, host="127.0.0.1"):
    return ask(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
def cpu():
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
def check(label, ok):
    print(("  ok: " if ok else "  FAILED: ") + label)
    if not ok: bad.append(label)
deadline = time.monotonic() + 120
while True:
    try:
        status, _, _ = get("/")
        if status != "none": break
    except OSError:
        pass
    if time.monotonic() > deadline: sys.exit("  FAILED: serve did not answer within 120 s")
    time.sleep(0.5)
if book == "broken":
    status, _, data = get("/media/pw.png")
    check(f"/media/pw.png (a link to /etc/passwd) not served: {status}", b"root:x:0:0" not in data)
    sys.exit(1 if bad else 0)
status, took, _ = get("/" + "a" * 100_000)
check(f"100 KB request line: {status} in {took:.2f} s", status == "414" and took < 2)
status, took, _ = ask(b"GET /" + b"a" * 10_000_000 + b" HTTP/1.1\r\n\r\n")
check(f"10 MB request line: {status} in {took:.2f} s", status == "414" and took < 5)
status, took, _ = ask(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Pad: " + b"b" * 9000 + b"\r\n\r\n")
check(f"9 KB of header fields: {status} in {took:.2f} s", status == "431" and took < 2)
before = cpu(); time.sleep(2); idle = cpu() - before
check(f"after the long requests the server is idle ({idle:.2f} s of CPU in 2 s)", idle < 0.5)
status, _, _ = get("/", host="evil.example")
check(f"Host: evil.example gets {status}", status == "403")
slow = []
for _ in range(30):
    s = connect(); s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); slow.append(s)
status, took, _ = get("/")
check(f"with 30 slowloris connections open, a request gets {status} in {took:.2f} s", status == "200" and took < 5)
for s in slow: s.close()
many = []
try:
    for _ in range(400):
        many.append(connect())
except OSError as error:
    print(f"  (client stopped opening connections at {len(many)}: {error})")
statuses = set()
for s in many[-20:]:
    try:
        s.settimeout(5); s.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        statuses.add(s.recv(12)[9:12].decode() or "closed")
    except OSError as error:
        statuses.add(type(error).__name__)
for s in many: s.close()
time.sleep(1)
alive = os.path.exists(f"/proc/{pid}") and open(f"/proc/{pid}/stat").read().split()[2] != "Z"
status, took, _ = get("/")
check(f"{len(many)} connections beyond `ulimit -n 256` (last ones answered {sorted(statuses)}); then a request gets {status}",
      alive and status == "200" and statuses <= {"200", "503", "closed", "ConnectionResetError", "BrokenPipeError"})
sys.exit(1 if bad else 0)
PY
    kill -INT "$server" 2>/dev/null || true
    set +e; wait "$server"; status=$?; set -e
    server=
    [ $status -lt 128 ] && pass "serve $1 stopped with exit status $status" || { fail "serve $1: exit status $status"; tail -20 "$work/serve-$1.out"; }
}
serve_test broken
serve_test valid

echo
if [ $failures = 0 ]; then echo "hostile check: all passed"; else echo "hostile check: $failures failed"; exit 1; fi
