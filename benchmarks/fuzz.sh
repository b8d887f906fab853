#!/usr/bin/env bash
# A long fuzzing run of the parser: the generator of chatkit's ParserFuzzTest (JsonMutator) on many
# more inputs than a build reads, from a seed of your choice. Each input is read through both
# fromJson overloads and must keep the contract (a value that writes back the same, or a
# WidgetParseException with pointers and locations, never another exception); the first inputs that
# break it are printed as Java source, to be kept in FuzzFoundInputsTest.
#
#   benchmarks/fuzz.sh [INPUTS] [SEED]     defaults: 1000000 inputs (about an hour on 2 cores), seed 1
set -euo pipefail
cd "$(dirname "$0")/.."

inputs=${1:-1000000}
seed=${2:-1}
echo "Fuzzing the parser: $inputs inputs from seed $seed"
mvn -q -pl chatkit -am verify -Dtest=ParserFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dwidgetry.fuzz.inputs="$inputs" -Dwidgetry.fuzz.seed="$seed"
echo "No input broke the contract."
