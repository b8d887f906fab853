#!/usr/bin/env bash
# The full benchmark run: JMH (serialize, dispatch, parse, type order, widget stream, template, A2UI, and
# the serialize, dispatch, A2UI write and template contenders taking turns in one thread)
# with -prof gc, chatkit-python's template build timed in python3 (with Jinja2 and pydantic), the
# cold-start runs and the compile-time runs (plain javac, widgetry-processor, avaje-jsonb's generator,
# widgetry-processor alone, javac's parsing alone), then benchmarks/RESULTS.md from the figures of this one run. Plain bash,
# java and python3; about 50 minutes on 2 cores. Run it on a quiet machine:
#
#   benchmarks/run.sh
#
# COLD_START_RUNS (default 15) and COMPILE_RUNS (default 5) set how many runs each median takes;
# JMH_PASSES (default 3) how many passes of one fork each JMH makes over every benchmark;
# WIDGETRY_PYTHON (default python3, as for the template tests) names the interpreter that has Jinja2 and pydantic;
# JMH_ARGS adds JMH options other than -f, which each pass sets to one fork (a second -f stops JMH);
# e.g. JMH_PASSES=1 JMH_ARGS='-wi 1 -i 1' for a quick look, not for the page. Every benchmark gets
# JMH_PASSES forks, whatever its @Fork says.
set -euo pipefail
cd "$(dirname "$0")/.."

cold_start_runs=${COLD_START_RUNS:-15}
compile_runs=${COMPILE_RUNS:-5}
jmh_passes=${JMH_PASSES:-3}
results=benchmarks/target/results
page=benchmarks/RESULTS.md

echo "Building (mvn -q -pl benchmarks -am package -DskipTests)"
mvn -q -pl benchmarks -am package -DskipTests
rm -rf "$results"
mkdir -p "$results"
classpath="benchmarks/target/classes:$(cat benchmarks/target/runtime-classpath.txt)"
processor_path=$(cat benchmarks/target/processor-path.txt)
# Cold start and compile time run as a ChatKit application has it, without widgetry-a2ui: on the
# class path its registry would join the cold start and its RecordPath would make javac write
# binding paths for every record.
chatkit_classpath=$(printf '%s' "$classpath" | tr ':' '\n' | grep -v -e '/a2ui/target/' -e 'widgetry-a2ui' | paste -sd:)
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac_bin="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
properties="$results/run.properties"

prop() {
  printf '%s=%s\n' "$1" "$(printf '%s' "$2" | sed 's/\\/\\\\/g')" >> "$properties"
}

# Milliseconds one command takes, its output discarded.
elapsed_ms() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# Writes NAME.median, NAME.min and NAME.max of the numbers in FILE, one a line.
summary() {
  local name=$1 file=$2
  sort -n "$file" | awk -v name="$name" '
    { v[NR] = $1 }
    END {
      median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%s.median=%s\n%s.min=%s\n%s.max=%s\n", name, median, name, v[1], name, v[NR]
    }' >> "$properties"
}

prop date "$(date -u '+%Y-%m-%d %H:%M UTC')"
prop cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
prop cores "$(nproc)"
prop memory "$(free -h | awk '/^Mem:/ {print $2}')"
prop jdk "$("$java_bin" -version 2>&1 | sed -n 2p)"
prop os "$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
prop load.before "$(cut -d' ' -f1-3 /proc/loadavg)"

echo "1-4, 7-10. JMH: serialize, dispatch, parse, type order, widget stream, template, A2UI, turns, in $jmh_passes passes (about 40 minutes)"
# One fork of every benchmark a pass, rather than JMH's forks of one benchmark back to back: this
# machine's speed drifts for tens of seconds at a time, and a row whose forks all ran in one slow
# stretch read slower than its neighbour for it. The page takes a row's forks from all passes.
for pass in $(seq "$jmh_passes"); do
  # shellcheck disable=SC2086 # JMH_ARGS is a list of options
  "$java_bin" -cp "$classpath" org.openjdk.jmh.Main -f 1 -prof gc -rf json -rff "$results/jmh-$pass.json" ${JMH_ARGS:-} \
    'dev\.widgetry\.benchmarks\.\w+Benchmark\.' > "$results/jmh-$pass.log"
done

echo "8. Template: chatkit-python's build steps on the same file and data, timed in python3"
python_bin=${WIDGETRY_PYTHON:-python3}
"$java_bin" -cp "$classpath" dev.widgetry.benchmarks.templates.TemplateData "$results/template-data.json" \
  "$results/template-widget.json"
"$python_bin" benchmarks/python/template_build.py benchmarks/src/main/resources/widgets/order_list.widget \
  "$results/template-data.json" "$results/template-widget.json" >> "$properties"
prop template.rows 40
prop bytes.template "$(wc -c < "$results/template-widget.json")"

echo "5. Cold start: $cold_start_runs fresh JVMs each"
for run in $(seq "$cold_start_runs"); do
  elapsed_ms "$java_bin" -cp "$chatkit_classpath" dev.widgetry.benchmarks.coldstart.WidgetryColdStart >> "$results/coldstart-widgetry.txt"
  elapsed_ms "$java_bin" -cp "$chatkit_classpath" dev.widgetry.benchmarks.coldstart.JacksonColdStart >> "$results/coldstart-jackson.txt"
  elapsed_ms "$java_bin" -cp "$chatkit_classpath" dev.widgetry.benchmarks.coldstart.BuildOnlyColdStart >> "$results/coldstart-floor.txt"
done
prop coldstart.runs "$cold_start_runs"
summary coldstart.widgetry "$results/coldstart-widgetry.txt"
summary coldstart.jackson "$results/coldstart-jackson.txt"
summary coldstart.floor "$results/coldstart-floor.txt"

echo "6. Compile time: javac on 200 records five ways, $compile_runs runs each, interleaved"
# The same records twice: @Widget for widgetry-processor (and plain javac), @Json for avaje-jsonb.
sources="$results/widget-sources"
avaje_sources="$results/avaje-sources"
"$java_bin" -cp "$chatkit_classpath" dev.widgetry.benchmarks.compilecost.WidgetSources "$sources" 200 widgetry
"$java_bin" -cp "$chatkit_classpath" dev.widgetry.benchmarks.compilecost.WidgetSources "$avaje_sources" 200 avaje
find "$sources" -name '*.java' > "$results/widget-sources.txt"
find "$avaje_sources" -name '*.java' > "$results/avaje-sources.txt"
avaje_processor_path=$(cat benchmarks/target/avaje-processor-path.txt)
for run in $(seq "$compile_runs"); do
  rm -rf "$results"/classes-* "$results/generated-only"
  elapsed_ms "$javac_bin" --release 17 -proc:none -cp "$chatkit_classpath" -d "$results/classes-plain" \
    "@$results/widget-sources.txt" >> "$results/compile-plain.txt"
  elapsed_ms "$javac_bin" --release 17 -processorpath "$processor_path" -cp "$chatkit_classpath" -d "$results/classes-processor" \
    "@$results/widget-sources.txt" >> "$results/compile-processor.txt"
  elapsed_ms "$javac_bin" --release 17 -processorpath "$avaje_processor_path" -cp "$chatkit_classpath" -d "$results/classes-avaje" \
    "@$results/avaje-sources.txt" >> "$results/compile-avaje.txt"
  mkdir -p "$results/generated-only"
  elapsed_ms "$javac_bin" --release 17 -proc:only -processorpath "$processor_path" -cp "$chatkit_classpath" \
    -d "$results/classes-processor-only" -s "$results/generated-only" \
    "@$results/widget-sources.txt" >> "$results/compile-processorOnly.txt"
  # What the processor-alone run costs without the processor: javac parsing and entering the records.
  # Its warning that no processor was found is the point of the run; anything else javac says fails it.
  mkdir -p "$results/no-processors"
  elapsed_ms "$javac_bin" --release 17 -proc:only -processorpath "$results/no-processors" -cp "$chatkit_classpath" \
    -d "$results/classes-parse-only" "@$results/widget-sources.txt" 2> "$results/compile-parseOnly.err" \
    >> "$results/compile-parseOnly.txt"
  if grep -v -e 'no processors were found' -e '^1 warning$' "$results/compile-parseOnly.err" >&2; then
    echo "javac (parsing alone) said more than that no processor was found" >&2
    exit 1
  fi
done
# Each way must have compiled all 200 records (and the generated code), or its time means nothing.
for way in plain processor avaje; do
  count=$(find "$results/classes-$way" -name 'Widget*.class' | wc -l)
  [ "$count" -ge 200 ] || { echo "javac ($way) wrote $count record classes, not 200" >&2; exit 1; }
done
prop compile.records 200
prop compile.runs "$compile_runs"
prop compile.avaje.version "$(basename "$(dirname "$avaje_processor_path")")"
for way in plain processor avaje processorOnly parseOnly; do
  summary "compile.$way" "$results/compile-$way.txt"
done

for widget in smallCard orderList largeTable productCard deepTree widgetStream a2uiWrite a2uiRead a2uiReadV1; do
  prop "bytes.$widget" "$("$java_bin" -cp "$classpath" dev.widgetry.benchmarks.report.WidgetSizes "$widget")"
done
prop load.after "$(cut -d' ' -f1-3 /proc/loadavg)"

"$java_bin" -cp "$classpath" dev.widgetry.benchmarks.report.ResultsPage "$results" benchmarks/ANALYSIS.md "$page"
echo "Wrote $page"
