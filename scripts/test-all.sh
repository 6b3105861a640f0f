#!/usr/bin/env bash
# The one test gate: installs Chromium if missing, then type checks, data
# validation, unit tests, build, checks of every built page (Node), browser
# tests (Chromium). Ends with "N passed, N failed".
# Run through `npm test` so that node_modules/.bin (Node 24, astro, vitest) is on PATH.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
# Vitest in CI mode: a missing snapshot fails instead of being written, so deleting one cannot pass.
export CI=true
export XDG_CONFIG_HOME="$PWD/.cache/xdg"
mkdir -p reports .cache/xdg
rm -f reports/*.json

# Chromium comes from Debian's packages, never from a browser download.
if [ -z "${CHROME_PATH:-}" ]; then
  if [ -x /usr/bin/chromium ]; then
    export CHROME_PATH=/usr/bin/chromium
  else
    echo "Chromium absent : installation du paquet Debian chromium…"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null \
      || { echo "Échec de l'installation de chromium (apt-get)."; echo "0 passed, 1 failed"; exit 1; }
    export CHROME_PATH=/usr/bin/chromium
  fi
fi

steps_passed=0
steps_failed=0
failed_names=()
step() {
  local name=$1; shift
  echo "── $name"
  local start=$EPOCHREALTIME
  if "$@"; then
    steps_passed=$((steps_passed + 1))
    printf '   %s : ok (%.1f s)\n' "$name" "$(echo "$EPOCHREALTIME - $start" | bc)"
    return 0
  else
    steps_failed=$((steps_failed + 1)); failed_names+=("$name")
    printf '   %s : ÉCHEC (%.1f s)\n' "$name" "$(echo "$EPOCHREALTIME - $start" | bc)"
    return 1
  fi
}
# Steps side by side, for those that do not use every core (type check, lint, knip; the second build and the
# page checks): each one's output is kept apart and printed whole, in order, as `step` would have.
# Arguments: pairs of « name » « command line ».
concurrent_steps() {
  local dir; dir=$(mktemp -d)
  local names=() pids=() i
  local start=$EPOCHREALTIME
  i=0
  while [ $# -gt 0 ]; do
    names+=("$1")
    ( local begin=$EPOCHREALTIME; bash -c "$2" >"$dir/$i.out" 2>&1; echo "$? $(echo "$EPOCHREALTIME - $begin" | bc)" >"$dir/$i.status" ) &
    pids+=($!)
    shift 2; i=$((i + 1))
  done
  wait "${pids[@]}"
  local all_ok=0
  for i in "${!names[@]}"; do
    local name=${names[$i]} code seconds
    read -r code seconds <"$dir/$i.status"
    echo "── $name"
    cat "$dir/$i.out"
    if [ "$code" -eq 0 ]; then
      steps_passed=$((steps_passed + 1))
      printf '   %s : ok (%.1f s, en parallèle)\n' "$name" "$seconds"
    else
      steps_failed=$((steps_failed + 1)); failed_names+=("$name"); all_ok=1
      printf '   %s : ÉCHEC (%.1f s, en parallèle)\n' "$name" "$seconds"
    fi
  done
  printf '   (ensemble : %.1f s)\n' "$(echo "$EPOCHREALTIME - $start" | bc)"
  rm -rf "$dir"
  return $all_ok
}
json_counts() { # file → "passed failed" from a vitest JSON report
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(r.numPassedTests+" "+(r.numFailedTests+(r.numTotalTestSuites>0&&r.numTotalTests===0?1:0)))' "$1" 2>/dev/null || echo "0 1"
}

node_version=$(node --version)
[[ $node_version == v2[4-9].* ]] || { echo "Node 24 attendu (node_modules/.bin/node), trouvé $node_version : lancez via npm test."; echo "0 passed, 1 failed"; exit 1; }

step "validation des données" node scripts/validate-data.ts
concurrent_steps \
  "types (astro check)" "astro check" \
  "lint et format (ESLint, Prettier)" "eslint . && prettier --check --log-level warn ." \
  "code inutilisé (knip)" "knip"
step "tests unitaires" vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
if step "construction (astro build)" astro build; then
  # The same data must give the same site on any day: rebuild « on » another day (faked clock) and compare.
  concurrent_steps \
    "construction reproductible (autre jour, même dist/)" "node scripts/reproducible-build.ts --against dist" \
    "pages construites (sans navigateur)" "vitest run --config vitest.site.config.ts --reporter=default --reporter=json --outputFile.json=reports/site.json"
  step "tests dans Chromium" vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=reports/e2e.json
fi

passed=$steps_passed
failed=$steps_failed
for report in reports/unit.json reports/site.json reports/e2e.json; do
  if [ -f "$report" ]; then
    read -r p f < <(json_counts "$report")
    passed=$((passed + p)); failed=$((failed + f))
  fi
done
# A test step counted above as a whole is not double-counted: its tests are added, the step itself too.
if [ "$steps_failed" -gt 0 ]; then echo "Étapes en échec : ${failed_names[*]}"; fi
echo "$passed passed, $failed failed"
[ "$steps_failed" -eq 0 ] && [ "$failed" -eq 0 ]
