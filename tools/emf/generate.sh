#!/usr/bin/env bash
# Regenerates an EMF bundle's code from its model/NAME.ecore and model/NAME.genmodel with EMF's generator:
#   bash tools/emf/generate.sh plugins/io.medli.recipe recipe [FILE_EXTENSION] [model|edit]
# (edit: the item providers, into the sibling bundle plugins/io.medli.recipe.edit)
# The generator's jars (EMF codegen and its dependencies) come from Maven into build/emf-generator.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$root/tools/bootstrap.sh"
medli_find_jdk
medli_find_maven
lib="$root/build/emf-generator"
if [ ! -f "$lib/.complete" ]; then
  "$MVN" -q -B -f "$root/tools/emf/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib" >&2
  touch "$lib/.complete"
fi
exec "$JAVA_HOME/bin/java" -cp "$lib/*" "$root/tools/emf/Generate.java" "$@"
