#!/bin/sh
# Flips 64 bytes in the middle of every class-data archive of the cache: same size, same magic number, a header that
# still looks right. Written aside and moved into place, so that a renderer mapping the old file keeps its mapping.
# Records the SHA-256 of each corrupted file in corrupted.txt, for verify.groovy.
set -e
: > corrupted.txt
for archive in "$1"/renderer-*.jsa; do
  [ -f "$archive" ] || continue
  size=$(wc -c < "$archive")
  cp "$archive" "$archive.corrupt"
  head -c 64 /dev/urandom | dd of="$archive.corrupt" bs=1 seek=$((size / 2)) count=64 conv=notrunc 2>/dev/null
  mv -f "$archive.corrupt" "$archive"
  echo "$(sha256sum "$archive" | cut -d' ' -f1) $archive" >> corrupted.txt
done
