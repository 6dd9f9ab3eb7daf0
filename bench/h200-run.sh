#!/usr/bin/env bash
# The final H200 run: kgen's bench through both runtimes (every format of the default build, n = 1 and 8,
# 4096x14336 and 14336x4096, cold, size-matched streaming reads, floors, the anchor regime) and
# llama.cpp's anchor binary (test-backend-ops perf, MUL_MAT, 13 formats, n = 1 and 8, W = 4096 x 14336)
# in the same device command, so ratioToLlama compares figures of one machine and one hour.
#
# On the GPU machine, from the repository root, with .device (../shared/device/prepare.sh), build (the
# native addon) and .anchor (a copy of ../shared/anchors/llamacpp/test-backend-ops.xz) carried:
#     bash bench/h200-run.sh                 # about 8 minutes; JSON, MD and logs under $OUT
# On lavapipe (a smoke test of this script): bash bench/h200-run.sh --small
set -uo pipefail
small=0
[ "${1:-}" = "--small" ] && small=1
# KGEN_H200_PARTS=llama|kgen|all (default all): run only llama.cpp or only kgen's bench, so the two fit in
# separate 10-minute device commands; KGEN_LLAMA_FILES=setting=path,... feeds earlier llama.cpp outputs.
parts=${KGEN_H200_PARTS:-all}
OUT=${OUT:-/tmp/kgen-h200-run}
mkdir -p "$OUT"
if [ -f .device/remote.sh ] && [ $small = 0 ]; then source .device/remote.sh; fi
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp}
commit=${KGEN_COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}
start=$(date +%s)
stamp() { echo "h200-run: $(( $(date +%s) - start )) s: $*"; }

# 1. llama.cpp: default host settings for n = 1 and 8, force-MMVQ at n = 1, the dequantizing path at n = 8
#    (the settings whose best the anchors page reports). Each case runs about 4 s.
llama=()
tbo=/tmp/kgen-tbo
if [ "$parts" = kgen ]; then
  [ -n "${KGEN_LLAMA_FILES:-}" ] && IFS=, read -ra llama <<< "$KGEN_LLAMA_FILES"
elif [ -f .anchor/test-backend-ops.xz ]; then
  xz -dc .anchor/test-backend-ops.xz > $tbo && chmod +x $tbo
  if [ $small = 1 ]; then
    types='q4_0'; ns='1'; export GGML_VK_VISIBLE_DEVICES=0
  else
    types='q4_0|q4_1|q5_0|q5_1|q8_0|mxfp4|q2_K|q3_K|q4_K|q5_K|q6_K|iq4_nl|iq4_xs'; ns='18'
    # The grid i-quants and the newer formats: default and force-MMVQ (as on the anchors page).
    types_new='iq2_xxs|iq2_xs|iq2_s|iq3_xxs|iq3_s|iq1_s|iq1_m|nvfp4|q1_0|q2_0'
  fi
  run_tbo() { # setting, n pattern, env...
    local setting=$1 n=$2; shift 2
    stamp "llama.cpp $setting n=[$n]"
    env "$@" timeout 300 $tbo perf -o MUL_MAT -b Vulkan0 -p "type_a=(${TYPES:-$types}),type_b=f32,m=4096,n=[$n],k=14336," > "$OUT/llama-$setting.txt" 2>&1
    grep -c 'us/run' "$OUT/llama-$setting.txt" >/dev/null && llama+=("$setting=$OUT/llama-$setting.txt")
  }
  run_tbo default "$ns"
  if [ $small = 0 ]; then
    run_tbo force 1 GGML_VK_FORCE_MMVQ=1
    run_tbo dequant 8 GGML_VK_DISABLE_MMVQ=1
    TYPES=$types_new run_tbo newdefault 18
    TYPES=$types_new run_tbo newforce 1 GGML_VK_FORCE_MMVQ=1
  fi
else
  echo "h200-run: no .anchor/test-backend-ops.xz: ratioToLlama falls back to the anchors page's figures"
fi
llama_arg=()
[ ${#llama[@]} -gt 0 ] && llama_arg=(--llama "$(IFS=,; echo "${llama[*]}")")

if [ "$parts" = llama ]; then stamp "done (llama.cpp only)"; exit 0; fi

# 2. kgen: both runtimes, one child process each (kgen bench does that), tuned variants of the default build.
stamp "kgen bench"
if [ $small = 1 ]; then
  args=(--small --runtimes spirv,wgsl --anchor)
else
  args=(--runtimes spirv,wgsl --shapes 4096x14336,14336x4096 --ncols 1,8 --regimes cold --anchor --reps 30)
fi
node bin/kgen.js bench "${args[@]}" "${llama_arg[@]}" --reports-dir "$OUT/parts" \
  --json "$OUT/h200-$commit.json" --md "$OUT/h200-$commit.md" 2>&1 | tee "$OUT/bench.log"
rc=${PIPESTATUS[0]}
# Per-runtime JSON (docs/benchmarks/h200-<runtime>-<commit>.json) from the child reports.
for rt in spirv wgsl; do [ -f "$OUT/parts/report.$rt.json" ] && cp "$OUT/parts/report.$rt.json" "$OUT/h200-$rt-$commit.json"; done
rm -rf "$OUT/parts"
stamp "done (kgen bench exit $rc)"
exit $rc
