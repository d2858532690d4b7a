#!/usr/bin/env bash
# Seeds for fuzz_medium: pydicom's odd files, DICOMDIRs, and a small ISO and ZIP medium. The seeds
# are the same bytes on every machine (fixed dates in the ISO and the ZIP), so a fuzzing run with
# a fixed seed and number of runs repeats exactly (scripts/fuzz-smoke.sh).
set -euo pipefail
export SOURCE_DATE_EPOCH=315532800
out="${1:?usage: make-corpus.sh DIR}"
data=/usr/lib/python3/dist-packages/pydicom/data
mkdir -p "$out"
find "$data/test_files" "$data/charset_files" -type f -size -200k -exec cp -t "$out" {} + 2>/dev/null || true
n=0
for f in "$data"/test_files/dicomdirtests/DICOMDIR*; do cp "$f" "$out/dicomdir_$n"; n=$((n+1)); done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/m/DICOM/S1/R1"
dcmconv +te "$data/test_files/CT_small.dcm" "$tmp/m/DICOM/S1/R1/I1"
dcmconv +te "$data/test_files/MR_small.dcm" "$tmp/m/DICOM/S1/R1/I2"
printf 'README\r\n' > "$tmp/m/README.TXT"
printf '[autorun]\r\nopen=X.EXE\r\n' > "$tmp/m/AUTORUN.INF"
dcmmkdir +id "$tmp/m" +D "$tmp/m/DICOMDIR" +r DICOM >/dev/null
find "$tmp/m" -exec touch -h -d @"$SOURCE_DATE_EPOCH" {} +
xorriso -as mkisofs -iso-level 1 -V FUZZ -o "$out/medium.iso" "$tmp/m" 2>/dev/null
(cd "$tmp/m" && /usr/bin/python3 -c "
import zipfile, os
with zipfile.ZipFile('$out/medium.zip', 'w', zipfile.ZIP_DEFLATED) as z:
    for d, _, fs in os.walk('.'):
        for f in fs: z.write(os.path.join(d, f))
")
echo "corpus: $(ls "$out" | wc -l) files in $out"
