#!/usr/bin/env bash
# The design-time flow of docs/design-time.md, both ways, timed: a pretrained Fashion-MNIST classifier
# (the "teacher", trained here once when missing: it stands for the model a user starts from) ->
# a distilled student -> static int8 -> accuracy against the teacher's, latency and speed-up.
#   by hand: the five medli commands a user types (their outputs read and compared with the goals by eye)
#   recipe:  medli recipe new (the recipe Compress... makes in the IDE, unchanged), then medli recipe
#            run (the runner of the IDE's Run); the by-hand commands use the same settings
#   then the goal changes ("and under 2 ms"): by hand the comparison is run again; the recipe gets
#   the goal and runs again, every step reused.
# Usage: tools/design-time.sh [OUT_DIR]   (about 10 minutes on 2 cores). MEDLI may name another medli.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/tools/bootstrap.sh"
medli_ensure_apt dataset-fashion-mnist
out="${1:-$root/build/design-time}"
medli=(${MEDLI:-"$root/medli"})
data=/usr/share/datasets/fashion-mnist
mkdir -p "$out"
cd "$out"
if [ ! -f teacher.onnx ]; then
  "${medli[@]}" train --data "$data" --student cnn --param width=32 --epochs 8 --threads 2 --seed 1 --out teacher.onnx >teacher.log 2>&1
fi
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }
student=(--student cnn --epochs 10 --temperature 4 --alpha 0.7 --seed 1) # a DistillStep's defaults

rm -rf hand && mkdir hand
t=$(now)
"${medli[@]}" distill --data "$data" --teacher teacher.onnx "${student[@]}" --threads 2 --out hand/student.onnx >hand/1-distill.log 2>&1
"${medli[@]}" quantize hand/student.onnx --static --data "$data" --out hand/student-int8.onnx >hand/2-quantize.log 2>&1
"${medli[@]}" evaluate teacher.onnx --data "$data" >hand/3-evaluate-teacher.log 2>&1
"${medli[@]}" evaluate hand/student-int8.onnx --data "$data" >hand/4-evaluate-student.log 2>&1
"${medli[@]}" compare teacher.onnx hand/student-int8.onnx --data "$data" --threads 2 >hand/5-compare.log 2>&1
hand_first=$(since "$t")
t=$(now)
"${medli[@]}" compare teacher.onnx hand/student-int8.onnx --data "$data" --threads 2 >hand/6-compare-again.log 2>&1
hand_goal=$(since "$t")

rm -rf recipe && mkdir recipe
t=$(now)
"${medli[@]}" recipe new teacher.onnx --project recipe --out recipe/teacher.medlirecipe >recipe/new.log 2>&1
"${medli[@]}" recipe run recipe/teacher.medlirecipe >recipe/first.log 2>&1 || true # exit 3: a goal not met
recipe_first=$(since "$t")
sed -i 's|  <goals metric="min-speedup" value="1.2"/>|  <goals metric="min-speedup" value="1.2"/>\n  <goals metric="max-latency-ms" value="2.0"/>|' recipe/teacher.medlirecipe
grep -q max-latency-ms recipe/teacher.medlirecipe || { echo "the goal was not added"; exit 1; }
t=$(now)
"${medli[@]}" recipe run recipe/teacher.medlirecipe >recipe/goal.log 2>&1 || [ $? -eq 3 ] || { cat recipe/goal.log; exit 1; }
recipe_goal=$(since "$t")
for w in 24 32; do
  t=$(now)
  "${medli[@]}" distill --data "$data" --teacher teacher.onnx "${student[@]}" --param width=$w --threads 2 --out hand/student-$w.onnx >hand/7-distill-$w.log 2>&1
  "${medli[@]}" quantize hand/student-$w.onnx --static --data "$data" --out hand/student-$w-int8.onnx >hand/8-quantize-$w.log 2>&1
  "${medli[@]}" evaluate hand/student-$w-int8.onnx --data "$data" >hand/9-evaluate-$w.log 2>&1
  "${medli[@]}" compare teacher.onnx hand/student-$w-int8.onnx --data "$data" --threads 2 >hand/10-compare-$w.log 2>&1
  hand_widths="${hand_widths:-} $(since "$t")"
done
sed -i 's|  <steps xsi:type="recipe:DistillStep" name="distill"/>|  <steps xsi:type="recipe:DistillStep" name="distill"/>\n  <variants step="distill" parameter="studentParams">\n    <values>width=24</values>\n    <values>width=32</values>\n  </variants>|' recipe/teacher.medlirecipe
grep -q "width=32" recipe/teacher.medlirecipe || { echo "the variant was not added"; exit 1; }
t=$(now)
"${medli[@]}" recipe run recipe/teacher.medlirecipe >recipe/search.log 2>&1 || [ $? -eq 3 ] || { cat recipe/search.log; exit 1; }
recipe_search=$(since "$t")
echo "first run: by hand $hand_first s, recipe $recipe_first s; goal change: by hand $hand_goal s, recipe $recipe_goal s"
echo "wider students: by hand $hand_widths s (each width), recipe search $recipe_search s (both)"
cat recipe/new.log
grep -h "^accuracy\|^goal\|reused\|p50\|speed-up\|latency" hand/3-evaluate-teacher.log hand/4-evaluate-student.log hand/5-compare.log \
    hand/9-evaluate-*.log hand/10-compare-*.log recipe/first.log recipe/goal.log | head -60
tail -n 12 recipe/search.log
