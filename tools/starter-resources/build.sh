#!/usr/bin/env bash
# Builds the starter guide's downloadable resource files from their sources.
#
# For every file name listed under `files:` in src/main/resources/starter-guide/resources/*.yaml,
# writes it to src/main/resources/starter-guide/resources/files/ from the source with the same stem
# in tools/starter-resources/src/:
#   .docx            <- <stem>.md   pandoc (GFM), styled by a generated reference document
#   .pdf  .odt       <- <stem>.md   via that .docx, converted by LibreOffice (same layout everywhere)
#   .csv             <- <stem>.csv  copied
#   .xlsx .ods       <- <stem>.csv  LibreOffice Calc (UTF-8, comma-separated)
# Files whose name ends in `.ar.<ext>` (or listed under `ar:`) are laid out right to left.
# Outputs newer than their source are left alone; --force rebuilds everything.
#
# Usage: tools/starter-resources/build.sh [--force]
# Environment (mainly for testing): FG_RESOURCES_DIR, FG_SOURCES_DIR, FG_OUTPUT_DIR.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
resources_dir="${FG_RESOURCES_DIR:-$root/src/main/resources/starter-guide/resources}"
sources_dir="${FG_SOURCES_DIR:-$here/src}"
output_dir="${FG_OUTPUT_DIR:-$resources_dir/files}"
lo_profile="file:///tmp/lo-profile-fieldguide"

force=""
for arg in "$@"; do
  case "$arg" in
    --force) force="--force" ;;
    -h|--help) sed -n '2,/^set /p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument: $arg (try --help)" >&2; exit 64 ;;
  esac
done

die() { echo "build.sh: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is needed to build ${2}; install it with: $3"; }

need python3 "anything" "apt-get install python3"
[[ -d "$resources_dir" ]] || die "no resources folder: $resources_dir"
[[ -d "$sources_dir" ]] || die "no sources folder: $sources_dir"
mkdir -p "$output_dir"

# --- what is listed, and what is out of date ------------------------------------------------
plan="$(python3 "$here/lib/helper.py" plan "$resources_dir" "$sources_dir" "$output_dir" $force)" \
  || die "stopped: fix the resource files or sources named above (nothing was built)"

copies=() docx_md=() pdf_md=() odt_md=() xlsx_csv=() ods_csv=()
declare -A lang_of=()
while IFS=$'\t' read -r name source lang; do
  [[ -n "$name" ]] || continue
  lang_of["$source"]="$lang"
  case "$name" in
    *.csv)  copies+=("$source") ;;
    *.docx) docx_md+=("$source") ;;
    *.pdf)  pdf_md+=("$source") ;;
    *.odt)  odt_md+=("$source") ;;
    *.xlsx) xlsx_csv+=("$source") ;;
    *.ods)  ods_csv+=("$source") ;;
  esac
done <<<"$plan"

total=$(( ${#copies[@]} + ${#docx_md[@]} + ${#pdf_md[@]} + ${#odt_md[@]} + ${#xlsx_csv[@]} + ${#ods_csv[@]} ))
if (( total == 0 )); then
  echo "build.sh: everything is up to date"
  exit 0
fi

if (( ${#docx_md[@]} + ${#pdf_md[@]} + ${#odt_md[@]} > 0 )); then
  need pandoc "documents (.docx/.pdf/.odt)" "apt-get install pandoc"
fi
if (( ${#pdf_md[@]} + ${#odt_md[@]} > 0 )); then
  need soffice "documents (.pdf/.odt)" "apt-get install libreoffice-writer fonts-noto-core fonts-dejavu-core"
fi
if (( ${#pdf_md[@]} > 0 )); then
  # The PDFs embed these fonts; without them LibreOffice would silently substitute others.
  for font in "Noto Sans" "Noto Sans Arabic" "DejaVu Sans"; do
    if command -v fc-list >/dev/null 2>&1 && ! fc-list -q "$font"; then
      die "the font \"$font\" is needed for the PDFs; install it with: apt-get install fonts-noto-core fonts-dejavu-core"
    fi
  done
fi
if (( ${#xlsx_csv[@]} + ${#ods_csv[@]} > 0 )); then
  need soffice "spreadsheets (.xlsx/.ods)" "apt-get install libreoffice-calc"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/fieldguide-resources.XXXXXX")"
trap 'rm -rf "$work"' EXIT

stem_of() { local b; b="$(basename "$1")"; echo "${b%.*}"; }

# Moves $work/<dir>/<stem>.<ext> into the output folder, checking that it was made.
install_out() { # <made file>
  local made="$1" name
  name="$(basename "$made")"
  [[ -s "$made" ]] || die "conversion failed: $name was not produced (see the LibreOffice/pandoc messages above)"
  mv -f "$made" "$output_dir/$name"
  echo "  built $name"
}

# Installs a batch made by LibreOffice from these sources: <dir> <ext> sources...
# Drops the preview images, makes Arabic spreadsheets right to left (one python3 call: it is slow to start).
install_batch() {
  local dir="$1" ext="$2" src args=()
  shift 2
  for src in "$@"; do
    [[ -s "$dir/$(stem_of "$src").$ext" ]] \
      || die "conversion failed: $(stem_of "$src").$ext was not produced (see the LibreOffice messages above)"
    args+=("${lang_of[$src]}" "$dir/$(stem_of "$src").$ext")
  done
  if [[ "$ext" == odt || "$ext" == ods || "$ext" == xlsx ]]; then
    python3 "$here/lib/helper.py" finish "${args[@]}"
  fi
  for src in "$@"; do install_out "$dir/$(stem_of "$src").$ext"; done
}

# LibreOffice, headless, with a private profile; one call converts a whole batch.
soffice_convert() { # <convert-to> <outdir> [extra options...] -- files...
  local to="$1" outdir="$2"; shift 2
  local opts=()
  while [[ "$1" != "--" ]]; do opts+=("$1"); shift; done
  shift
  mkdir -p "$outdir"
  echo "  LibreOffice: $# file(s) -> ${to%%:*}"
  soffice -env:UserInstallation="$lo_profile" --headless --norestore --nolockcheck \
    "${opts[@]}" --convert-to "$to" --outdir "$outdir" "$@" >"$work/soffice.log" 2>&1 \
    || { cat "$work/soffice.log" >&2; die "LibreOffice failed converting to $to"; }
  if grep -qi "error" "$work/soffice.log"; then cat "$work/soffice.log" >&2; fi
}

# --- CSV copies -------------------------------------------------------------------------------
for src in ${copies[@]+"${copies[@]}"}; do
  cp "$src" "$work/$(basename "$src")"
  install_out "$work/$(basename "$src")"
done

# --- Markdown -> .docx (pandoc), the base of .pdf and .odt too ----------------------------------
declare -A want_docx=()
for src in ${docx_md[@]+"${docx_md[@]}"} ${pdf_md[@]+"${pdf_md[@]}"} ${odt_md[@]+"${odt_md[@]}"}; do
  want_docx["$src"]=1
done
if (( ${#want_docx[@]} > 0 )); then
  mkdir -p "$work/docx"
  python3 "$here/lib/helper.py" reference-docx "$work/reference-ltr.docx"
  python3 "$here/lib/helper.py" reference-docx "$work/reference-rtl.docx" --rtl
  echo "  pandoc: ${#want_docx[@]} document(s) -> docx"
  for src in "${!want_docx[@]}"; do
    stem="$(stem_of "$src")"
    lang="${lang_of[$src]}"
    dir_opts=(--reference-doc="$work/reference-ltr.docx")
    if [[ "$lang" == "ar" ]]; then
      dir_opts=(--reference-doc="$work/reference-rtl.docx" -M dir=rtl)
    fi
    # gfm: CommonMark + pipe tables + task lists (rendered as ☐); raw HTML is dropped from docx.
    # Two steps so that the filter drops images before the docx writer would try to fetch them.
    pandoc --from=gfm --to=json --lua-filter="$here/lib/fieldguide.lua" "$src" \
      | pandoc --from=json --to=docx -M lang="$lang" "${dir_opts[@]}" -o "$work/docx/$stem.docx" \
      || die "pandoc failed on $src"
    if [[ "$lang" == "ar" ]]; then
      python3 "$here/lib/helper.py" fix-rtl-docx "$work/docx/$stem.docx"
    fi
  done
fi

batch=()
for src in ${pdf_md[@]+"${pdf_md[@]}"}; do batch+=("$work/docx/$(stem_of "$src").docx"); done
if (( ${#batch[@]} > 0 )); then
  soffice_convert 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' \
    "$work/pdf" -- "${batch[@]}"
  install_batch "$work/pdf" pdf "${pdf_md[@]}"
fi

batch=()
for src in ${odt_md[@]+"${odt_md[@]}"}; do batch+=("$work/docx/$(stem_of "$src").docx"); done
if (( ${#batch[@]} > 0 )); then
  soffice_convert odt "$work/odt" -- "${batch[@]}"
  install_batch "$work/odt" odt "${odt_md[@]}"
fi

if (( ${#docx_md[@]} > 0 )); then
  install_batch "$work/docx" docx "${docx_md[@]}"
fi

# --- CSV -> spreadsheets ------------------------------------------------------------------------
# Import: comma, double quote, UTF-8, from line 1 (CSV:44,34,76,1), system language, quoted fields
# as text. Each CSV is first copied with every cell that is not a plain number quoted (see
# lib/helper.py csv-prepare), so IDs, dates and times stay as written.
csv_filter="CSV:44,34,76,1,,0,true,false"
for fmt in xlsx ods; do
  if [[ "$fmt" == xlsx ]]; then
    batch=(${xlsx_csv[@]+"${xlsx_csv[@]}"})
  else
    batch=(${ods_csv[@]+"${ods_csv[@]}"})
  fi
  (( ${#batch[@]} > 0 )) || continue
  mkdir -p "$work/csv-$fmt"
  python3 "$here/lib/helper.py" csv-prepare "$work/csv-$fmt" "${batch[@]}" \
    || die "cannot read the CSV sources above"
  prepared=()
  for src in "${batch[@]}"; do prepared+=("$work/csv-$fmt/$(basename "$src")"); done
  soffice_convert "$fmt" "$work/$fmt" --infilter="$csv_filter" -- "${prepared[@]}"
  install_batch "$work/$fmt" "$fmt" "${batch[@]}"
done

echo "build.sh: built $total file(s) in $output_dir"
